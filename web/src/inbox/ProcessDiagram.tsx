import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { inboxKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { engine } from './api';
import { diagramInLanguage } from '../models/diagramNames';
import { Alert } from '../layout/Alert';

interface Canvas {
  zoom(level?: string | number): number;
  addMarker(element: string, marker: string): void;
}

const ZOOM_STEP = 1.25;
interface ElementRegistry {
  get(id: string): unknown;
}

/**
 * The case's process diagram with where it stands highlighted, with zoom buttons (a phone's
 * screen shows a whole model too small to read). bpmn-js is loaded only here, on the task page.
 */
export function ProcessDiagram({
  definitionId,
  activeActivityIds,
}: {
  definitionId: string;
  activeActivityIds: string[];
}) {
  const { t, language, describeError } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [drawError, setDrawError] = useState<string | null>(null);
  const canvas = useRef<Canvas | null>(null);
  const active = activeActivityIds.join(',');
  // a deployed model never changes: fetched once per definition
  const model = useQuery({
    queryKey: inboxKeys.processXml(definitionId),
    queryFn: () => engine.processXml(definitionId),
    staleTime: Infinity,
  });
  const bpmn20Xml = model.data?.bpmn20Xml;
  const error = model.error ? describeError(model.error) : drawError;

  // draws the fetched model: bpmn-js owns its part of the page, so it is made and destroyed here
  useEffect(() => {
    if (!bpmn20Xml) return;
    let cancelled = false;
    let viewer: { destroy(): void } | null = null;
    (async () => {
      const [{ default: NavigatedViewer }] = await Promise.all([
        import('bpmn-js/lib/NavigatedViewer'),
        import('bpmn-js/dist/assets/diagram-js.css'),
        import('bpmn-js/dist/assets/bpmn-js.css'),
      ]);
      if (cancelled || !container.current) return;
      const created = new NavigatedViewer({ container: container.current });
      viewer = created;
      await created.importXML(diagramInLanguage(bpmn20Xml, language));
      const shown = created.get<Canvas>('canvas');
      const registry = created.get<ElementRegistry>('elementRegistry');
      shown.zoom('fit-viewport');
      for (const id of active.split(',').filter(Boolean)) {
        if (registry.get(id)) shown.addMarker(id, 'gflow-current');
      }
      canvas.current = shown;
    })().catch((failure: unknown) => {
      if (!cancelled) setDrawError(describeError(failure));
    });
    return () => {
      cancelled = true;
      canvas.current = null;
      viewer?.destroy();
    };
  }, [bpmn20Xml, active, describeError, language]);

  return (
    <section className="card" aria-label={t('task.section.diagram')}>
      <h2>{t('task.section.diagram')}</h2>
      <Alert>{error}</Alert>
      <div className="diagram-zoom" role="group" aria-label={t('diagram.zoom')}>
        <button type="button" onClick={() => zoomBy(canvas.current, ZOOM_STEP)} aria-label={t('diagram.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(canvas.current, 1 / ZOOM_STEP)} aria-label={t('diagram.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => canvas.current?.zoom('fit-viewport')}>
          {t('diagram.fit')}
        </button>
      </div>
      <div ref={container} className="diagram" data-testid="diagram" />
    </section>
  );
}

function zoomBy(canvas: Canvas | null, factor: number) {
  if (canvas) canvas.zoom(canvas.zoom() * factor);
}
