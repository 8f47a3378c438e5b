// Builds the generated gazetteer files (data/gazetteer/countries.tsv, places.tsv) from the upstream
// snapshots in ../shared/data/gazetteer and Node's ICU (Intl.DisplayNames), merged with the hand-reviewed
// files next to them (countries.reviewed.tsv, places.reviewed.tsv), which this script only reads.
//
// Upstream (see each folder's SOURCE.md):
//   - mledoze/countries dist/countries.json, commit 5e9f370 (ODbL 1.0): iso3, Arabic common/official names, English capital.
//   - dr5hn/countries-states-cities-database, commit 7fda0af (ODbL 1.0 / DbCL): Arabic country names, country Wikidata ids,
//     cities_world_major.tsv and cities-mena/*.json (cities with Arabic names, population, Wikidata ids).
//   - koheiw/newsmap dict/arabic.yml, commit de62951 (MIT, (c) 2018 Kohei Watanabe, author Dai Yamao): demonym stems.
//   - Intl.DisplayNames (CLDR via Node's ICU, Unicode licence): Arabic and English region names.
// The derived TSVs are databases derived from ODbL data and are therefore ODbL 1.0 too.
//
// Finally it compiles the whole gazetteer (all TSVs, hand-written ones included) to data/gazetteer/index.json, the
// normalized lookup tables the linker loads without re-normalizing every name (a stale index is ignored at load).
//
// Run: npx tsx scripts/build-gazetteer.ts   (or npm run build:gazetteer). MARSAD_SHARED overrides ../shared.
//      npx tsx scripts/build-gazetteer.ts --index   only recompiles index.json (after editing a hand-written TSV;
//      needs no upstream data).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRY_COLUMNS, INDEX_FILE, PLACE_COLUMNS, writeIndex } from '../src/entities/gazetteer.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedRoot = process.env.MARSAD_SHARED ?? path.resolve(repoRoot, '../shared');
const upstream = path.join(sharedRoot, 'data/gazetteer');
const outDir = path.join(repoRoot, 'data/gazetteer');
const today = new Date().toISOString().slice(0, 10);

/** `|`-separated cells, merged value by value (see mergeReviewed). */
const LIST_COLUMNS = new Set(['variants_ar', 'demonyms_ar', 'metonyms_ar']);

type Row = Record<string, string>;

// ---------- TSV helpers ----------

