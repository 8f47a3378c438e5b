// The gazetteer: countries, places, organizations and officeholders from data/gazetteer/*.tsv, compiled once per
// process into lookups by normalized name. Keys are token sequences: each name is split with the project
// tokenizer and each token normalized with normalizeForMatch, then joined by one space — so a linker can look up
// the `norm` (or `stem`) of consecutive document tokens and take the longest match.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataPath } from '../arabic/data.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import { scanTokens } from '../arabic/tokenize.js';
import { MarsadError } from '../doc/errors.js';

export type Role =
  | 'head_of_state'
  | 'head_of_government'
  | 'foreign_minister'
  | 'defence_minister'
  | 'monarch'
  | 'crown_prince'
  | 'leader'
  | 'other';

export const ROLES: readonly Role[] = [
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'defence_minister',
  'monarch',
  'crown_prince',
  'leader',
  'other',
];

export interface Country {
  kind: 'country';
  id: string; // = iso2
  iso2: string;
  iso3: string;
  nameAr: string;
  nameEn: string;
  officialAr: string;
  variantsAr: string[];
  demonymsAr: string[];
  capitalAr: string;
  capitalEn: string;
  metonymsAr: string[];
  wikidata?: string;
}

export interface Place {
  kind: 'place';
  id: string;
  nameAr: string;
  variantsAr: string[];
  nameEn: string;
  country: string;
  placeKind: 'capital' | 'city' | 'region';
  population?: number;
  wikidata?: string;
  /** Why the name is unsafe to match without context: word | name | country | multi; undefined if safe. */
  ambiguous?: string;
}

export interface Organization {
  kind: 'org';
  id: string;
  nameAr: string;
  variantsAr: string[];
  nameEn: string;
  acronymEn?: string;
  orgKind: string;
  country?: string;
  wikidata?: string;
}

export interface Term {
  role: Role;
  roleAr: string;
  country: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD as written in people.tsv. */
  start: string;
  /** null = in office as far as the data knows. */
  end: string | null;
}

export interface Person {
  kind: 'person';
  id: string;
  nameAr: string;
  variantsAr: string[];
  nameEn: string;
  country: string;
  wikidata?: string;
  terms: Term[];
}

export type GazetteerEntry = Country | Place | Organization | Person;

/** How a key reached an entry: its canonical name, a variant, or (countries) an indirect reference. */
export type MatchVia = 'name' | 'variant' | 'official' | 'demonym' | 'capital' | 'metonym';

export interface Candidate {
  entry: GazetteerEntry;
  via: MatchVia;
}

/** A match over token indexes [start, end) of the array given to matchAt. */
export interface NameMatch {
  start: number;
  end: number;
  key: string;
  candidates: Candidate[];
}

export interface RoleCue {
  role: Role;
  /** null when the phrase names no country («الأمين العام للأمم المتحدة» is matched by phrase only). */
  country: string | null;
  /** The normalized phrase, also the key of people's role_ar titles. */
  phrase: string;
}

export interface RoleMatch {
  start: number;
  end: number;
  cues: RoleCue[];
}

/** What fills a role template's slot: a demonym («الروسي») or a country name («روسيا»). */
export type RoleSlot = 'demonym' | 'country';

interface RoleHead {
  role: Role;
  slot: RoleSlot;
}

export interface OfficeHolder {
  person: Person;
  term: Term;
}

/** The normalized key of a name: tokenizer tokens, each normalized, joined by one space. */
export function nameKey(text: string): string {
  return keyTokens(text).join(' ');
}

