import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { engine } from './api';
import { diagramInLanguage } from '../models/diagramNames';

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
  const [error, setError] = useState<string | null>(null);
  const canvas = useRef<Canvas | null>(null);
  const active = activeActivityIds.join(',');

  useEffect(() => {
    let cancelled = false;
    let viewer: { destroy(): void } | null = null;
    (async () => {
      const [{ default: NavigatedViewer }, { bpmn20Xml }] = await Promise.all([
        import('bpmn-js/lib/NavigatedViewer'),
        engine.processXml(definitionId),
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
      if (!cancelled) setError(describeError(failure));
    });
    return () => {
      cancelled = true;
      canvas.current = null;
      viewer?.destroy();
    };
  }, [definitionId, active, describeError, language]);

  return (
    <section className="card" aria-label={t('task.section.diagram')}>
      <h2>{t('task.section.diagram')}</h2>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
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
