// Finds time expressions in Arabic text and resolves them to ISO 8601 values against the
// publication date. Matching runs on folded text (fold.ts); spans are mapped back to the original.
//
// Value conventions (contract: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, ranges "start/end", null):
// - decades are year ranges: «السبعينيات» → "1970/1979" (the 20th century unless another is named);
// - centuries are year ranges in the TIMEX3 sense of "the 1900s": «القرن العشرين» → "1900/1999";
// - Hijri dates are converted to Gregorian (umm al-qura); a Hijri month or year becomes a date range;
// - counted offsets take the unit's granularity: «منذ ثلاثة أيام» → a day, «قبل عامين» → a year;
// - anything relative to the publication date is null when the publication date is unknown.
import type { TimeExpr } from '../doc/types.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatIsoWeek,
  formatMonth,
  formatYear,
  gregorianToHijri,
  hijriMonthSpan,
  hijriToGregorian,
  isoWeekday,
  isValidDate,
  type Ymd,
} from './calendar.js';
import { type FoldedText, foldWithOrigin, originalSpan } from './fold.js';
import { type TimeLexicon, timeLexicon, type Unit } from './lexicon.js';
import { buildPatterns, MODIFIERS, type TimePatterns } from './patterns.js';

type Groups = Record<string, string | undefined>;

interface Context {
  folded: string;
  /** Folded-text offset of the match (for looking at the words around it). */
  start: number;
  end: number;
  pub: Ymd | null;
  lexicon: TimeLexicon;
}

/** A value, or undefined to reject the match (not a time expression after all). */
type Resolver = (groups: Groups, ctx: Context) => { value: string | null } | undefined;

interface Matcher {
  kind: string;
  regex: RegExp;
  resolve: Resolver;
}

interface Candidate {
  start: number;
  end: number;
  value: string | null;
  kind: string;
}

const LETTER = '[\\p{L}\\p{N}]';

/** Wraps a pattern body: a word start (after optional clitics و ف ب ل ك) and a word end. */
function compile(body: string): RegExp {
  const singleLine = body.replaceAll('\\s', '[^\\S\\n]');
  return new RegExp(`(?<!${LETTER})(?:[وفبلك]{1,2})?(?<x>${singleLine})(?!${LETTER})`, 'gdu');
}

// ---------------------------------------------------------------- context helpers

function previousWord(ctx: Context): string {
  const before = ctx.folded.slice(Math.max(0, ctx.start - 40), ctx.start);
  const match = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(before);
  return match ? match[1] : '';
}

function nextWord(ctx: Context): string {
  const match = /^[^\p{L}\p{N}\n]*([\p{L}\p{N}]+)/u.exec(ctx.folded.slice(ctx.end, ctx.end + 40));
  return match ? match[1] : '';
}

/** The sentence up to the match: back to the nearest . ؟ ! ? or newline. */
function sentenceBefore(ctx: Context): string {
  const text = ctx.folded;
  let from = ctx.start;
  while (from > 0 && !/[.؟!?\n]/.test(text[from - 1])) from--;
  return text.slice(from, ctx.start);
}

function withoutClitics(word: string): string[] {
  return [word, word.replace(/^[وف]/, ''), word.replace(/^[وف]?[بلك]/, '')];
}

/**
 * Future cues before the expression in its sentence: a cue word (من المقرر، يعتزم) or a future verb
 * (س + imperfect: ستعقد، سيلتقي). Cues after it mostly belong to reported speech, not to the date.
 */
function hasFutureCue(ctx: Context): boolean {
  const text = ` ${sentenceBefore(ctx)} `;
  if (ctx.lexicon.futureCues.some((cue) => new RegExp(`[^\\p{L}]${cue}[^\\p{L}]`, 'u').test(text))) return true;
  for (const word of text.split(/[^\p{L}]+/u)) {
    const bare = word.replace(/^[وف]/, '');
    if (/^س[يتن]\p{L}{3,}$/u.test(bare) && !ctx.lexicon.notVerbs.has(bare) && !ctx.lexicon.notVerbs.has(word))
      return true;
  }
  return false;
}

