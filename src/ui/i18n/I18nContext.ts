import { createContext, useContext } from 'react';
import type { Language } from '../state/view.ts';
import { en } from './en.ts';
import { sv, type Messages } from './sv.ts';
import { effortTypeNamesEn } from '../../data/bundledData.ts';

const dictionaries: Record<Language, Messages> = { sv, en };

export interface I18n {
  language: Language;
  t: Messages;
  /** Number with the locale's decimal mark: 12,3 in Swedish. */
  number: (value: number, decimals?: number) => string;
  /** Percentage with the locale's spacing: "12,3 %" in Swedish. */
  percent: (share: number, decimals?: number) => string;
  /** A date in words ("2 december 2026"); `withTime` adds the time of day, shorter. */
  date: (date: Date, withTime?: boolean) => string;
  /** An effort type in the language shown; types are Swedish in the files. */
  effortType: (type: string) => string;
}

export function makeI18n(language: Language): I18n {
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const cache = new Map<string, Intl.NumberFormat>();
  const format = (style: 'decimal' | 'percent', decimals: number) => {
    const key = `${style}${decimals}`;
    if (!cache.has(key)) {
      // `negative`: a value that rounds to zero is "0,00", never "−0,00".
      cache.set(key, new Intl.NumberFormat(locale, { style, minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'negative' }));
    }
    return cache.get(key)!;
  };
  return {
    language,
    t: dictionaries[language],
    number: (value, decimals = 1) => format('decimal', decimals).format(value),
    percent: (share, decimals = 0) => format('percent', decimals).format(share),
    date: (date, withTime = false) =>
      new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' }).format(date),
    effortType: (type) => (language === 'en' && Object.hasOwn(effortTypeNamesEn, type) ? effortTypeNamesEn[type] : type),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('sv'));
export const useI18n = () => useContext(I18nContext);
