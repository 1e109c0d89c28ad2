import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiFailure, setReaderLanguage } from '../api/client';
import { describeRule } from '../forms/fieldRules';
import { en } from './en';
import { lo, type MessageKey } from './lo';
import { modelName } from '../models/modelNames';
import { vocabularyMessages } from '../vocabulary/vocabulary';

export type Language = 'lo' | 'en';

// organisations, provinces, categories and types are named by the one vocabulary, not here
const catalogues: Record<Language, Record<MessageKey, string>> = {
  lo: { ...vocabularyMessages('lo'), ...lo },
  en: { ...vocabularyMessages('en'), ...en },
};
const STORAGE_KEY = 'gflow.language';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** A message for an optional key, e.g. a field label the server named; undefined when unknown. */
  maybe: (key: string) => string | undefined;
  formatDate: (iso: string | null | undefined, withTime?: boolean) => string;
  describeError: (error: unknown) => string;
  /** A process's, task's or diagram element's name in this language, by its id; the model's own name otherwise. */
  modelName: (id: string | null | undefined, ownName: string | null | undefined) => string;
}

const compiled = new Map<string, IntlMessageFormat>();

/**
 * Fills a message's parameters with ICU MessageFormat: `{count, plural, one {# task} other {# tasks}}`
 * picks the form the language's plural rules ask for (Lao has one form for every number).
 * A parameter the caller did not give is left as written.
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  language: Language = 'lo',
): string {
  const cacheKey = `${language}\u0000${template}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    message = new IntlMessageFormat(template, language === 'lo' ? 'lo-LA' : 'en-GB', undefined, { ignoreTag: true });
    compiled.set(cacheKey, message);
  }
  // a plain parameter the caller did not give stays as written (the message still reads)
  const filled: Record<string, string | number> = { ...params };
  for (const [, name] of template.matchAll(/\{(\w+)\}/g)) if (!(name in filled)) filled[name] = `{${name}}`;
  return String(message.format(filled));
}

/**
 * Dates in Lao (lo-LA) or English; an unparseable value is shown as it came. Browsers whose
 * locale data lacks Lao month names (they print "M11") get them from the message file.
 */
export function formatDate(language: Language, iso: string | null | undefined, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  };
  const formatter = new Intl.DateTimeFormat(language === 'lo' ? 'lo-LA' : 'en-GB', options);
  const parts = formatter.formatToParts(date);
  const month = parts.find((part) => part.type === 'month')?.value ?? '';
  if (language !== 'lo' || /[\u0E80-\u0EFF]/.test(month)) return formatter.format(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const monthNumber = new Intl.DateTimeFormat('en-US', { month: 'numeric' }).format(date);
  const day = `${part('day')} ${lo[`month.${monthNumber}` as MessageKey]} ${part('year')}`;
  return withTime ? `${day} ${part('hour')}:${part('minute')}` : day;
}

/** Message keys for the engine's stable error codes that need no more than the code itself. */
const BY_STATUS: Record<number, MessageKey> = {
  400: 'error.bad-request',
  403: 'error.forbidden',
  404: 'error.notFound',
  409: 'error.concurrent-change',
  413: 'error.too-large',
  415: 'error.bad-request',
  429: 'error.too-many-requests',
};

/**
 * What went wrong and what to do, in the user's language, for any failure: the engine's stable
 * code picks the message, the status when the code is new to this app. The engine's own sentence
 * is never shown (it is English and may name internals); for a failure on the server's side its
 * reference is kept, so the help desk can find it in the log.
 */
export function describeError(t: Translate, error: unknown): string {
  if (!(error instanceof ApiFailure)) {
    console.warn('unexpected failure', error);
    return t('error.generic');
  }
  if (error.status === 0) return t('error.network');
  if (error.status === 401 && error.code !== 'too-many-logins') return t('error.unauthenticated');
  if (error.status === 503) return t(error.code === 'busy' ? 'error.busy' : 'error.directory');
  if (error.code === 'invalid-field') {
    const rule = error.fields[0];
    return rule ? describeRule(t, rule) : t('error.invalidField');
  }
  if (error.status >= 500) {
    console.warn(`server failure ${error.status} ${error.code}: ${error.message}`);
    const reference = /reference (\w+)/.exec(error.message)?.[1];
    return reference ? t('error.internal-error', { reference }) : t('error.server');
  }
  const coded = `error.${error.code}`;
  if (coded in lo) return t(coded as MessageKey);
  console.warn(`refused ${error.status} ${error.code}: ${error.message}`);
  const byStatus = BY_STATUS[error.status];
  return byStatus ? t(byStatus) : t('error.generic');
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'lo';
  } catch {
    return 'lo';
  }
}

export function I18nProvider({ children, language: fixed }: { children: ReactNode; language?: Language }) {
  const [language, setLanguageState] = useState<Language>(fixed ?? initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    // at once, not at the next render: a reload asked for right after speaks the new language
    setReaderLanguage(next);
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo<I18n>(() => {
    setReaderLanguage(language);
    const messages = catalogues[language];
    const t: Translate = (key, params) => format(messages[key] ?? key, params, language);
    return {
      language,
      setLanguage,
      t,
      maybe: (key) => (key in messages ? messages[key as MessageKey] : undefined),
      formatDate: (iso, withTime) => formatDate(language, iso, withTime),
      describeError: (error) => describeError(t, error),
      modelName: (id, ownName) => modelName(language, id, ownName),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
