import { useQuery } from '@tanstack/react-query';
import { figuresKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { figuresApi } from './api';
import { Alert } from '../layout/Alert';

/**
 * The government's hotline figures for everyone: per organisation over the last twelve months,
 * answered, answered on time and the median working days to answer. No person, no case; an
 * organisation with too few answers is listed without figures.
 */
export default function PublicFiguresPage() {
  const { t, language, formatDate, describeError } = useI18n();
  const figures = useQuery({ queryKey: figuresKeys.published, queryFn: figuresApi.publicFigures });
  const data = figures.data;
  return (
    <main className="page figures">
      <h1>{t('figures.public.title')}</h1>
      {figures.error && <Alert>{describeError(figures.error)}</Alert>}
      {data && (
        <>
          <p className="muted">
            {t('figures.public.intro', {
              from: formatDate(data.from, false),
              to: formatDate(data.to, false),
              smallest: data.smallestGroup,
            })}
          </p>
          {data.organisations.length === 0 && <p>{t('figures.public.none')}</p>}
          {data.organisations.length > 0 && (
            <table className="figures-table">
              <thead>
                <tr>
                  <th>{t('figures.organisation')}</th>
                  <th>{t('figures.answered')}</th>
                  <th>{t('figures.onTime')}</th>
                  <th>{t('figures.median')}</th>
                </tr>
              </thead>
              <tbody>
                {data.organisations.map((row) => (
                  <tr key={row.organisation} data-organisation={row.organisation}>
                    <td>{language === 'en' ? row.en : row.lo}</td>
                    {row.suppressed ? (
                      <td colSpan={3} className="muted">
                        {t('figures.public.suppressed')}
                      </td>
                    ) : (
                      <>
                        <td>{row.answered}</td>
                        <td>{row.onTimePercent == null ? '–' : `${row.onTimePercent}%`}</td>
                        <td>{row.medianWorkingDays ?? '–'}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </main>
  );
}
