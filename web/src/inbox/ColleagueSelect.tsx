import { useI18n } from '../i18n/i18n';
import type { Colleague } from './api';

/** The colleagues a task may be handed over to, as one choice; the engine decides whether it may. */
export default function ColleagueSelect({
  colleagues,
  value,
  onChange,
  name,
  basis,
}: {
  colleagues: Colleague[];
  value: string;
  onChange: (id: string) => void;
  name: string;
  /** the select's flex basis in the row it sits in */
  basis: string;
}) {
  const { t } = useI18n();
  return (
    <select
      aria-label={t('task.handover.choose')}
      name={name}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={{ flex: basis, width: 'auto' }}
    >
      <option value="">{t('task.handover.choose')}</option>
      {colleagues.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
