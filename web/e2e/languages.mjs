// The app's own messages for the journeys (read from src/i18n, so a journey follows the wording
// as it changes), and the check that a screen speaks one language only.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';

const here = dirname(fileURLToPath(import.meta.url));
export const LANGUAGES = ['lo', 'en'];

function catalogue(language) {
  const source = readFileSync(join(here, '..', 'src', 'i18n', `${language}.ts`), 'utf8');
  const body = source.slice(source.indexOf('= {') + 2, source.lastIndexOf('}') + 1);
  return Function(`"use strict"; return (${body});`)();
}

/**
 * G-Flow's one vocabulary (organisations, provinces, categories, permit and business types), as
 * the app adds it to its messages: org.moic, province.bokeo, category.tax …
 */
const VOCABULARY = JSON.parse(
  readFileSync(
    join(
      here,
      '..',
      '..',
      'plugins',
      'api',
      'src',
      'main',
      'resources',
      'org',
      'gflow',
      'plugin',
      'api',
      'vocabulary',
      'vocabulary.json',
    ),
    'utf8',
  ),
);
const VOCABULARY_PREFIXES = {
  organisations: 'org',
  provinces: 'province',
  hotlineCategories: 'category',
  permitTypes: 'permitType',
  businessTypes: 'businessType',
};

function vocabularyMessages(language) {
  return Object.fromEntries(
    Object.entries(VOCABULARY_PREFIXES).flatMap(([list, prefix]) =>
      VOCABULARY[list].map((term) => [`${prefix}.${term.code}`, term[language]]),
    ),
  );
}

const catalogues = Object.fromEntries(
  LANGUAGES.map((language) => [language, { ...catalogue(language), ...vocabularyMessages(language) }]),
);

/**
 * The names of the models' elements as the app shows them (the models' one list of names, which
 * src/models/modelNames.ts reads): listed there by element id, or else the model's own (Lao) name
 * from the BPMN files.
 */
const MODEL_NAMES = JSON.parse(
  readFileSync(
    join(here, '..', '..', 'processes', 'src', 'main', 'resources', 'org', 'gflow', 'processes', 'model-names.json'),
    'utf8',
  ),
);
const MODELS = join(here, '..', '..', 'processes', 'src', 'main', 'resources', 'gflow', 'processes');

/** A task's or process's name in this language, by its id in the model, as the app names it. */
export function modelName(language, id) {
  const listed = MODEL_NAMES[language][id];
  if (listed) return listed;
  for (const file of readdirSync(MODELS).filter((name) => name.endsWith('.bpmn'))) {
    const found = readFileSync(join(MODELS, file), 'utf8').match(new RegExp(`\\bid="${id}"[^>]*\\bname="([^"]*)"`));
    if (found) return found[1];
  }
  throw new Error(`no model element ${id}`);
}

/** The app's message for this key in this language, parameters filled as the app fills them. */
export function message(language, key, params = {}) {
  const template = catalogues[language][key];
  if (template === undefined) throw new Error(`no message ${key} in ${language}`);
  return String(
    new IntlMessageFormat(template, language === 'lo' ? 'lo-LA' : 'en-GB', undefined, { ignoreTag: true }).format(
      params,
    ),
  );
}

const LAO_RUN = /[\u0E80-\u0EFF][\u0E80-\u0EFF\s\d.,:;()!?"'«»-]*/g;

/**
 * What may stand in the other script on a screen, each with why. Kept small: everything else
 * the scan finds is a message the app must say in the reader's language.
 */
export const ALLOWED = {
  en: [
    // the language switch names the other language in its own script, so a reader of it finds it
    { why: 'the switch to Lao, named in Lao', text: catalogues.en['nav.language'] },
  ],
  lo: [
    // form-js's licence asks that its mark stay visible; it is the link's tooltip, not our words
    { why: "the form library's mark", text: 'Powered by bpmn.io' },
    { why: "the product's name", word: /^(G|Flow)$/ },
    { why: 'the switch to English, named in English', word: /^English$/ },
    {
      why: 'file kinds and units people know by these letters',
      word: /^(PDF|QR|SHA|MB|KB|CSV|XLSX|jar|bpmn|dmn|form)$/,
    },
    { why: "the prefix of a permit application's reference, as printed on the receipt", word: /^APP$/ },
    // an access code is drawn from A-Z and 2-9 (cases/AccessCodes): one without a digit is still a code
    { why: 'an access code, as printed on a receipt', word: /^[A-Z2-9]{8}$/ },
    // a document's verification code is 16 of A-Z and 2-7 (documents/archive/VerificationCodes):
    // one in about thirty has no digit and read as a word
    { why: "a document's verification code, as printed on it", word: /^[A-Z2-7]{16}$/ },
  ],
};

/**
 * The text of the screen in the other script: Lao on an English screen; English words on a Lao
 * screen. `typed` is what the journey itself entered or the directory holds as a proper name
 * (people's names, user ids): shown back as it is, never translated. Codes — anything with a
 * digit, a dot or an @, such as tracking numbers, user ids, e-mail addresses, file names, and
 * lower-case identifiers joined by - : or . (plugin ids, topics) — are not words.
 */
export function foreignText(language, screenText, typed = []) {
  let text = screenText;
  for (const value of [...typed].sort((a, b) => b.length - a.length)) {
    if (value && value.length > 1) text = text.split(value).join(' ');
  }
  if (language === 'en') {
    for (const allowed of ALLOWED.en) text = text.split(allowed.text).join(' ');
    return [...new Set((text.match(LAO_RUN) ?? []).map((run) => run.trim()).filter(Boolean))];
  }
  for (const allowed of ALLOWED.lo.filter((entry) => entry.text)) text = text.split(allowed.text).join(' ');
  // identifiers an operator types as they are: plugin ids, topics, deployment names (mof-payment,
  // moic.enterprise-lookup, plugin:opm-hotline)
  text = text.replace(/(?<![\w:.-])[a-z0-9]+(?:[-:.][a-z0-9]+)+(?![\w:.-])/g, ' ');
  const words = text
    .split(/[\s,;:()[\]{}"'«»!?/|·•…–—*+=<>]+/)
    .map((token) => token.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((token) => /^[A-Za-z]+(-[A-Za-z]+)*$/.test(token))
    .flatMap((token) => token.split('-'))
    .filter((word) => !ALLOWED.lo.some((allowed) => allowed.word?.test(word)));
  return [...new Set(words)];
}
