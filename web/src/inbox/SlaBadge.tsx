import { useI18n } from '../i18n/i18n';
import { slaOf } from './sla';

/** "Overdue" or "due soon" next to a task; nothing while there is time. */
export function SlaBadge({ due, now }: { due: string | null; now?: Date }) {
  const { t } = useI18n();
  const sla = slaOf(due, now);
  if (!sla) return null;
  return <span className={`badge ${sla}`}>{t(sla === 'overdue' ? 'sla.overdue' : 'sla.dueSoon')}</span>;
}
