import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';

/** One public step of a case, as the public status endpoints tell it. */
export interface PublicStep {
  stage: string;
  at: string;
}

/**
 * What the public status endpoints return: plain facts, the steps, and the official document's
 * code — a complaint's answer or a permit's certificate.
 */
export type PublicStatus = Record<string, unknown> & {
  timeline?: PublicStep[];
  answerDocumentCode?: string;
  certificateCode?: string;
};

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
  const code = status.answerDocumentCode ?? status.certificateCode;
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
