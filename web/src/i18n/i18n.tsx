import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiFailure } from '../api/client';
import { en } from './en';
import { lo, type MessageKey } from './lo';
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
}

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
    day: 'numeric', month: 'long', year: 'numeric', ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
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

/** A readable sentence for any failure: the server's own message when it sent one. */
export function describeError(t: Translate, error: unknown): string {
  if (!(error instanceof ApiFailure)) return t('error.generic');
  if (error.status === 0) return t('error.network');
  if (error.status === 401) return t('error.unauthenticated');
  if (error.status === 403) return t('error.forbidden');
  if (error.status === 404) return t('error.notFound');
  if (error.status === 503) return t(error.code === 'busy' ? 'error.busy' : 'error.directory');
  // someone else was first, or the upload is too large: the engine's stable code, in the user's language
  const coded = `error.${error.code}`;
  if ((error.status === 409 || error.status === 413) && coded in lo) return t(coded as MessageKey);
  return error.message || t('error.generic');
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
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = catalogues[language];
    const t: Translate = (key, params) => format(messages[key] ?? key, params);
    return {
      language,
      setLanguage,
      t,
      maybe: (key) => (key in messages ? messages[key as MessageKey] : undefined),
      formatDate: (iso, withTime) => formatDate(language, iso, withTime),
      describeError: (error) => describeError(t, error),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
