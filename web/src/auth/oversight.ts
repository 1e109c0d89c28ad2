/** The Office's hotline centre: it oversees every organisation. */
const OFFICE_GROUP = 'opm-hotline-triage';

/**
 * Whether this person oversees an organisation's work — the hotline figures, the messages that
 * failed: an organisation's supervisors, the Office's hotline centre and the administrators (the
 * engine decides what each of them sees).
 */
export function overseesOrganisations(session: { groups: readonly string[]; admin: boolean }): boolean {
  return session.admin || session.groups.some((group) => group === OFFICE_GROUP || group.endsWith('-supervisors'));
}
