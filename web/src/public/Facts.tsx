import { useI18n } from '../i18n/i18n';
import { ORGANISATIONS } from '../vocabulary/vocabulary';

/** Fields whose codes are named by another message group (responsibleBody "bokeo" → org.bokeo). */
const CODE_GROUPS: Record<string, string> = { responsibleBody: 'org', ministry: 'org' };

/**
 * Fields that hold an organisation's name as printed on a document (its Lao name; older ones its
 * English name): shown by the vocabulary's name in the reader's language.
 */
const ORGANISATION_NAMES = new Set(['issuingBody']);

function organisationByName(name: string) {
  return ORGANISATIONS.find((organisation) => organisation.lo === name || organisation.en === name);
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A record from a public endpoint as a list of labelled facts. Known fields get their label
 * from the message files and known codes (category, province) their name; dates are shown
 * in the reader's language. Nested objects are not shown.
 */
/**
 * Fields that hold what a person wrote (a complaint's summary, an answer, reasons): shown as
 * written, in whatever language they were written, and marked so that the journeys' language
 * check reads them as content rather than as the app's own words.
 */
const WRITTEN_BY_PEOPLE = new Set(['summary', 'answer', 'decisionReasons', 'revocationReason']);

export function Facts({ record, omit = [] }: { record: Record<string, unknown>; omit?: string[] }) {
  const { language, maybe, formatDate } = useI18n();
  const shown = Object.entries(record).filter(
    ([key, value]) =>
      !omit.includes(key) && value !== null && value !== undefined && value !== '' && typeof value !== 'object',
  );
  return (
    <dl className="facts">
      {shown.map(([key, value]) => {
        const text = String(value);
        const named = ORGANISATION_NAMES.has(key) ? organisationByName(text)?.[language] : undefined;
        const display =
          named ??
          maybe(`${CODE_GROUPS[key] ?? key}.${text}`) ??
          (typeof value === 'string' && DATE_LIKE.test(text) ? formatDate(text, text.includes('T')) : text);
        return (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{maybe(`field.${key}`) ?? key}</dt>
            <dd data-field={key} data-user-text={WRITTEN_BY_PEOPLE.has(key) || undefined}>
              {display}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
