// Event exports: GDELT-style tab-separated rows, PLOVER/POLECAT-style JSON records, and a plain CSV.
//
// GDELT columns filled (GDELT 2.0 event table order, 61 columns; the rest are left empty):
//   1 GLOBALEVENTID (article id + event index), 2 SQLDATE (YYYYMMDD of the event date), 3 MonthYear, 4 Year,
//   5 FractionDate, 6 Actor1Code (ISO alpha-2 of the source country), 7 Actor1Name (source name as written),
//   8 Actor1CountryCode, 16 Actor2Code, 17 Actor2Name, 18 Actor2CountryCode, 26 IsRootEvent (1 for the first
//   mention in the body), 27 EventCode (CAMEO), 28 EventBaseCode, 29 EventRootCode, 30 QuadClass, 31 GoldsteinScale,
//   32 NumMentions, 33 NumSources (1), 34 NumArticles (1), 60 DATEADDED (publication date YYYYMMDD), 61 SOURCEURL.
// GDELT uses CAMEO country codes (ISO alpha-3) in the actor columns; Marsad writes ISO alpha-2 as in its analysis
// JSON. Columns that need a geocoder (Actor/Action geography) or tone are empty.
import type { Analysis, EventRecord } from '../doc/types.js';

const GDELT_COLUMNS = 61;

function entityName(a: Analysis, id: string | null): string {
  if (!id) return '';
  return a.entities.find((e) => e.id === id)?.name ?? '';
}

function compactDate(date: string | null): string {
  return date ? date.replace(/-/g, '').padEnd(8, '0').slice(0, 8) : '';
}

function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

export function gdeltRows(a: Analysis): string[] {
  return a.events.map((e, index) => {
    const cells = new Array<string>(GDELT_COLUMNS).fill('');
    const day = compactDate(e.date);
    cells[0] = `${a.id}-${index + 1}`;
    cells[1] = day;
    cells[2] = day.slice(0, 6);
    cells[3] = day.slice(0, 4);
    cells[4] = day ? fractionDate(e.date as string) : '';
    cells[5] = e.sourceCountry ?? '';
    cells[6] = clean(entityName(a, e.source));
    cells[7] = e.sourceCountry ?? '';
    cells[15] = e.targetCountry ?? '';
    cells[16] = clean(entityName(a, e.target));
    cells[17] = e.targetCountry ?? '';
    cells[25] = index === 0 ? '1' : '0';
    cells[26] = e.cameo;
    cells[27] = e.cameo.slice(0, 3);
    cells[28] = e.cameo.slice(0, 2);
    cells[29] = String(e.quad);
    cells[30] = String(e.goldstein);
    cells[31] = String(e.mentions?.length ?? 1);
    cells[32] = '1';
    cells[33] = '1';
    cells[59] = compactDate(a.published);
    cells[60] = a.source.url ?? a.source.path ?? '';
    return cells.join('\t');
  });
}

function fractionDate(date: string): string {
  const [y, m = '1', d = '1'] = date.split('-');
  const dayOfYear = (Date.UTC(+y, +m - 1, +d) - Date.UTC(+y, 0, 1)) / 86_400_000 + 1;
  return (+y + dayOfYear / 365).toFixed(4);
}

/** A PLOVER/POLECAT-style record: event, mode, actor/recipient with country, date, flags, provenance. */
export function ploverRecords(a: Analysis): object[] {
  return a.events.map((e, index) => ({
    id: `${a.id}-${index + 1}`,
    event_type: e.type,
    mode: e.mode ?? '',
    cameo: e.cameo,
    quad: e.quad,
    goldstein: e.goldstein,
    actor: { name: entityName(a, e.source), country: e.sourceCountry },
    recipient: { name: entityName(a, e.target), country: e.targetCountry },
    date: e.date,
    negated: e.negated,
    hypothetical: e.hypothetical,
    event_text: e.trigger.text,
    sentence: a.body.slice(e.sentence.start, e.sentence.end),
    mentions: (e.mentions ?? [{ sentence: e.sentence, trigger: e.trigger }]).map((m) => ({
      sentence: m.sentence,
      trigger: m.trigger,
    })),
    article: { id: a.id, title: a.title, published: a.published, url: a.source.url ?? null },
  }));
}

export const CSV_HEADER =
  'article_id,date,source_country,target_country,type,mode,cameo,quad,goldstein,negated,hypothetical,trigger,trigger_start,trigger_end,mentions';

function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRows(a: Analysis): string[] {
  return a.events.map((e: EventRecord) =>
    [
      a.id,
      e.date,
      e.sourceCountry,
      e.targetCountry,
      e.type,
      e.mode,
      e.cameo,
      e.quad,
      e.goldstein,
      e.negated,
      e.hypothetical,
      e.trigger.text,
      e.trigger.start,
      e.trigger.end,
      e.mentions?.length ?? 1,
    ]
      .map(csvCell)
      .join(','),
  );
}