function modifierDirection(modifier: string | undefined): -1 | 0 | 1 | undefined {
  if (!modifier) return undefined;
  const word = modifier.trim();
  if (MODIFIERS.past.includes(word)) return -1;
  if (MODIFIERS.future.includes(word)) return 1;
  if (MODIFIERS.current.includes(word)) return 0;
  return undefined;
}

// ---------------------------------------------------------------- lexicon lookups

function monthNumber(lexicon: TimeLexicon, text: string, calendar: 'gregorian' | 'hijri'): number | undefined {
  const name = text.trim().replace(/\s+/g, ' ');
  return lexicon.months.find((m) => m.calendar === calendar && m.name === name)?.month;
}

/** The month of "يوليو/تموز" or "ديسمبر (كانون الأول)": the first name decides. */
function pairMonth(
  lexicon: TimeLexicon,
  pair: string,
): { month: number; ambiguous: boolean; paired: boolean } | undefined {
  const names = lexicon.months.filter((m) => m.calendar === 'gregorian').sort((a, b) => b.name.length - a.name.length);
  const text = pair.replace(/\s+/g, ' ').trim();
  const first = names.find((m) => text.startsWith(m.name));
  if (!first) return undefined;
  return { month: first.month, ambiguous: first.ambiguous, paired: text.length > first.name.length };
}

function dayNumber(lexicon: TimeLexicon, text: string): number | undefined {
  const words = text
    .trim()
    .split(/\s+|(?<=و)/u)
    .filter((w) => w !== '' && w !== 'و');
  if (/^\d+$/.test(words[0])) return Number(words[0]);
  let day = 0;
  for (const word of words) {
    const bare = word.replace(/^و/, '');
    if (lexicon.ordinals.has(word)) day += lexicon.ordinals.get(word) ?? 0;
    else if (lexicon.ordinalTeens.has(word)) day += 10;
    else if (lexicon.ordinalTens.has(bare)) day += lexicon.ordinalTens.get(bare) ?? 0;
    else return undefined;
  }
  return day;
}

