// Calendar arithmetic on plain dates (UTC, no time of day), ISO weeks, and Hijri (umm al-qura)
// conversion through Intl's islamic-umalqura calendar.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

function toDate(date: Ymd): Date {
  const result = new Date(Date.UTC(2000, date.m - 1, date.d));
  result.setUTCFullYear(date.y);
  return result;
}

function fromDate(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = fromDate(toDate({ y, m, d }));
  return date.m === m && date.d === d;
}

/** The date part of an ISO date or date-time ("2023-08-15", "2023-08-15T10:00:00Z"), or null. */
export function parseIsoDate(value: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDate(new Date(toDate(date).getTime() + days * DAY_MS));
}

export function addMonths(date: Ymd, months: number): { y: number; m: number } {
  const index = date.y * 12 + (date.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: Ymd): number {
  return toDate(date).getUTCDay() || 7;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const formatYear = (y: number) => pad(y, 4);
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = (date: Ymd) => `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;

/** ISO 8601 week ("2018-W07") of a date. */
export function formatIsoWeek(date: Ymd): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = toDate({ y: thursday.y, m: 1, d: 1 }).getTime();
  const week = Math.floor((toDate(thursday).getTime() - jan1) / DAY_MS / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

const HIJRI_PARTS = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

export function gregorianToHijri(date: Ymd): Ymd {
  const parts = HIJRI_PARTS.formatToParts(toDate(date));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: part('year'), m: part('month'), d: part('day') };
}

const HIJRI_EPOCH = Date.UTC(622, 6, 16);
const HIJRI_YEAR_DAYS = 354.36667;

/** The Gregorian date of a Hijri (umm al-qura) date, or null if that day does not exist. */
export function hijriToGregorian(hijri: Ymd): Ymd | null {
  const estimate = HIJRI_EPOCH + ((hijri.y - 1) * HIJRI_YEAR_DAYS + (hijri.m - 1) * 29.53 + hijri.d - 1) * DAY_MS;
  const start = fromDate(new Date(estimate));
  for (let offset = -20; offset <= 20; offset++) {
    const candidate = addDays(start, offset);
    const converted = gregorianToHijri(candidate);
    if (converted.y === hijri.y && converted.m === hijri.m && converted.d === hijri.d) return candidate;
  }
  return null;
}

/** First and last Gregorian day of a Hijri month. */
export function hijriMonthSpan(y: number, m: number): [Ymd, Ymd] | null {
  const first = hijriToGregorian({ y, m, d: 1 });
  const nextMonth = m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 };
  const next = hijriToGregorian(nextMonth);
  return first && next ? [first, addDays(next, -1)] : null;
}