/** Names made of Arabic letters and single spaces tokenize trivially; only the rest need the full scanner. */
const PLAIN_ARABIC_NAME =
  /^[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+(?: [\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+)*$/;

export function keyTokens(text: string): string[] {
  if (PLAIN_ARABIC_NAME.test(text)) return normalizeForMatch(text).split(' ');
  return scanTokens(text)
    .filter((t) => t.kind !== 'punct' || /[+&]/.test(text.slice(t.start, t.end)))
    .map((t) => normalizeForMatch(text.slice(t.start, t.end)));
}

export class Gazetteer {
  readonly countries = new Map<string, Country>();
  readonly places = new Map<string, Place>();
  readonly organizations = new Map<string, Organization>();
  readonly people = new Map<string, Person>();
  private readonly capitals = new Map<string, Place>();
  /** The longest name in tokens: a linker never needs to look further ahead. */
  maxNameTokens = 0;
  private readonly byKey = new Map<string, Candidate[]>();
  /** Titles written out in people.tsv (role_ar), by key. */
  private readonly roleTitles = new Map<string, RoleCue[]>();
  private maxTitleTokens = 0;
  /** Template heads («وزير الخارجية», «رئيس وزراء») by key, each waiting for a country slot after it. */
  private readonly roleHeads = new Map<string, RoleHead[]>();
  private maxHeadTokens = 0;
  private readonly holders = new Map<string, OfficeHolder[]>();
  /** Every proper prefix of every key (names, titles, role heads), so a scan stops as soon as nothing can match. */
  private readonly prefixes = new Set<string>();
  private readonly continues = (key: string) => this.prefixes.has(key);

  /** Entries whose name, variant, demonym, capital or metonym normalizes to the same key as `text`. */
  lookup(text: string): Candidate[] {
    return this.lookupKey(nameKey(text));
  }

  lookupKey(key: string): Candidate[] {
    return this.byKey.get(key) ?? [];
  }

  /**
   * The longest name starting at tokens[i] (tokens already normalized), or null. `head` replaces tokens[i], so a
   * caller can match the first word without its clitics («لروسيا» → «روسيا») without copying the array.
   */
  matchAt(tokens: readonly string[], i: number, head: string = tokens[i]): NameMatch | null {
    return longestMatch(
      tokens,
      i,
      head,
      this.maxNameTokens,
      (key) => this.byKey.get(key),
      this.continues,
      (key, end, candidates) => ({
        start: i,
        end,
        key,
        candidates,
      }),
    );
  }

  /** Greedy left-to-right longest matches that do not overlap. */
  matchAll(tokens: readonly string[]): NameMatch[] {
    const out: NameMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** Role cues a phrase expresses as a whole («الرئيس الأميركي» → head_of_state of US). */
  roleCuesFor(text: string): RoleCue[] {
    const tokens = keyTokens(text);
    const m = this.matchRoleAt(tokens, 0);
    return m && m.end === tokens.length ? m.cues : [];
  }

  /**
   * The longest role phrase starting at tokens[i], or null: a title from people.tsv, or a template head from
   * roles.tsv followed by a country in the slot's form (demonym for {adj}/{adjf}, a name for {country}).
   */
  matchRoleAt(tokens: readonly string[], i: number, head: string = tokens[i]): RoleMatch | null {
    let best = longestMatch(
      tokens,
      i,
      head,
      this.maxTitleTokens,
      (key) => this.roleTitles.get(key),
      this.continues,
      (_key, end, cues): RoleMatch => ({ start: i, end, cues }),
    );
    let headKey = '';
    for (let headEnd = i + 1; headEnd <= Math.min(tokens.length, i + this.maxHeadTokens); headEnd++) {
      headKey = headEnd === i + 1 ? head : `${headKey} ${tokens[headEnd - 1]}`;
      const heads = this.roleHeads.get(headKey);
      if (!heads && !this.prefixes.has(headKey)) break;
      const country = heads && headEnd < tokens.length ? this.matchAt(tokens, headEnd) : null;
      if (!heads || !country) continue;
      const cues = templateCues(heads, country, tokens.slice(i, country.end).join(' '));
      if (cues.length > 0 && (!best || country.end > best.end)) best = { start: i, end: country.end, cues };
    }
    return best;
  }

  /** Who held `role` for `country` on `date` (YYYY, YYYY-MM or YYYY-MM-DD). Usually one; two on a handover day. */
  peopleByRole(role: Role, country: string, date: string): OfficeHolder[] {
    const day = dateRange(date);
    return (this.holders.get(`${role}:${country}`) ?? []).filter(({ term }) => termCovers(term, day));
  }

  /** Officeholders a role phrase designates at a date: by (role, country) and by titles written in people.tsv. */
  resolveRole(text: string, date: string): OfficeHolder[] {
    return this.holdersForCues(this.roleCuesFor(text), date);
  }

  /**
   * Officeholders the cues designate at `date`, or, when the date is null, the latest holder of each cue's office
   * (the one whose term started last).
   */
  holdersForCues(cues: readonly RoleCue[], date: string | null): OfficeHolder[] {
    const day = date === null ? null : dateRange(date);
    const out = new Map<string, OfficeHolder>();
    for (const cue of cues) {
      const all = this.holders.get(cue.country ? `${cue.role}:${cue.country}` : `title:${cue.phrase}`) ?? [];
      const found = day ? all.filter(({ term }) => termCovers(term, day)) : latestTerms(all);
      for (const h of found) out.set(`${h.person.id}:${h.term.start}`, h);
    }
    return [...out.values()];
  }

  /** The country's capital as a place entry, when places.tsv has it. */
  capitalOf(iso2: string): Place | undefined {
    return this.capitals.get(iso2);
  }

  // ---- building ----

  addCandidate(name: string, entry: GazetteerEntry, via: MatchVia): void {
    const tokens = keyTokens(name);
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    const list = this.byKey.get(key) ?? [];
    if (list.some((c) => c.entry === entry)) return; // keep the first, most direct, way of reaching it
    list.push({ entry, via });
    this.byKey.set(key, list);
    this.maxNameTokens = Math.max(this.maxNameTokens, tokens.length);
    this.notePrefixes(tokens);
  }

  addRoleTitle(title: string, role: Role, country: string | null): void {
    const tokens = keyTokens(title);
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    const list = this.roleTitles.get(key) ?? [];
    if (!list.some((c) => c.role === role && c.country === country)) list.push({ role, country, phrase: key });
    this.roleTitles.set(key, list);
    this.maxTitleTokens = Math.max(this.maxTitleTokens, tokens.length);
    this.notePrefixes(tokens);
  }

  addRoleHead(head: string, role: Role, slot: RoleSlot): void {
    const tokens = keyTokens(head);
    const key = tokens.join(' ');
    this.roleHeads.set(key, [...(this.roleHeads.get(key) ?? []), { role, slot }]);
    this.maxHeadTokens = Math.max(this.maxHeadTokens, tokens.length);
    this.notePrefixes(tokens);
  }

  private notePrefixes(tokens: string[]): void {
    for (let n = 1; n < tokens.length; n++) this.prefixes.add(tokens.slice(0, n).join(' '));
  }

  addPlace(place: Place): void {
    this.places.set(place.id, place);
    this.addCandidate(place.nameAr, place, 'name');
    for (const v of place.variantsAr) this.addCandidate(v, place, 'variant');
  }

  /** Links each country to its capital's place entry (by the capital's Arabic name, else its English name). */
  indexCapitals(): void {
    for (const country of this.countries.values()) {
      const byName = this.lookup(country.capitalAr).find(
        (c) => c.entry.kind === 'place' && c.entry.country === country.iso2,
      )?.entry as Place | undefined;
      const capital =
        byName ?? [...this.places.values()].find((p) => p.country === country.iso2 && p.nameEn === country.capitalEn);
      if (capital) this.capitals.set(country.iso2, capital);
    }
  }

  addHolder(person: Person, term: Term): void {
    for (const key of [`${term.role}:${term.country}`, `title:${nameKey(term.roleAr)}`]) {
      const list = this.holders.get(key) ?? [];
      list.push({ person, term });
      this.holders.set(key, list);
    }
  }
}

const COUNTRY_NAME_VIA = new Set<MatchVia>(['name', 'variant', 'official']);

/** Cues for a template head followed by a country match, keeping candidates whose form fits the slot. */
function templateCues(heads: RoleHead[], country: NameMatch, phrase: string): RoleCue[] {
  const cues: RoleCue[] = [];
  for (const head of heads) {
    for (const c of country.candidates) {
      if (c.entry.kind !== 'country') continue;
      const fits = head.slot === 'demonym' ? c.via === 'demonym' : COUNTRY_NAME_VIA.has(c.via);
      if (fits) cues.push({ role: head.role, country: c.entry.iso2, phrase });
    }
  }
  return cues;
}

function longestMatch<T, R>(
  tokens: readonly string[],
  i: number,
  head: string,
  maxLen: number,
  get: (key: string) => T | undefined,
  continues: (key: string) => boolean,
  make: (key: string, end: number, value: T) => R,
): R | null {
  const last = Math.min(tokens.length, i + maxLen);
  let key = '';
  let best: R | null = null;
  for (let end = i + 1; end <= last; end++) {
    key = end === i + 1 ? head : `${key} ${tokens[end - 1]}`;
    const value = get(key);
    if (value) best = make(key, end, value);
    else if (!continues(key)) break;
  }
  return best;
}

// ---- dates ----

interface DayRange {
  first: string;
  last: string;
}

/** A partial date as the range of days it covers: 2016 → 2016-01-01..2016-12-31. */
function dateRange(date: string): DayRange {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date))
    throw new MarsadError(`invalid date "${date}" (expected YYYY[-MM[-DD]])`);
  if (date.length === 10) return { first: date, last: date };
  if (date.length === 7) return { first: `${date}-01`, last: `${date}-31` };
  return { first: `${date}-01-01`, last: `${date}-12-31` };
}

/** The holders whose term started last (several only when they started the same day). */
function latestTerms(holders: readonly OfficeHolder[]): OfficeHolder[] {
  const starts = holders.map((h) => dateRange(h.term.start).first).sort();
  const latest = starts.at(-1);
  return holders.filter((h) => dateRange(h.term.start).first === latest);
}

/** A term covers a date when they overlap; a term's end day is its successor's first day, so it is excluded. */
function termCovers(term: Term, day: DayRange): boolean {
  const start = dateRange(term.start).first;
  if (day.last < start) return false;
  if (term.end === null) return true;
  const end = dateRange(term.end);
  return term.end.length === 10 ? day.first < end.first : day.first <= end.last;
}

// ---- loading ----

type Row = Record<string, string>;

function readTsv(file: string, required: readonly string[]): Row[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new MarsadError(`gazetteer file missing: ${file}`, 'data');
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = (lines[0] ?? '').split('\t');
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new MarsadError(`${file}: missing columns ${missing.join(', ')}`, 'data');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

function list(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

function optional(cell: string): string | undefined {
  return cell === '' ? undefined : cell;
}

export const COUNTRY_COLUMNS = [
  'iso2',
  'iso3',
  'name_ar',
  'name_en',
  'official_ar',
  'variants_ar',
  'demonyms_ar',
  'capital_ar',
  'capital_en',
  'metonyms_ar',
  'wikidata',
] as const;
export const PLACE_COLUMNS = [
  'id',
  'name_ar',
  'variants_ar',
  'name_en',
  'country',
  'kind',
  'population',
  'wikidata',
  'ambiguous',
] as const;
export const ORG_COLUMNS = [
  'id',
  'name_ar',
  'variants_ar',
  'name_en',
  'acronym_en',
  'kind',
  'country',
  'wikidata',
] as const;
export const PEOPLE_COLUMNS = [
  'id',
  'name_ar',
  'variants_ar',
  'name_en',
  'country',
  'role',
  'role_ar',
  'start',
  'end',
  'wikidata',
] as const;

function loadCountries(g: Gazetteer, dir: string): void {
  for (const r of readTsv(path.join(dir, 'countries.tsv'), COUNTRY_COLUMNS)) {
    const c: Country = {
      kind: 'country',
      id: r.iso2,
      iso2: r.iso2,
      iso3: r.iso3,
      nameAr: r.name_ar,
      nameEn: r.name_en,
      officialAr: r.official_ar,
      variantsAr: list(r.variants_ar),
      demonymsAr: list(r.demonyms_ar),
      capitalAr: r.capital_ar,
      capitalEn: r.capital_en,
      metonymsAr: list(r.metonyms_ar),
      wikidata: optional(r.wikidata),
    };
    g.countries.set(c.iso2, c);
    g.addCandidate(c.nameAr, c, 'name');
    for (const v of c.variantsAr) g.addCandidate(v, c, 'variant');
    if (c.officialAr) g.addCandidate(c.officialAr, c, 'official');
    for (const d of c.demonymsAr) g.addCandidate(d, c, 'demonym');
    if (c.capitalAr) g.addCandidate(c.capitalAr, c, 'capital');
    for (const m of c.metonymsAr) g.addCandidate(m, c, 'metonym');
  }
}

function loadPlaces(g: Gazetteer, dir: string): void {
  for (const r of readTsv(path.join(dir, 'places.tsv'), PLACE_COLUMNS)) {
    const p: Place = {
      kind: 'place',
      id: r.id,
      nameAr: r.name_ar,
      variantsAr: list(r.variants_ar),
      nameEn: r.name_en,
      country: r.country,
      placeKind: r.kind as Place['placeKind'],
      population: r.population ? Number(r.population) : undefined,
      wikidata: optional(r.wikidata),
      ambiguous: optional(r.ambiguous),
    };
    g.addPlace(p);
  }
}

const LATIN_ACRONYM = /^[A-Z]{2,6}$/;

function loadOrganizations(g: Gazetteer, dir: string): void {
  for (const r of readTsv(path.join(dir, 'organizations.tsv'), ORG_COLUMNS)) {
    const o: Organization = {
      kind: 'org',
      id: r.id,
      nameAr: r.name_ar,
      variantsAr: list(r.variants_ar),
      nameEn: r.name_en,
      acronymEn: optional(r.acronym_en),
      orgKind: r.kind,
      country: optional(r.country),
      wikidata: optional(r.wikidata),
    };
    g.organizations.set(o.id, o);
    g.addCandidate(o.nameAr, o, 'name');
    for (const v of o.variantsAr) g.addCandidate(v, o, 'variant');
    // Arabic news writes some acronyms in Latin letters («(CNN)», «الـBBC»); an all-capitals name is one too.
    for (const latin of [o.acronymEn, o.nameEn])
      if (latin && LATIN_ACRONYM.test(latin)) g.addCandidate(latin, o, 'variant');
  }
}

function loadPeople(g: Gazetteer, dir: string): void {
  for (const r of readTsv(path.join(dir, 'people.tsv'), PEOPLE_COLUMNS)) {
    let p = g.people.get(r.id);
    if (!p) {
      p = {
        kind: 'person',
        id: r.id,
        nameAr: r.name_ar,
        variantsAr: list(r.variants_ar),
        nameEn: r.name_en,
        country: r.country,
        wikidata: optional(r.wikidata),
        terms: [],
      };
      g.people.set(p.id, p);
      g.addCandidate(p.nameAr, p, 'name');
      for (const v of p.variantsAr) g.addCandidate(v, p, 'variant');
    }
    const term: Term = {
      role: r.role as Role,
      roleAr: r.role_ar,
      country: r.country,
      start: r.start,
      end: optional(r.end) ?? null,
    };
    p.terms.push(term);
    g.addHolder(p, term);
    if (r.role_ar) g.addRoleTitle(r.role_ar, term.role, term.role === 'other' ? null : term.country);
  }
}

function loadRoleTemplates(g: Gazetteer, dir: string): void {
  for (const t of readTsv(path.join(dir, 'roles.tsv'), ['role', 'template'])) {
    const m = /^(.+) \{(adj|adjf|country)\}$/.exec(t.template);
    if (!m)
      throw new MarsadError(`roles.tsv: template must end with {adj}, {adjf} or {country}: ${t.template}`, 'data');
    g.addRoleHead(m[1], t.role as Role, m[2] === 'country' ? 'country' : 'demonym');
  }
}

const defaultDir = dataPath('gazetteer');

/** Builds a gazetteer from the TSV files in `dir` (not cached; use loadGazetteer for the shared instance). */
export function buildGazetteer(dir: string = defaultDir): Gazetteer {
  const g = new Gazetteer();
  loadCountries(g, dir);
  loadPlaces(g, dir);
  g.indexCapitals();
  loadOrganizations(g, dir);
  loadPeople(g, dir);
  loadRoleTemplates(g, dir);
  return g;
}

const cache = new Map<string, Gazetteer>();

/** The gazetteer of `dir` (default data/gazetteer), loaded once per process. */
export function loadGazetteer(dir: string = defaultDir): Gazetteer {
  const key = path.resolve(dir);
  let g = cache.get(key);
  if (!g) {
    g = buildGazetteer(key);
    cache.set(key, g);
  }
  return g;
}
