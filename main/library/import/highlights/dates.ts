/**
 * Dates as highlight exports write them, read with chrono-node in the language the header is
 * in (no hand-made month lists). Kindle writes the device's local time without a zone; it is
 * read as this computer's local time. Chinese headers put the weekday between date and time
 * ("2013年12月24日星期二 下午09:10:24"), which chrono's Chinese parser reads as a second date,
 * so the weekday (redundant with the date) is dropped first.
 */
import * as chrono from 'chrono-node';
import type { DateLanguage } from './kindle-header';

const PARSERS: Readonly<Record<DateLanguage, chrono.Chrono>> = {
  en: chrono.en.casual,
  es: chrono.es.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  ja: chrono.ja.casual,
  zh: chrono.zh.casual,
};

const FALLBACK_ORDER: readonly DateLanguage[] = ['en', 'es', 'de', 'fr', 'it', 'pt', 'nl', 'zh', 'ja'];
const CJK_WEEKDAY = /(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]/g;
/** Old Kindles name the zone in words after the time; chrono reads the time without it. */
const ZONE_WORDS = /\s+(?:Greenwich Mean Time|Coordinated Universal Time|GMT|UTC)\s*$/i;

function tidy(text: string): string {
  return text.replace(CJK_WEEKDAY, ' ').replace(ZONE_WORDS, '').replace(/\s+/g, ' ').trim();
}

/** The ISO date-time the text names, or undefined when no parser finds a whole date in it. */
export function parseExportDate(text: string, language?: DateLanguage): string | undefined {
  const tidied = tidy(text);
  if (!tidied) return undefined;
  const order = language ? [language, ...FALLBACK_ORDER.filter((l) => l !== language)] : FALLBACK_ORDER;
  for (const l of order) {
    const [result] = PARSERS[l].parse(tidied, new Date(0), { forwardDate: false });
    // A year is required: a bare weekday or time would be read relative to today.
    if (result && result.start.isCertain('year') && result.start.isCertain('day')) return result.start.date().toISOString();
  }
  return undefined;
}
