import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { overseesOrganisations } from '../auth/oversight';
import { useSession } from '../auth/session';
import { formatTypedDate, parseTypedDate } from '../forms/typedDates';
import { useI18n } from '../i18n/i18n';
import ColleagueSelect from '../inbox/ColleagueSelect';
import { absenceApi, absenceKeys, type Absence, type Delegate } from './api';
import { Alert } from '../layout/Alert';

/** A day as the engine reads it (yyyy-mm-dd), from a typed day-first date; undefined when unreadable. */
function isoDay(typed: string): string | undefined {
  const day = parseTypedDate(typed);
  if (!day) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
}

/**
 * Out of office: the signed-in person's absence periods and the colleague who receives their work
 * meanwhile. While one lasts, tasks meant for them by name go to the delegate, marked "on behalf of".
 * Someone who oversees an organisation may manage a colleague's instead (the engine decides whose).
 */
export default function AbsencePage() {
  const { t, describeError } = useI18n();
  const { session } = useSession();
  const queries = useQueryClient();
  // whose absences are shown and set: the signed-in person's unless a supervisor chose a colleague
  const [person, setPerson] = useState('');
  const whose = person || undefined;
  const oversees = session !== null && overseesOrganisations(session);
  // the supervisor's own colleagues: those they may stand in for are the ones they may choose
  const colleagues = useQuery({
    queryKey: absenceKeys.delegates(),
    queryFn: () => absenceApi.delegates(),
    enabled: oversees,
  });
  const listed = useQuery({ queryKey: absenceKeys.list(whose), queryFn: () => absenceApi.list(whose) });
  const delegates = useQuery({ queryKey: absenceKeys.delegates(whose), queryFn: () => absenceApi.delegates(whose) });
  const [delegate, setDelegate] = useState('');
  const [from, setFrom] = useState(() => formatTypedDate(new Date()));
  const [until, setUntil] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const loadError = listed.error ?? delegates.error;
  const shownError = error ?? (loadError ? describeError(loadError) : null);

  async function act(action: () => Promise<unknown>) {
    try {
      await action();
      setError(null);
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    } finally {
      await queries.invalidateQueries({ queryKey: absenceKeys.list(whose) });
    }
  }

  function choosePerson(chosen: string) {
    setPerson(chosen);
    setDelegate('');
    setError(null);
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const fromDay = isoDay(from);
    const untilDay = isoDay(until);
    if (!delegate) return setError(t('absence.chooseDelegate'));
    if (!fromDay || !untilDay) return setError(t('absence.dateUnreadable'));
    if (await act(() => absenceApi.set({ person: whose, delegate, from: fromDay, until: untilDay }))) {
      setSaved(true);
      setUntil('');
    }
  }

  return (
    <main className="page">
      <h1>{t('absence.title')}</h1>
      <p className="muted">{t('absence.explain')}</p>
      {oversees && <PersonChoice colleagues={colleagues.data ?? []} person={person} onChange={choosePerson} />}
      <Alert>{shownError}</Alert>
      {saved && (
        <p role="status" className="notice">
          {t('absence.saved')}
        </p>
      )}
      <form className="card stack" onSubmit={(e) => void submit(e)} aria-label={t('absence.new')}>
        <h2>{t('absence.new')}</h2>
        <label>
          {t('absence.delegate')}
          <ColleagueSelect
            colleagues={delegates.data ?? []}
            value={delegate}
            onChange={setDelegate}
            name="delegate"
            basis="1 1 auto"
          />
        </label>
        <div className="row">
          <label>
            {t('absence.from')}
            <input
              name="from"
              inputMode="numeric"
              placeholder={t('absence.datePattern')}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label>
            {t('absence.until')}
            <input
              name="until"
              inputMode="numeric"
              placeholder={t('absence.datePattern')}
              value={until}
              onChange={(e) => setUntil(e.target.value)}
            />
          </label>
        </div>
        <button type="submit">{t('absence.save')}</button>
      </form>
      <section className="card" aria-label={t('absence.list')}>
        <h2>{whose ? t('absence.listOf', { name: nameOf(colleagues.data, whose) }) : t('absence.list')}</h2>
        {listed.data?.length === 0 && <p className="muted">{t('absence.none')}</p>}
        <ul className="absences">
          {listed.data?.map((absence) => (
            <AbsenceRow
              key={absence.id}
              absence={absence}
              onCancel={() => void act(() => absenceApi.cancel(absence.id))}
            />
          ))}
        </ul>
      </section>
    </main>
  );
}

function nameOf(colleagues: Delegate[] | undefined, id: string): string {
  return colleagues?.find((colleague) => colleague.id === id)?.name ?? id;
}

/** Whose absences a supervisor manages: their own, or a colleague's of their organisation. */
function PersonChoice({
  colleagues,
  person,
  onChange,
}: {
  colleagues: Delegate[];
  person: string;
  onChange: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="card stack" aria-label={t('absence.whose')}>
      <label>
        {t('absence.whose')}
        <ColleagueSelect
          colleagues={colleagues}
          value={person}
          onChange={onChange}
          name="person"
          basis="1 1 auto"
          label={t('absence.whose')}
          blank={t('absence.myself')}
        />
      </label>
      <p className="muted">{t('absence.whoseExplain')}</p>
    </section>
  );
}

function AbsenceRow({ absence, onCancel }: { absence: Absence; onCancel: () => void }) {
  const { t, formatDate } = useI18n();
  // a Lao calendar day: read as a local day, never shifted by a time zone
  const day = (iso: string) => formatDate(`${iso}T00:00:00`, false);
  return (
    <li className="row" data-absence-id={absence.id} data-current={absence.current}>
      <span>
        {t('absence.period', { from: day(absence.from), until: day(absence.until) })}
        {' · '}
        {t('absence.delegatedTo', { name: absence.delegateName ?? absence.delegateId })}
      </span>
      {absence.current && <span className="badge">{t('absence.current')}</span>}
      <button type="button" onClick={onCancel}>
        {t('absence.cancel')}
      </button>
    </li>
  );
}
