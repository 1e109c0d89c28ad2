import type { Language } from '../i18n/i18n';

// The one list of model names, read at build time: the same file the engine indexes task names
// from, so an English reader's search finds the names shown here (see the engine's ModelNames).
import names from '../../../processes/src/main/resources/org/gflow/processes/model-names.json';

/**
 * Names from G-Flow's BPMN models and forms in the reader's language. The models are written in
 * Lao (their own names are the Lao ones), a few with an English gloss in brackets; the file holds
 * the English names, keyed by the element's id (a process key, a user task's definition key, any
 * diagram element's id), and the Lao names of the processes without the gloss. A name not listed
 * is shown as the model has it.
 */
const NAMES: Record<Language, Record<string, string>> = names;

/** The name of a model element in this language, or the model's own name when none is listed. */
export function modelName(
  language: Language,
  id: string | null | undefined,
  ownName: string | null | undefined,
): string {
  return (id ? NAMES[language][id] : undefined) ?? ownName ?? id ?? '';
}

/** Whether a name is listed for this element (so a diagram label can be replaced). */
export function hasModelName(language: Language, id: string): boolean {
  return id in NAMES[language];
}
