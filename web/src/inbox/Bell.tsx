import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { inboxKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';
import { bell, linkOf, type BellItem } from './bell';

/**
 * The bell in the inbox's header: the count of unread notices ("99+" beyond), and when opened the
 * latest ones, newest first, each leading to its task or case. Opening one marks it read; "mark
 * all read" clears the count. The live inbox's events refresh the count (no poll of its own).
 */
export function Bell() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(0);
  const unread = useQuery({ queryKey: inboxKeys.bellUnread, queryFn: bell.unread });
  const latest = useQuery({ queryKey: inboxKeys.bellPage(page), queryFn: () => bell.latest(page), enabled: open });
  const changed = () => void client.invalidateQueries({ queryKey: inboxKeys.bell });
  const readAll = useMutation({ mutationFn: bell.readAll, onSuccess: changed });
  const count = unread.data?.count ?? 0;
  const label = unread.data?.more ? `${count}+` : String(count);
  return (
    <div className="bell">
      <button
        type="button"
        className="link bell-button"
        aria-expanded={open}
        aria-label={t('bell.label', { count: label })}
        onClick={() => {
          setOpen(!open);
          setPage(0);
          if (!open) changed();
        }}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="currentColor">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z" />
        </svg>
        {count > 0 && <span className="bell-count">{label}</span>}
      </button>
      {open && (
        <section className="bell-panel card" aria-label={t('bell.title')}>
          <div className="row">
            <strong>{t('bell.title')}</strong>
            <button type="button" className="link" disabled={count === 0} onClick={() => readAll.mutate()}>
              {t('bell.readAll')}
            </button>
          </div>
          {latest.data && latest.data.items.length === 0 && <p className="muted">{t('bell.empty')}</p>}
          <ul>
            {(latest.data?.items ?? []).map((item) => (
              <BellEntry key={item.id} item={item} onOpened={() => setOpen(false)} onRead={changed} />
            ))}
          </ul>
          {(page > 0 || latest.data?.more) && (
            <div className="row">
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('common.previous')}
              </button>
              <button type="button" disabled={!latest.data?.more} onClick={() => setPage(page + 1)}>
                {t('tasks.more')}
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

const KINDS: Record<string, MessageKey> = {
  'task-offered': 'bell.kind.task-offered',
  'task-assigned': 'bell.kind.task-assigned',
  'case-answered': 'bell.kind.case-answered',
  'case-closed': 'bell.kind.case-closed',
};

function BellEntry({ item, onOpened, onRead }: { item: BellItem; onOpened: () => void; onRead: () => void }) {
  const { t, formatDate } = useI18n();
  const navigate = useNavigate();
  const link = linkOf(item);
  const kind = KINDS[item.kind];
  async function openIt() {
    if (!item.read) {
      await bell.read(item.id).catch(() => undefined);
      onRead();
    }
    onOpened();
    if (link) void navigate(link);
  }
  return (
    <li
      className={item.read ? 'bell-item' : 'bell-item unread'}
      data-notice-id={item.id}
      data-kind={item.kind}
      data-task-id={item.taskId ?? undefined}
    >
      <button type="button" className="link" onClick={() => void openIt()}>
        {kind ? `${t(kind)}: ` : ''}
        {item.title}
      </button>
      <span className="muted">
        {/* the case's number or title: what a person wrote, shown as written in either language */}
        {item.caseLabel && <span data-user-text>{item.caseLabel}</span>}
        {item.caseLabel && ' · '}
        {formatDate(item.created)}
      </span>
    </li>
  );
}
