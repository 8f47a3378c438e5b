// Regular-expression building blocks compiled from the lexicon. All patterns run on folded text
// (fold.ts), so they are written in folded spelling: ا for every alef, ي for ى, ه for ة.
import type { TimeLexicon } from './lexicon.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** An alternation of phrases, longest first, with inner spaces matching any run of spaces. */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${unique.map((p) => escapeRegExp(p).replace(/ +/g, '\\s+')).join('|')})`;
}

export interface TimePatterns {
  gregorianMonth: string;
  monthPair: string;
  hijriMonth: string;
  weekday: string;
  dayNumber: string;
  dayOrdinal: string;
  year: string;
  yearNoun: string;
  modifier: string;
  number: string;
  unit: string;
  relative: string;
}

export const MODIFIERS = {
  past: ['الماضي', 'الماضيه', 'الماضيين', 'المنصرم', 'المنصرمه', 'الفائت', 'الفائته', 'السابق', 'السابقه'],
  future: ['المقبل', 'المقبله', 'القادم', 'القادمه', 'المقبلين'],
  current: ['الجاري', 'الجاريه', 'الحالي', 'الحاليه'],
};

export function buildPatterns(lexicon: TimeLexicon): TimePatterns {
  const gregorianMonth = alternation(lexicon.months.filter((m) => m.calendar === 'gregorian').map((m) => m.name));
  const ordinal = alternation(lexicon.ordinals.keys());
  const tens = alternation(lexicon.ordinalTens.keys());
  const teen = alternation(lexicon.ordinalTeens);
  const cardinal = alternation(lexicon.cardinals.keys());
  return {
    gregorianMonth,
    // "يوليو/تموز", "يونيو حزيران", "ديسمبر (كانون الأول)", "كانون الثاني/يناير"
    monthPair: `${gregorianMonth}(?:\\s*/\\s*${gregorianMonth}|\\s*\\(\\s*${gregorianMonth}\\s*\\)|\\s+${gregorianMonth})?`,
    hijriMonth: alternation(lexicon.months.filter((m) => m.calendar === 'hijri').map((m) => m.name)),
    weekday: alternation(lexicon.weekdays.keys()),
    dayNumber: '(?:[0-3]?\\d)',
    // الرابع، الحادي عشر، الثاني والعشرين، العشرين
    dayOrdinal: `(?:${ordinal}\\s+و\\s*${tens}|${ordinal}\\s+${teen}|${tens}|${ordinal})`,
    year: '(?:[12]\\d{3})',
    yearNoun: alternation(['عام', 'العام', 'سنه', 'السنه', 'عامي']),
    modifier: alternation([...MODIFIERS.past, ...MODIFIERS.future, ...MODIFIERS.current]),
    number: `(?:\\d{1,3}|${cardinal}(?:\\s+و\\s*${cardinal})?)`,
    unit: alternation(lexicon.units.keys()),
    relative: alternation(lexicon.relative.keys()),
  };
}
