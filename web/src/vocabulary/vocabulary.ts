// The one vocabulary file of G-Flow, read at build time: the same file the engine serves at
// /api/public/vocabulary and prints documents from (see the engine's VocabularyConsistencyTest).
import vocabulary from '../../../plugins/api/src/main/resources/org/gflow/plugin/api/vocabulary/vocabulary.json';
import type { Schemas } from '../api/types';

/** A code and its Lao and English names, as the engine serves it at /api/public/vocabulary. */
export type Term = Schemas['Term'];

/** A ministry or province working on G-Flow; its code prefixes its groups (moic-licence-reviewers). */
export type Organisation = Schemas['Organisation'];

export const ORGANISATIONS = vocabulary.organisations as readonly Organisation[];
export const PROVINCES: readonly Term[] = vocabulary.provinces;
export const HOTLINE_CATEGORIES: readonly Term[] = vocabulary.hotlineCategories;
export const PERMIT_TYPES: readonly Term[] = vocabulary.permitTypes;
export const BUSINESS_TYPES: readonly Term[] = vocabulary.businessTypes;

/** The message-key prefix each list is named under: org.moic, province.bokeo, category.tax … */
const GROUPS: ReadonlyArray<[string, readonly Term[]]> = [
  ['org', ORGANISATIONS],
  ['province', PROVINCES],
  ['category', HOTLINE_CATEGORIES],
  ['permitType', PERMIT_TYPES],
  ['businessType', BUSINESS_TYPES],
];

/** The vocabulary as messages of one language, merged into the message catalogue. */
export function vocabularyMessages(language: 'lo' | 'en'): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [prefix, terms] of GROUPS) {
    for (const term of terms) messages[`${prefix}.${term.code}`] = term[language];
  }
  return messages;
}

/** The names of the organisations these groups are roles of, each once, in the given language. */
export function organisationNamesOfGroups(groupIds: readonly string[], language: 'lo' | 'en'): string[] {
  const names = groupIds.map((group) => organisationOfGroup(group)?.[language]);
  return [...new Set(names.filter((name): name is string => Boolean(name)))];
}

/** The organisation a group is a role of ("bokeo-hotline-verifiers" → bokeo), if G-Flow knows it. */
export function organisationOfGroup(groupId: string): Organisation | undefined {
  const code = groupId.split('-')[0];
  return ORGANISATIONS.find((organisation) => organisation.code === code);
}
