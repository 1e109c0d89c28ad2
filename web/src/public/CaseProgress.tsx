import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';
import type { PublicStatus } from './api';

/**
 * The steps a case has reached, in the reader's language, and the official PDF to download
 * (the archived file, fetched by its verification code) once it is issued.
 */
export function CaseProgress({
  status,
  documentLabel = 'public.track.download',
}: {
  status: PublicStatus;
  documentLabel?: MessageKey;
}) {
  const { t, maybe, formatDate } = useI18n();
  const code =
    'answerDocumentCode' in status
      ? status.answerDocumentCode
      : 'certificateCode' in status
        ? status.certificateCode
        : undefined;
  return (
    <>
      {status.timeline && status.timeline.length > 0 && (
        <ol className="timeline" aria-label={t('public.track.timeline')}>
          {status.timeline.map((step) => (
            <li key={step.stage} data-stage={step.stage}>
              <strong>{maybe(`stage.${step.stage}`) ?? step.stage}</strong>{' '}
              <time dateTime={step.at}>{formatDate(step.at)}</time>
            </li>
          ))}
        </ol>
      )}
      {code && (
        <p>
          <a
            className="download"
            href={`/api/public/documents/${encodeURIComponent(code)}/pdf`}
            download
            data-testid="answer-pdf"
          >
            {t(documentLabel)}
          </a>
        </p>
      )}
    </>
  );
}
