import { useI18n } from '../i18n/i18n';
import { slaOf } from './sla';

/**
 * "Overdue", or the working days left ("2 working days left") by the server's count, next to a
 * task; "due soon" when only the due date is known.
 */
export function SlaBadge({
  due,
  workingDaysLeft,
  now,
}: {
  due: string | null;
  workingDaysLeft?: number | null;
  now?: Date;
}) {
  const { t } = useI18n();
  const sla = slaOf(due, workingDaysLeft, now);
  if (!sla) return null;
  const text =
    sla === 'overdue'
      ? t('sla.overdue')
      : workingDaysLeft != null
        ? t('sla.workingDaysLeft', { count: workingDaysLeft })
        : t('sla.dueSoon');
  return <span className={`badge ${sla}`}>{text}</span>;
}
