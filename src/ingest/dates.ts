// Publication dates as corpora and feeds write them (RFC 822, ISO 8601, DD/MM/YYYY) → ISO 8601.
// The local clock time and its offset are kept as written: converting to UTC could move the calendar
// date, and the local date is what anchors relative expressions such as "أمس".

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** RFC 822 zone names other than numeric offsets (RFC 822 §5.1). */
const ZONES: Record<string, string> = {
  GMT: 'Z',
  UT: 'Z',
  UTC: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

// The time may be in the extended (18:56:00) or basic (185600) form.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC822 =
  /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,4}|[+-]\d{4})?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parses a date as news sources write it; null when it is not a recognizable date. */
export function parseNewsDate(raw: string | undefined | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  return fromIso(value) ?? fromRfc822(value) ?? fromDayMonthYear(value) ?? fromDateParse(value);
}

function fromIso(value: string): string | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  return build(+y, +mo, +d, h, mi, s, zone ? isoZone(zone) : '');
}

function fromRfc822(value: string): string | null {
  const m = RFC822.exec(value);
  if (!m) return null;
  const [, d, monthName, yearText, h, mi, s, zone] = m;
  const month = MONTHS[monthName.slice(0, 3).toLowerCase()];
  if (!month) return null;
  let year = +yearText;
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zone ? rfcZone(zone) : '';
  if (offset === null) return null;
  return build(year, month, +d, h, mi, s, offset);
}

function fromDayMonthYear(value: string): string | null {
  const m = DAY_MONTH_YEAR.exec(value);
  if (!m) return null;
  const [, d, mo, y, h, mi, s] = m;
  return build(+y, +mo, +d, h, mi, s, '');
}

function fromDateParse(value: string): string | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function isoZone(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function rfcZone(zone: string): string | null {
  if (/^[+-]\d{4}$/.test(zone)) return zone === '+0000' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return ZONES[zone.toUpperCase()] ?? null;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  zone: string,
): string | null {
  if (!validDate(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return date;
  if (+hour > 23 || +minute > 59 || +(second ?? 0) > 60) return null;
  return `${date}T${pad(+hour)}:${minute}:${second ?? '00'}${zone}`;
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
