import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

/** Where the pages of a list that follows by key stand: each starts after the last row of the one before. */
export interface KeyPages {
  /** The `after` of the page shown; none for the first. */
  after: string | undefined;
  first: boolean;
  forward: (next: string) => void;
  back: () => void;
}

/** Pages that follow by key; the starts of those passed are kept, to go back. */
export function useKeyPages(): KeyPages {
  const [starts, setStarts] = useState<(string | undefined)[]>([undefined]);
  return {
    after: starts[starts.length - 1],
    first: starts.length === 1,
    forward: (next) => setStarts([...starts, next]),
    back: () => setStarts(starts.slice(0, -1)),
  };
}

/** Previous and next, when there is more than one page; `next` is the server's start of the next page. */
export function PageTurner({ pages, next }: { pages: KeyPages; next: string | null | undefined }) {
  const { t } = useI18n();
  if (pages.first && !next) return null;
  return (
    <div className="row">
      <button type="button" disabled={pages.first} onClick={pages.back}>
        {t('common.previous')}
      </button>
      <button type="button" disabled={!next} onClick={() => next && pages.forward(next)}>
        {t('common.next')}
      </button>
    </div>
  );
}