function readTsv(file: string): Row[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

function writeTsv(file: string, headerLines: string[], columns: readonly string[], rows: Row[]): void {
  const body = rows.map((r) => columns.map((c) => clean(r[c] ?? '')).join('\t'));
  const text = [...headerLines.map((l) => `# ${l}`), columns.join('\t'), ...body].join('\n');
  writeFileSync(file, `${text}\n`);
  console.log(`wrote ${path.relative(repoRoot, file)}: ${rows.length} rows`);
}

/** Cells never contain tabs or newlines; Arabic text is kept exactly as the source spells it. */
function clean(cell: string): string {
  return cell.replace(/[\t\r\n]+/g, ' ').trim();
}

function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

function uniq(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

// ---------- countries ----------

interface Mledoze {
  cca2: string;
  cca3: string;
  capital?: string[];
  translations: { ara?: { common: string; official: string } };
}
interface Dr5hnCountry {
  iso2: string;
  wikiDataId?: string;
  translations: { ar?: string };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** newsmap lists `مصري*`-style demonym stems; derive masculine/feminine, bare and definite. */
function newsmapDemonyms(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const text = readFileSync(path.join(upstream, 'newsmap-arabic/arabic.yml'), 'utf8');
  for (const m of text.matchAll(/'([A-Z]{2})':\s*\[([^\]]*)\]/g)) {
    const stems = m[2]
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.endsWith('ي*'))
      .map((s) => s.slice(0, -1).replace(/^ال/, ''));
    const forms = stems.flatMap((s) => [s, `${s}ة`, `ال${s}`, `ال${s}ة`]);
    if (forms.length > 0) out.set(m[1], forms);
  }
  return out;
}

/** The most populous row typed `capital` per country in cities_world_major.tsv. */
function capitalsFromCities(cities: Row[]): Map<string, string> {
  const best = new Map<string, Row>();
  for (const r of cities) {
    if (r.type !== 'capital' || !r.name_ar) continue;
    const prev = best.get(r.country_code);
    if (!prev || Number(r.population) > Number(prev.population)) best.set(r.country_code, r);
  }
  return new Map([...best].map(([cc, r]) => [cc, r.name_ar]));
}

function generatedCountries(cities: Row[]): Map<string, Row> {
  const arNames = new Intl.DisplayNames(['ar'], { type: 'region' });
  const enNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const mledoze = readJson<Mledoze[]>(path.join(upstream, 'mledoze-countries/countries.json'));
  const dr5hn = new Map(
    readJson<Dr5hnCountry[]>(path.join(upstream, 'dr5hn-countries-states-cities/countries.json')).map((c) => [
      c.iso2,
      c,
    ]),
  );
  const demonyms = newsmapDemonyms();
  const capitals = capitalsFromCities(cities);
  const rows = new Map<string, Row>();
  for (const c of mledoze) {
    const d = dr5hn.get(c.cca2);
    const nameAr = c.translations.ara?.common ?? arNames.of(c.cca2) ?? '';
    rows.set(c.cca2, {
      iso2: c.cca2,
      iso3: c.cca3,
      name_ar: nameAr,
      name_en: enNames.of(c.cca2) ?? '',
      official_ar: c.translations.ara?.official ?? '',
      variants_ar: uniq([arNames.of(c.cca2) ?? '', d?.translations.ar ?? ''].filter((v) => v !== nameAr)).join('|'),
      demonyms_ar: (demonyms.get(c.cca2) ?? []).join('|'),
      capital_ar: capitals.get(c.cca2) ?? '',
      capital_en: c.capital?.[0] ?? '',
      metonyms_ar: '',
      wikidata: d?.wikiDataId ?? '',
    });
  }
  return rows;
}

/**
 * Merge rule: scalar cells of a reviewed row replace the generated ones when non-empty; list cells are
 * reviewed values first, then generated values not already listed; a reviewed list value written `-X`
 * removes X from the generated list. A reviewed iso2 missing from the generated set adds a country.
 */
function mergeReviewed(generated: Map<string, Row>, reviewed: Row[], columns: readonly string[], key: string): void {
  for (const r of reviewed) {
    const base: Row = generated.get(r[key]) ?? Object.fromEntries(columns.map((c) => [c, '']));
    for (const col of columns) {
      const cell = r[col] ?? '';
      if (LIST_COLUMNS.has(col)) base[col] = mergeList(splitList(cell), splitList(base[col])).join('|');
      else if (cell !== '') base[col] = cell;
    }
    generated.set(r[key], base);
  }
}

function mergeList(reviewed: string[], generated: string[]): string[] {
  const removed = new Set(reviewed.filter((v) => v.startsWith('-')).map((v) => v.slice(1)));
  const kept = reviewed.filter((v) => !v.startsWith('-'));
  return uniq([...kept, ...generated]).filter((v) => !removed.has(v));
}

function buildCountries(cities: Row[]): void {
  const rows = generatedCountries(cities);
  mergeReviewed(rows, readTsv(path.join(outDir, 'countries.reviewed.tsv')), COUNTRY_COLUMNS, 'iso2');
  for (const r of rows.values()) {
    r.variants_ar = splitList(r.variants_ar)
      .filter((v) => v !== r.name_ar)
      .join('|');
  }
  writeTsv(
    path.join(outDir, 'countries.tsv'),
    [
      `Countries and territories (ISO 3166-1), one row each. GENERATED by scripts/build-gazetteer.ts on ${today}`,
      '— do not edit; edit countries.reviewed.tsv and rerun `npm run build:gazetteer`.',
      'Columns: iso2, iso3 = ISO 3166-1 alpha-2/alpha-3; name_ar = canonical Arabic name; name_en = English (CLDR);',
      'official_ar = long official Arabic name; variants_ar = other Arabic names, `|`-separated;',
      'demonyms_ar = demonym forms (masc|fem|plural, bare and with ال), `|`-separated; capital_ar, capital_en = capital;',
      'metonyms_ar = names that stand for the state (الكرملين = RU), `|`-separated; wikidata = Wikidata Q-id of the country.',
      'Sources: mledoze/countries 5e9f370 (ODbL 1.0: iso3, name_ar, official_ar, capital_en);',
      'dr5hn/countries-states-cities-database 7fda0af (ODbL 1.0/DbCL: Arabic name variant, wikidata, Arabic capital);',
      'koheiw/newsmap dict/arabic.yml de62951 (MIT, (c) 2018 Kohei Watanabe: demonym stems -> masc/fem forms);',
      'Intl.DisplayNames ar/en (Unicode CLDR, Unicode licence); merged with countries.reviewed.tsv',
      '(hand-written and reviewed by Marsad). This derived database is licensed ODbL 1.0.',
    ],
    COUNTRY_COLUMNS,
    [...rows.values()].sort((a, b) => a.iso2.localeCompare(b.iso2)),
  );
}

// ---------- places ----------

const ARAB_LEAGUE_PLUS = new Set(
  'AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE IL IR TR'.split(' '),
);
/** dr5hn `type` values that are populated places (GeoNames PPL, PPLA…, PPLC), not districts or sections. */
const PLACE_TYPES = new Set(['capital', 'city', 'adm1', 'adm2', 'adm3', 'municipality', 'town', 'gov_seat', 'cities']);
const MIN_POP_MENA = 20_000;
const MIN_POP_WORLD = 150_000;

interface Dr5hnCity {
  id: number;
  name: string;
  country_code: string;
  type: string | null;
  population: number | null;
  translations: { ar?: string };
  wikiDataId?: string;
}

function menaCities(): Row[] {
  const dir = path.join(upstream, 'dr5hn-countries-states-cities/cities-mena');
  return readdirSync(dir).flatMap((f) =>
    readJson<Dr5hnCity[]>(path.join(dir, f)).map((c) => ({
      id: String(c.id),
      country_code: c.country_code,
      type: c.type ?? '',
      name: c.name,
      name_ar: c.translations.ar ?? '',
      population: String(c.population ?? 0),
      wikidata_id: c.wikiDataId ?? '',
    })),
  );
}

function keepPlace(r: Row): boolean {
  if (!r.name_ar || !/[\u0600-\u06FF]/.test(r.name_ar) || !PLACE_TYPES.has(r.type)) return false;
  if (r.type === 'capital') return true;
  const min = ARAB_LEAGUE_PLUS.has(r.country_code) ? MIN_POP_MENA : MIN_POP_WORLD;
  return Number(r.population) >= min;
}

/** Upstream copies some Wikidata ids forward onto neighbouring rows; an id seen on two rows is dropped. */
function uniqueWikidata(rows: Row[]): Set<string> {
  const count = new Map<string, number>();
  for (const r of rows) if (r.wikidata_id) count.set(r.wikidata_id, (count.get(r.wikidata_id) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n === 1).map(([q]) => q));
}

function placeRows(cities: Row[]): Row[] {
  const all = [...cities.filter((r) => !ARAB_LEAGUE_PLUS.has(r.country_code)), ...menaCities()];
  const trusted = uniqueWikidata(all);
  const seen = new Set<string>();
  const out: Row[] = [];
  for (const r of all.filter(keepPlace)) {
    const key = `${r.country_code}:${r.name_ar}`;
    if (seen.has(key)) continue; // the same town listed as city and as admin seat
    seen.add(key);
    out.push({
      id: `geo:${r.id}`,
      name_ar: r.name_ar,
      variants_ar: '',
      name_en: r.name,
      country: r.country_code,
      kind: r.type === 'capital' ? 'capital' : 'city',
      population: Number(r.population) > 0 ? String(Number(r.population)) : '',
      wikidata: trusted.has(r.wikidata_id) ? r.wikidata_id : '',
      ambiguous: '',
    });
  }
  return out;
}

/**
 * places.reviewed.tsv rows: `id` matching a generated row overrides it (a `drop` kind deletes it);
 * a new id adds a place, unless upstream has the same name in the same country (then it merges into that row). Then ambiguity flags: a reviewed flag wins; then the hand-written word list;
 * then `country` when the name is also a country's name or demonym; then `multi` when places in several
 * countries share the (lightly folded) name.
 */
function buildPlaces(cities: Row[], countries: Row[]): void {
  const rows = new Map(placeRows(cities).map((r) => [r.id, r]));
  const reviewedRows = readTsv(path.join(outDir, 'places.reviewed.tsv'));
  const dropped = new Set(reviewedRows.filter((r) => r.kind === 'drop').map((r) => r.id));
  const reviewed = reviewedRows.map((r) => attachToGenerated(r, rows, dropped));
  mergeReviewed(rows, reviewed, PLACE_COLUMNS, 'id');
  for (const [id, r] of rows) if (r.kind === 'drop') rows.delete(id);
  flagAmbiguous([...rows.values()], countries);
  writeTsv(
    path.join(outDir, 'places.tsv'),
    [
      `Cities, capitals and regions with Arabic names. GENERATED by scripts/build-gazetteer.ts on ${today}`,
      '— do not edit; edit places.reviewed.tsv and rerun `npm run build:gazetteer`.',
      'Columns: id (geo:<dr5hn id> or a reviewed slug); name_ar; variants_ar (`|`-separated); name_en;',
      'country = ISO alpha-2; kind = capital|city|region; population (empty = unknown); wikidata (kept only when',
      'upstream gives the id to a single row); ambiguous = empty if safe to match, else why not:',
      'word (also a common Arabic word) | name (also a common personal name) — both from place-ambiguous-words.tsv;',
      'country (also a country name or demonym) | multi (same name, places in several countries).',
      `Selection: populated places (capital, PPLA seats, cities) with an Arabic name, population >= ${MIN_POP_MENA}`,
      `in the Arab League states, IL, IR, TR; >= ${MIN_POP_WORLD} elsewhere; all capitals.`,
      'Sources: dr5hn/countries-states-cities-database 7fda0af, cities_world_major.tsv and cities-mena/*.json',
      '(ODbL 1.0 / DbCL; GeoNames/Wikidata based), merged with places.reviewed.tsv (hand-written and reviewed by',
      'Marsad: world capitals missing upstream, regions, fixes). This derived database is licensed ODbL 1.0.',
    ],
    PLACE_COLUMNS,
    [...rows.values()].sort(
      (a, b) => a.country.localeCompare(b.country) || Number(b.population || 0) - Number(a.population || 0),
    ),
  );
}

/**
 * A reviewed addition naming a place upstream already has (same country and name) enriches that row — unless the
 * reviewed file drops that row (a duplicate), which must not take the addition with it (rv:hodeidah).
 */
function attachToGenerated(r: Row, rows: Map<string, Row>, dropped: ReadonlySet<string>): Row {
  if (rows.has(r.id)) return r;
  for (const g of rows.values()) {
    if (dropped.has(g.id)) continue;
    if (g.country === r.country && fold(g.name_ar) === fold(r.name_ar)) return { ...r, id: g.id };
  }
  return r;
}

/** A light fold for grouping names (the runtime uses src/arabic/normalize.ts for matching). */
function fold(s: string): string {
  return s
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .trim();
}

function flagAmbiguous(rows: Row[], countries: Row[]): void {
  const commonWords = new Map(
    readTsv(path.join(outDir, 'place-ambiguous-words.tsv')).map((w) => [fold(w.word).replace(/^ال/, ''), w.reason]),
  );
  const countryNames = new Set(
    countries.flatMap((c) => [c.name_ar, ...splitList(c.variants_ar), ...splitList(c.demonyms_ar)]).map(fold),
  );
  const byName = new Map<string, Set<string>>();
  for (const r of rows) {
    const k = fold(r.name_ar);
    byName.set(k, (byName.get(k) ?? new Set()).add(r.country));
  }
  for (const r of rows) {
    if (r.ambiguous) continue;
    const k = fold(r.name_ar);
    const word = commonWords.get(k.replace(/^ال/, ''));
    if (word) r.ambiguous = word;
    else if (countryNames.has(k)) r.ambiguous = 'country';
    else if ((byName.get(k)?.size ?? 0) > 1) r.ambiguous = 'multi';
  }
}

// ---------- main ----------

function main(): void {
  if (process.argv.includes('--index')) {
    compileIndex();
    return;
  }
  if (!existsSync(upstream)) {
    console.error(`build-gazetteer: upstream data not found at ${upstream} (set MARSAD_SHARED).`);
    process.exit(1);
  }
  const cities = readTsv(path.join(upstream, 'dr5hn-countries-states-cities/cities_world_major.tsv'));
  buildCountries(cities);
  buildPlaces(cities, readTsv(path.join(outDir, 'countries.tsv')));
  compileIndex();
}

function compileIndex(): void {
  const index = writeIndex(outDir);
  console.log(
    `build-gazetteer: ${path.join(outDir, INDEX_FILE)} (${index.entries.length} entries, ${index.names.length} names)`,
  );
}

main();
