import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { engine } from './api';

interface Canvas { zoom(level: string): void; addMarker(element: string, marker: string): void }
interface ElementRegistry { get(id: string): unknown }

/**
 * The case's process diagram with where it stands highlighted. bpmn-js is loaded only here,
 * on the task page.
 */
export function ProcessDiagram({ definitionId, activeActivityIds }: { definitionId: string; activeActivityIds: string[] }) {
  const { t, describeError } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
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
      await created.importXML(bpmn20Xml);
      const canvas = created.get<Canvas>('canvas');
      const registry = created.get<ElementRegistry>('elementRegistry');
      canvas.zoom('fit-viewport');
      for (const id of active.split(',').filter(Boolean)) {
        if (registry.get(id)) canvas.addMarker(id, 'gflow-current');
      }
    })().catch((failure: unknown) => {
      if (!cancelled) setError(describeError(failure));
    });
    return () => {
      cancelled = true;
      viewer?.destroy();
    };
  }, [definitionId, active, describeError]);

  return (
    <section className="card" aria-label={t('task.section.diagram')}>
      <h2>{t('task.section.diagram')}</h2>
      {error && <p role="alert" className="alert">{error}</p>}
      <div ref={container} className="diagram" data-testid="diagram" />
    </section>
  );
}