function countValue(lexicon: TimeLexicon, text: string | undefined): number | undefined {
  if (!text) return undefined;
  if (/^\d+$/.test(text.trim())) return Number(text.trim());
  let total = 0;
  for (const word of text.trim().split(/\s+و\s*|\s+/u)) {
    const value = lexicon.cardinals.get(word);
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

// ---------------------------------------------------------------- resolution helpers

/** The year of a month named without a year. */
function yearOfMonth(month: number, direction: -1 | 0 | 1 | undefined, ctx: Context): number | null {
  if (!ctx.pub) return null;
  const { y, m } = ctx.pub;
  if (direction === -1) return month < m ? y : y - 1;
  if (direction === 1) return month > m ? y : y + 1;
  if (direction === 0) return y;
  if (month <= m) return y;
  // A later month in the same year unless it is far ahead and nothing points to the future.
  return month - m <= 6 || hasFutureCue(ctx) ? y : y - 1;
}

function shiftValue(pub: Ymd, unit: Unit, amount: number): string {
  if (unit === 'day') return formatDay(addDays(pub, amount));
  if (unit === 'week') return formatIsoWeek(addDays(pub, amount * 7));
  if (unit === 'month') {
    const { y, m } = addMonths(pub, amount);
    return formatMonth(y, m);
  }
  return formatYear(pub.y + amount * (unit === 'decade' ? 10 : 1));
}

/** A bare weekday: the publication day itself, else by modifier, tense, or the nearest one (±3 days). */
function resolveWeekday(weekday: number, direction: -1 | 0 | 1 | undefined, ctx: Context): string | null {
  if (!ctx.pub) return null;
  const back = (isoWeekday(ctx.pub) - weekday + 7) % 7;
  const ahead = (weekday - isoWeekday(ctx.pub) + 7) % 7;
  if (direction === -1) return formatDay(addDays(ctx.pub, -(back || 7)));
  if (direction === 1) return formatDay(addDays(ctx.pub, ahead || 7));
  if (back === 0) return formatDay(ctx.pub);
  if (hasFutureCue(ctx)) return formatDay(addDays(ctx.pub, ahead));
  return formatDay(addDays(ctx.pub, back <= 3 ? -back : ahead));
}

function gregorianDate(y: number | null, m: number, d: number): { value: string | null } | undefined {
  if (y === null) return isValidDate(2000, m, d) ? { value: null } : undefined;
  return isValidDate(y, m, d) ? { value: formatDay({ y, m, d }) } : undefined;
}

function yearRange(first: number, second: number): { value: string } | undefined {
  return second > first && second - first < 200 ? { value: `${formatYear(first)}/${formatYear(second)}` } : undefined;
}

/** A 4-digit number counts as a year only in a year-like position (not «2000 شخص»). */
function looksLikeYear(year: number, ctx: Context): boolean {
  if (year < 1800 || year > 2100) return false;
  const before = ctx.folded.slice(Math.max(0, ctx.start - 3), ctx.start);
  if (/[\d.,٫٬]\s*$/.test(before) || /^[.,٫٬]\d|^%/.test(ctx.folded.slice(ctx.end, ctx.end + 2))) return false;
  if (withoutClitics(previousWord(ctx)).some((w) => ctx.lexicon.yearContext.has(w))) return true;
  // "2012 و 2013": the second of two coordinated years
  if (/[12]\d{3}\s*(?:،|,)?\s*و?\s*$/u.test(ctx.folded.slice(Math.max(0, ctx.start - 12), ctx.start))) return true;
  // Otherwise only where no counted noun can follow: end of clause, quote or bracket.
  return /^\s*(?:$|[.,،؛:;)"»”'\n-])/u.test(ctx.folded.slice(ctx.end, ctx.end + 3)) && year >= 1900;
}

// ---------------------------------------------------------------- the matchers

function buildMatchers(lexicon: TimeLexicon, p: TimePatterns): Matcher[] {
  const greg = '(?:\\s*م(?!\\p{L}))?';
  const hijriSuffix = '\\s*ه(?!\\p{L})';
  const yearPart = `(?:\\s*،?\\s+(?:من\\s+)?(?:${p.yearNoun}\\s+)?(?<year>${p.year})${greg})`;
  const day = `(?<day>${p.dayNumber}|${p.dayOrdinal})`;

  const date: Matcher = {
    kind: 'date',
    regex: compile(
      `(?:(?:يوم|يومي)\\s+)?(?:${p.weekday}\\s*،?\\s*)?${day}(?:\\s+من)?\\s+(?<month>${p.monthPair})${yearPart}?(?:\\s+(?<mod>${p.modifier}))?`,
    ),
    resolve: (g, ctx) => {
      const month = pairMonth(lexicon, g.month ?? '');
      const d = dayNumber(lexicon, g.day ?? '');
      if (!month || d === undefined) return undefined;
      const year = g.year ? Number(g.year) : yearOfMonth(month.month, modifierDirection(g.mod), ctx);
      return gregorianDate(year, month.month, d);
    },
  };

  const dayRange: Matcher = {
    kind: 'range',
    regex: compile(
      `(?:(?:يومي|من|بين)\\s+)?(?<d1>${p.dayNumber})\\s*(?:و|الي|حتي|-)\\s*(?<d2>${p.dayNumber})\\s+(?:من\\s+)?(?<month>${p.monthPair})${yearPart}?(?:\\s+(?<mod>${p.modifier}))?`,
    ),
    resolve: (g, ctx) => {
      const month = pairMonth(lexicon, g.month ?? '');
      if (!month) return undefined;
      const year = g.year ? Number(g.year) : yearOfMonth(month.month, modifierDirection(g.mod), ctx);
      const first = gregorianDate(year, month.month, Number(g.d1));
      const last = gregorianDate(year, month.month, Number(g.d2));
      if (!first || !last) return undefined;
      return { value: first.value && last.value ? `${first.value}/${last.value}` : null };
    },
  };

  const monthMatcher: Matcher = {
    kind: 'month',
    regex: compile(`(?:(?<noun>شهر|شهري)\\s+)?(?<month>${p.monthPair})${yearPart}?(?:\\s+(?<mod>${p.modifier}))?`),
    resolve: (g, ctx) => {
      const month = pairMonth(lexicon, g.month ?? '');
      if (!month) return undefined;
      const direction = modifierDirection(g.mod);
      const supported = g.noun || g.year || direction !== undefined || month.paired;
      if (month.ambiguous && !supported && !withoutClitics(previousWord(ctx)).some((w) => lexicon.yearContext.has(w)))
        return undefined;
      const year = g.year ? Number(g.year) : yearOfMonth(month.month, direction, ctx);
      return { value: year === null ? null : formatMonth(year, month.month) };
    },
  };

  const numericDate: Matcher = {
    kind: 'date',
    regex: compile(
      '(?:(?<d>\\d{1,2})[/.-](?<m>\\d{1,2})[/.-](?<y>[12]\\d{3})|(?<y2>[12]\\d{3})-(?<m2>\\d{2})-(?<d2>\\d{2}))',
    ),
    resolve: (g) => {
      const [y, m, d] = g.y ? [g.y, g.m, g.d] : [g.y2, g.m2, g.d2];
      return gregorianDate(Number(y), Number(m), Number(d));
    },
  };

  const hijriDate: Matcher = {
    kind: 'hijri',
    regex: compile(
      `${day}(?:\\s+من)?\\s+(?<month>${p.hijriMonth})(?:\\s+(?:من\\s+)?(?:${p.yearNoun}\\s+)?(?<year>1[3-5]\\d{2})(?:${hijriSuffix})?)?`,
    ),
    resolve: (g, ctx) => {
      const m = monthNumber(lexicon, g.month ?? '', 'hijri');
      const d = dayNumber(lexicon, g.day ?? '');
      if (!m || d === undefined || d > 30) return undefined;
      const y = g.year ? Number(g.year) : ctx.pub ? gregorianToHijri(ctx.pub).y : null;
      if (y === null) return { value: null };
      const date = hijriToGregorian({ y, m, d });
      return date ? { value: formatDay(date) } : undefined;
    },
  };

  const hijriMonth: Matcher = {
    kind: 'hijri',
    regex: compile(
      `(?:شهر\\s+)?(?<month>${p.hijriMonth})\\s+(?:من\\s+)?(?:${p.yearNoun}\\s+)?(?<year>1[3-5]\\d{2})(?:${hijriSuffix})?`,
    ),
    resolve: (g) => {
      const m = monthNumber(lexicon, g.month ?? '', 'hijri');
      const span = m ? hijriMonthSpan(Number(g.year), m) : null;
      return span ? { value: `${formatDay(span[0])}/${formatDay(span[1])}` } : undefined;
    },
  };

  const hijriYear: Matcher = {
    kind: 'hijri',
    regex: compile(`(?:${p.yearNoun}\\s+)?(?<year>1[3-5]\\d{2})${hijriSuffix}`),
    resolve: (g) => {
      const first = hijriToGregorian({ y: Number(g.year), m: 1, d: 1 });
      const next = hijriToGregorian({ y: Number(g.year) + 1, m: 1, d: 1 });
      return first && next ? { value: `${formatDay(first)}/${formatDay(addDays(next, -1))}` } : undefined;
    },
  };

  const yearWithNoun: Matcher = {
    kind: 'year',
    regex: compile(`${p.yearNoun}\\s+(?<year>${p.year})${greg}(?!\\s*ه(?!\\p{L}))`),
    resolve: (g) => ({ value: formatYear(Number(g.year)) }),
  };

  const yearSpan: Matcher = {
    kind: 'range',
    regex: compile(`(?<y1>${p.year})\\s*[-–]\\s*(?<y2>\\d{4}|\\d{2})(?!\\s*ه(?!\\p{L}))`),
    resolve: (g) => {
      const first = Number(g.y1);
      const second = (g.y2 ?? '').length === 2 ? Math.floor(first / 100) * 100 + Number(g.y2) : Number(g.y2);
      return first >= 1000 ? yearRange(first, second) : undefined;
    },
  };

  const yearFromTo: Matcher = {
    kind: 'range',
    regex: compile(
      `(?:من|بين)\\s+(?:${p.yearNoun}\\s+)?(?<y1>${p.year})\\s*،?\\s*(?:الي|حتي|و)\\s*(?:${p.yearNoun}\\s+)?(?<y2>${p.year})${greg}`,
    ),
    resolve: (g) => yearRange(Number(g.y1), Number(g.y2)),
  };

  const bareYear: Matcher = {
    kind: 'year',
    regex: compile(`(?<year>${p.year})${greg}`),
    resolve: (g, ctx) => (looksLikeYear(Number(g.year), ctx) ? { value: formatYear(Number(g.year)) } : undefined),
  };

  const weekday: Matcher = {
    kind: 'weekday',
    regex: compile(`(?:(?<rel>${p.relative})\\s+|يوم\\s+)?(?<wd>${p.weekday})(?:\\s+(?<mod>${p.modifier}))?`),
    resolve: (g, ctx) => {
      if (g.rel) {
        const relative = lexicon.relative.get(g.rel.replace(/\s+/g, ' '));
        if (relative?.unit !== 'day') return undefined;
        return { value: ctx.pub ? shiftValue(ctx.pub, 'day', relative.offset) : null };
      }
      const day = lexicon.weekdays.get(g.wd ?? '');
      return day ? { value: resolveWeekday(day, modifierDirection(g.mod), ctx) } : undefined;
    },
  };

  const relative: Matcher = {
    kind: 'relative',
    regex: compile(`(?<rel>${p.relative})`),
    resolve: (g, ctx) => {
      const phrase = (g.rel ?? '').replace(/\s+/g, ' ');
      const entry = lexicon.relative.get(phrase);
      if (!entry) return undefined;
      if (phrase === 'اليوم' && lexicon.notToday.has(nextWord(ctx))) return undefined;
      return { value: ctx.pub ? shiftValue(ctx.pub, entry.unit, entry.offset) : null };
    },
  };

  const hedge = '(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\\s+من|اقل\\s+من|ما\\s+يزيد\\s+عن|ما\\s+يقرب\\s+من)\\s+)?';
  const offset: Matcher = {
    kind: 'relative',
    regex: compile(
      `(?<dir>منذ|قبل)\\s+${hedge}(?:(?<num>${p.number})\\s+)?(?<unit>${p.unit})(?!\\s*[12]\\d{3})(?!\\s+من)`,
    ),
    resolve: (g, ctx) => {
      const unit = lexicon.units.get(g.unit ?? '');
      if (!unit) return undefined;
      const count = g.num ? countValue(lexicon, g.num) : unit.count;
      if (!count) return undefined;
      return { value: ctx.pub ? shiftValue(ctx.pub, unit.unit, -count) : null };
    },
  };

  const lastN: Matcher = {
    kind: 'range',
    regex: compile(
      `(?<unit>الايام|الاسابيع|الاشهر|الشهور|السنوات|الاعوام)\\s+(?:ال)?(?<num>${p.number})?\\s*(?<mod>الماضيه|الاخيره|المقبله|القادمه)`,
    ),
    resolve: (g, ctx) => {
      const unit = lexicon.units.get((g.unit ?? '').replace(/^ال/, ''));
      const count = countValue(lexicon, g.num?.replace(/^ال/, ''));
      if (!unit || !count) return undefined;
      if (!ctx.pub) return { value: null };
      const sign = /ماضيه|اخيره/.test(g.mod ?? '') ? -1 : 1;
      const ends = [shiftValue(ctx.pub, unit.unit, sign * count), shiftValue(ctx.pub, unit.unit, 0)];
      return { value: sign < 0 ? ends.join('/') : ends.reverse().join('/') };
    },
  };

  const centuryWords = `(?:${p.dayOrdinal}|الماضي|الحالي|الجاري|\\d{1,2})`;
  const decade: Matcher = {
    kind: 'decade',
    regex: compile(
      `(?<dec>ال(?:${[...lexicon.decades.keys()].join('|')})(?:ينيات|ينات|يات))(?:\\s+(?:من\\s+)?القرن\\s+(?<century>${centuryWords}))?`,
    ),
    resolve: (g, ctx) => {
      const stem = (g.dec ?? '').replace(/^ال/, '').replace(/(?:ينيات|ينات|يات)$/, '');
      const tens = lexicon.decades.get(stem);
      if (tens === undefined) return undefined;
      const centuryStart = g.century ? centuryStartYear(g.century, ctx) : 1900;
      if (centuryStart === undefined) return undefined;
      if (centuryStart === null) return { value: null };
      return { value: `${formatYear(centuryStart + tens)}/${formatYear(centuryStart + tens + 9)}` };
    },
  };

  const century: Matcher = {
    kind: 'century',
    regex: compile(`القرن\\s+(?<century>${centuryWords})(?:\\s+(?:الميلادي|للميلاد))?`),
    resolve: (g, ctx) => {
      const start = centuryStartYear(g.century ?? '', ctx);
      if (start === undefined) return undefined;
      return { value: start === null ? null : `${formatYear(start)}/${formatYear(start + 99)}` };
    },
  };

  function centuryStartYear(words: string, ctx: Context): number | null | undefined {
    const relative = { الماضي: -1, الحالي: 0, الجاري: 0 }[words.trim()];
    if (relative !== undefined) return ctx.pub ? (Math.floor(ctx.pub.y / 100) + relative) * 100 : null;
    const number = /^\d+$/.test(words.trim()) ? Number(words.trim()) : dayNumber(lexicon, words);
    return number && number <= 21 ? (number - 1) * 100 : undefined;
  }

  return [
    date,
    dayRange,
    monthMatcher,
    numericDate,
    hijriDate,
    hijriMonth,
    hijriYear,
    yearWithNoun,
    yearSpan,
    yearFromTo,
    bareYear,
    weekday,
    relative,
    offset,
    lastN,
    decade,
    century,
  ];
}

// ---------------------------------------------------------------- combining

/** Keeps the longest of overlapping candidates (earlier wins a tie). */
function longestNonOverlapping(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const RANGE_OPENER = /(?:^|[^\p{L}])[وف]?(?:من|بين)\s+$/u;
const RANGE_JOINER = /^\s*،?\s*(?:و|الي|حتي|-|–)\s*$/u;

/** «من يناير إلى مارس», «بين 14 يونيو و15 يوليو»: two expressions joined into one range. */
function joinRanges(folded: string, candidates: Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i];
    const second = candidates[i + 1];
    const opener = RANGE_OPENER.exec(folded.slice(Math.max(0, first.start - 6), first.start));
    if (second && opener && RANGE_JOINER.test(folded.slice(first.end, second.start)) && first.kind !== 'relative') {
      const start = first.start - opener[0].replace(/^[^\p{L}]?[وف]?/u, '').length;
      const value =
        first.value && second.value ? `${first.value.split('/')[0]}/${second.value.split('/').pop()}` : null;
      result.push({ start, end: second.end, value, kind: 'range' });
      i++;
    } else result.push(first);
  }
  return result;
}

// ---------------------------------------------------------------- entry point

let compiled: { lexicon: TimeLexicon; matchers: Matcher[] } | undefined;

function matchers(): { lexicon: TimeLexicon; matchers: Matcher[] } {
  if (!compiled) {
    const lexicon = timeLexicon();
    compiled = { lexicon, matchers: buildMatchers(lexicon, buildPatterns(lexicon)) };
  }
  return compiled;
}

function candidatesIn(folded: FoldedText, pub: Ymd | null): Candidate[] {
  const { lexicon, matchers: all } = matchers();
  const candidates: Candidate[] = [];
  for (const matcher of all) {
    matcher.regex.lastIndex = 0;
    for (const match of folded.text.matchAll(matcher.regex)) {
      const [start, end] = match.indices?.groups?.x ?? [match.index, match.index + match[0].length];
      const resolved = matcher.resolve(match.groups ?? {}, { folded: folded.text, start, end, pub, lexicon });
      if (resolved) candidates.push({ start, end, value: resolved.value, kind: matcher.kind });
    }
  }
  return candidates;
}

/**
 * All time expressions in `text`, in order, with spans into `text` and values resolved against
 * `published` (the publication date, YYYY-MM-DD or an ISO date-time; null when unknown).
 * Throws nothing for odd text; `published` must already be validated (see parsePublished).
 */
export function findTimesAt(text: string, pub: Ymd | null): TimeExpr[] {
  const folded = foldWithOrigin(text);
  const kept = joinRanges(folded.text, longestNonOverlapping(candidatesIn(folded, pub)));
  return kept.map((c) => {
    const span = originalSpan(folded, text, c.start, c.end);
    return { start: span.start, end: span.end, text: text.slice(span.start, span.end), value: c.value, kind: c.kind };
  });
}
