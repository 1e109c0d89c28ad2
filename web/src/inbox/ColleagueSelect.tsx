import { useI18n } from '../i18n/i18n';
import type { Colleague } from './api';

/**
 * Colleagues as one choice — whom a task is handed over to, who stands in during an absence, whose
 * absences a supervisor manages; the engine decides whether the choice is allowed.
 */
export default function ColleagueSelect({
  colleagues,
  value,
  onChange,
  name,
  basis,
  label,
  blank,
}: {
  colleagues: Colleague[];
  value: string;
  onChange: (id: string) => void;
  name: string;
  /** the select's flex basis in the row it sits in */
  basis: string;
  /** what the choice is for (a handover's "Choose a colleague" unless told) */
  label?: string;
  /** the choice of nobody in the list (the label unless told) */
  blank?: string;
}) {
  const { t } = useI18n();
  const named = label ?? t('task.handover.choose');
  return (
    <select
      aria-label={named}
      name={name}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={{ flex: basis, width: 'auto' }}
    >
      <option value="">{blank ?? named}</option>
      {colleagues.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
