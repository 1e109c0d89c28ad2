import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { adminApi } from './api';
import { Alert } from '../layout/Alert';

/**
 * The public holidays of a year, which no working-day deadline counts: list, add, remove
 * (administrators only; the engine checks it too).
 */
export default function HolidaysPage() {
  const { t, formatDate, describeError } = useI18n();
  const queries = useQueryClient();
  // the reader's own year: an administrator in Laos opens on the year the offices are in
  const [year, setYear] = useState(() => new Date().getFullYear());
  const listed = useQuery({ queryKey: adminKeys.holidays(year), queryFn: () => adminApi.holidays(year) });
  const [date, setDate] = useState('');
  const [nameLo, setNameLo] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const error = actionError ?? (listed.error ? describeError(listed.error) : null);

  /** Does it, then shows the year as it now stands, whether it worked or not. */
  async function act(action: () => Promise<unknown>): Promise<boolean> {
    let done = false;
    try {
      await action();
      setActionError(null);
      done = true;
    } catch (failure) {
      setActionError(describeError(failure));
    }
    await queries.invalidateQueries({ queryKey: ['admin', 'holidays'] });
    return done;
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await act(() => adminApi.addHoliday({ date, nameLo, nameEn }))) {
      setYear(Number(date.slice(0, 4)));
      setDate('');
      setNameLo('');
      setNameEn('');
    }
  }

  return (
    <main className="page">
      <h1>{t('admin.holidays.title')}</h1>
      <p className="muted">{t('admin.holidays.intro')}</p>
      <Alert>{error}</Alert>
      <form className="card row" onSubmit={(e) => void add(e)}>
        <label>
          {t('admin.holidays.date')}
          <input name="date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="grow">
          {t('admin.holidays.nameLo')}
          <input name="nameLo" required maxLength={200} value={nameLo} onChange={(e) => setNameLo(e.target.value)} />
        </label>
        <label className="grow">
          {t('admin.holidays.nameEn')}
          <input
            name="nameEn"
            lang="en"
            required
            maxLength={200}
            value={nameEn}
            onChange={(e) => setNameEn(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t('admin.holidays.add')}
        </button>
      </form>
      <label>
        {t('admin.holidays.year')}{' '}
        <input
          name="year"
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(e) => {
            const chosen = Number(e.target.value);
            if (chosen >= 2000 && chosen <= 2100) setYear(chosen);
          }}
        />
      </label>
      {listed.data?.length === 0 && <p>{t('admin.holidays.none')}</p>}
      <table>
        <thead>
          <tr>
            <th>{t('admin.holidays.date')}</th>
            <th>{t('admin.holidays.nameLo')}</th>
            <th>{t('admin.holidays.nameEn')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {listed.data?.map((holiday) => (
            <tr key={holiday.date} data-date={holiday.date}>
              <td>{formatDate(holiday.date)}</td>
              <td>{holiday.nameLo}</td>
              <td lang="en">{holiday.nameEn}</td>
              <td>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    if (window.confirm(t('admin.holidays.confirmRemove', { date: formatDate(holiday.date) }))) {
                      void act(() => adminApi.removeHoliday(holiday.date));
                    }
                  }}
                >
                  {t('admin.holidays.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
