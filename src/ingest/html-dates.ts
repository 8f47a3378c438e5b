// Publication dates written for people rather than machines: «تم نشره الجمعة 24 نيسان / أبريل 2020 09:22»,
// «28 آب/اغسطس 2013», "12/03/2020". Used when a page carries no machine-readable date.
// Month names come from data/time/months.tsv (CLDR names of Arab locales plus reviewed variants).
import { readTsv } from '../arabic/data.js';
import { ARABIC_MARKS } from '../arabic/marks.js';

let monthPattern: { regex: RegExp; months: Map<string, number> } | undefined;

/** Diacritics, tatweel and alef forms do not matter when matching month names. */
function foldArabic(text: string): string {
  return text.replace(ARABIC_MARKS, '').replace(/[أإآٱ]/gu, 'ا');
}

function gregorianMonths(): { regex: RegExp; months: Map<string, number> } {
  if (!monthPattern) {
    const months = new Map<string, number>();
    for (const [calendar, month, name] of readTsv('time/months.tsv')) {
      if (calendar === 'gregorian' && name) months.set(foldArabic(name), Number(month));
    }
    const names = [...months.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
    const name = `(${names.join('|')})`;
    // day, month name, optionally " / other name" (Levantine + Egyptian pairs), optional comma, year
    const regex = new RegExp(
      `(?<![\\p{N}])(\\d{1,2})\\s+${name}(?:\\s*/\\s*${name})?\\s*[،,]?\\s*(\\d{4})(?![\\p{N}])`,
      'u',
    );
    monthPattern = { regex, months };
  }
  return monthPattern;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function westernDigits(text: string): string {
  return text
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

const NUMERIC_DMY = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)/;
const NUMERIC_YMD = /(?<!\d)((?:19|20)\d{2})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/;

/** The first date written in `text` as YYYY-MM-DD, or null. Numeric dates are read day-first, as Arab outlets write them. */
export function dateInText(raw: string): string | null {
  const text = foldArabic(westernDigits(raw));
  const { regex, months } = gregorianMonths();
  const named = regex.exec(text);
  if (named) return isoDay(+named[4], months.get(named[2]) ?? 0, +named[1]);
  const ymd = NUMERIC_YMD.exec(text);
  if (ymd) return isoDay(+ymd[1], +ymd[2], +ymd[3]);
  const dmy = NUMERIC_DMY.exec(text);
  if (dmy) return isoDay(+dmy[3], +dmy[2], +dmy[1]);
  return null;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
