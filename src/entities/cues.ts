// Word lists the linker reads beside the gazetteer: descriptor nouns written before names
// (data/gazetteer/descriptors.tsv), title heads for apposition (data/gazetteer/titles.tsv), honorifics before
// person names (data/gazetteer/honorifics.tsv), words naming several countries (data/gazetteer/country-groups.tsv),
// competition names that contain a place (data/gazetteer/event-names.tsv), country names that are also words
// (data/gazetteer/country-words.tsv), nouns of works (data/gazetteer/work-nouns.tsv) and the time stage's month
// names (data/time/months.tsv), all as normalized keys (nameKey), loaded once per process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataPath } from '../arabic/data.js';
import { MarsadError } from '../doc/errors.js';
import { nameKey } from './gazetteer.js';
import { cueWordFlags } from './token-flags.js';

/**
 * What a descriptor noun describes: an organization or place it is not part of, a facility it names, or an
 * organization whose name it opens and is part of («مصرف الراجحي», «بنك مصر»: never trimmed).
 */
export type DescriptorType = 'ORG' | 'LOC' | 'FAC' | 'ORGNAME';

/**
 * Whether a title head names a person (an officeholder) or an institution; a `body` head («مجلس», «المحكمة») names
 * an institution only with a word between it and the country («مجلس الشيوخ الأمريكي»), since «الشرطة الألمانية»
 * alone is a description, not a name. A `descriptor` head is an occupation («اللاعب», «الصحفي»): with a demonym it
 * only tells the country of the person beside it.
 */
export type TitleKind = 'person' | 'org' | 'body' | 'descriptor';

export interface Cues {
  /** Descriptor word key → what it describes. */
  descriptors: Map<string, DescriptorType>;
  /** Company nouns (descriptors.tsv column person_after = org): a person's name right after one is the company. */
  companyNouns: Set<string>;
  /** Descriptors trimmed only where the gazetteer's own name of the entry does not start with them (`in_own_name`). */
  ownNameNouns: Set<string>;
  /** Organization names parties of several countries share (country-bound-names.tsv), by key. */
  countryBoundNames: Set<string>;
  /** Title head keys (one or more words each) → kind. */
  titles: Map<string, TitleKind>;
  /** Person title heads that designate one officeholder with no name beside them (titles.tsv `alone`). */
  aloneTitles: Set<string>;
  /** The longest title head in words. */
  maxTitleWords: number;
  /** First words of the title heads, so a scan can skip other tokens at once. */
  titleStarts: Set<string>;
  /** Honorific and rank keys written before a person's name (data/gazetteer/honorifics.tsv). */
  honorifics: Set<string>;
  /** Two-word honorifics («آية الله»): the first word's key → the second's. */
  honorificPairs: Map<string, string>;
  /** Word keys naming several countries at once («الكوريتين» → KR, KP). */
  countryGroups: Map<string, string[]>;
  /** The last GROUP_ENDING letters of those keys, so a scan skips other words without a lookup. */
  countryGroupEndings: string[];
  /** Competition name keys («دوري أبطال اوروبا»): the places inside them are no mentions. */
  eventNames: Set<string>;
  /** One-word rows of that file: nouns after which a place names an event («معركة الرقة»; event-places.ts). */
  eventNouns: Set<string>;
  /** First words of those keys, and the longest in words, so a scan can skip other tokens at once. */
  eventStarts: Set<string>;
  maxEventWords: number;
  /** Gregorian month name keys (data/time/months.tsv): «نيسان» in «أبريل/نيسان» is a month, not a name. */
  months: Set<string>;
  /** Given names that open a two-part name, as written (data/gazetteer/name-openers.tsv): «علي» in «علي رضا تنكسيري». */
  nameOpeners: Set<string>;
  /** Keys of title heads posted to a receiving state or body (data/gazetteer/envoy-titles.tsv): «السفير … لدى لبنان». */
  envoyHeads: Set<string>;
  /** Keys of country names that are also common words (data/gazetteer/country-words.tsv): «مالي» = financial. */
  countryWords: Set<string>;
  /** Nouns that open an organization's name after a person title (data/gazetteer/org-openers.tsv). */
  orgOpeners: Set<string>;
  /** Nouns of works (data/gazetteer/work-nouns.tsv): a quoted name after one is a title, MISC. */
  workNouns: Set<string>;
  /** Nouns of models (data/gazetteer/model-nouns.tsv): a name after «من طراز» is a model, MISC. */
  modelNouns: Set<string>;
  /** Keys of religious titles before a figure's given name (data/gazetteer/religious-titles.tsv): «النبي». */
  religiousTitles: Set<string>;
  /** … those marked `regnal`, after which the one word is the name taken on office («البابا»). */
  regnalTitles: Set<string>;
  /** Keys of nouns before a tribe's or clan's name (data/gazetteer/group-nouns.tsv, kind `before`): «قبيلة». */
  groupNouns: Set<string>;
  /** … the duals among them, which name two tribes (kind `pair`): «قبيلتي نهم وأرحب». */
  groupPairNouns: Set<string>;
  /** Words, as written, that open a family's or tribe's own name (group-nouns.tsv, kind `opens`): «آل» (its key is
   * the article's «ال»). */
  groupOpeners: Set<string>;
  /** Keys of nouns a movement named after its leader opens (group-nouns.tsv, kind `movement`): «جماعة غولن». */
  movementNouns: Set<string>;
  /** Keys of nouns of relation between persons (data/gazetteer/relation-nouns.tsv): «حليف» ends a person's name. */
  relationNouns: Set<string>;
  /** Countries whose people news names family name first (data/gazetteer/family-name-first.tsv): «كيم» is Kim Jong Un. */
  familyNameFirst: Set<string>;
  /** Keys of given names beginning with «و» (data/gazetteer/waw-names.tsv): «وليد» is no «و» + a second person. */
  wawNames: Set<string>;
  /** Keys of words right after a facility's name that belong to it (data/gazetteer/facility-words.tsv, kind
   * `qualifier`): «مطار بيروت الدولي», «نهر النيل الأزرق». */
  facilityQualifiers: Set<string>;
  /** Keys of kinds of court between «محكمة» and its seat (facility-words.tsv, kind `court`): «محكمة جنايات القاهرة». */
  courtKinds: Set<string>;
  /** Navy ships' prefixes (data/gazetteer/vessel-prefixes.tsv), each as its normalized words: «يو إس إس» (vessels.ts). */
  vesselPrefixes: string[][];
  /** Word key → the token-flags.ts flags it sets (title start, honorific, …): one lookup per token for all lists. */
  wordFlags: Map<string, number>;
}

const GROUP_ENDING = 3;

/** Rows of a TSV with a header line of column names (skipped). */
function rows(file: string): string[][] {
  return readLines(file)
    .slice(1)
    .map((l) => l.split('\t').map((c) => c.trim()));
}

/**
 * The kinds of group-nouns.tsv: nouns before a tribe's name, words opening a family's name, nouns before a movement's
 * leader.
 */
function groupWords(table: string[][]): {
  groupNouns: Set<string>;
  groupPairNouns: Set<string>;
  groupOpeners: Set<string>;
  movementNouns: Set<string>;
} {
  const groupNouns = new Set<string>();
  const groupPairNouns = new Set<string>();
  const groupOpeners = new Set<string>();
  const movementNouns = new Set<string>();
  for (const [word, kind] of table) {
    const key = nameKey(word);
    if (kind === 'opens') groupOpeners.add(word);
    else if (kind === 'movement') movementNouns.add(key);
    else if (kind === 'before' || kind === 'pair') groupNouns.add(key);
    else throw new MarsadError(`group-nouns.tsv: bad kind "${kind}" for ${word}`, 'data');
    if (kind === 'pair') groupPairNouns.add(key);
  }
  return { groupNouns, groupPairNouns, groupOpeners, movementNouns };
}

/** The two kinds of facility-words.tsv: qualifiers after a facility's name, kinds of court before a court's seat. */
function facilityWords(table: string[][]): { facilityQualifiers: Set<string>; courtKinds: Set<string> } {
  const facilityQualifiers = new Set<string>();
  const courtKinds = new Set<string>();
  for (const [word, kind] of table) {
    if (kind === 'qualifier') facilityQualifiers.add(nameKey(word));
    else if (kind === 'court') courtKinds.add(nameKey(word));
    else throw new MarsadError(`facility-words.tsv: bad kind "${kind}" for ${word}`, 'data');
  }
  return { facilityQualifiers, courtKinds };
}

/** The first column of a cue table, as name keys: one set per word list. */
function keyColumn(dir: string, file: string): Set<string> {
  return new Set(rows(path.join(dir, file)).map(([word]) => nameKey(word)));
}

export function buildCues(dir: string): Cues {
  const descriptors = new Map<string, DescriptorType>();
  const companyNouns = new Set<string>();
  const ownNameNouns = new Set<string>();
  for (const [word, type, , personAfter, inOwnName] of rows(path.join(dir, 'descriptors.tsv'))) {
    if (type !== 'ORG' && type !== 'LOC' && type !== 'FAC' && type !== 'ORGNAME')
      throw new MarsadError(`descriptors.tsv: bad type "${type}" for ${word}`, 'data');
    descriptors.set(nameKey(word), type);
    if (personAfter === 'org') companyNouns.add(nameKey(word));
    if (inOwnName === 'keep') ownNameNouns.add(nameKey(word));
  }
  const titles = new Map<string, TitleKind>();
  let maxTitleWords = 0;
  const aloneTitles = new Set<string>();
  for (const [head, kind, , alone] of rows(path.join(dir, 'titles.tsv'))) {
    if (kind !== 'person' && kind !== 'org' && kind !== 'body' && kind !== 'descriptor')
      throw new MarsadError(`titles.tsv: bad kind "${kind}" for ${head}`, 'data');
    const key = nameKey(head);
    titles.set(key, kind);
    if (alone === 'yes') aloneTitles.add(key);
    maxTitleWords = Math.max(maxTitleWords, key.split(' ').length);
  }
  const titleStarts = new Set([...titles.keys()].map((key) => key.split(' ', 1)[0]));
  const honorificKeys = rows(path.join(dir, 'honorifics.tsv')).map(([word]) => nameKey(word));
  const honorifics = new Set(honorificKeys.filter((key) => !key.includes(' ')));
  const honorificPairs = new Map(
    honorificKeys.filter((key) => key.split(' ').length === 2).map((key) => key.split(' ') as [string, string]),
  );
  const countryGroups = new Map(
    rows(path.join(dir, 'country-groups.tsv')).map(([form, countries]) => [nameKey(form), countries.split('|')]),
  );
  const countryGroupEndings = [...new Set([...countryGroups.keys()].map((key) => key.slice(-GROUP_ENDING)))];
  const eventNames = keyColumn(dir, 'event-names.tsv');
  const cues = {
    eventNames,
    eventNouns: new Set([...eventNames].filter((key) => !key.includes(' '))),
    eventStarts: new Set([...eventNames].map((key) => key.split(' ', 1)[0])),
    maxEventWords: Math.max(0, ...[...eventNames].map((key) => key.split(' ').length)),
    descriptors,
    companyNouns,
    ownNameNouns,
    countryBoundNames: keyColumn(dir, 'country-bound-names.tsv'),
    titles,
    aloneTitles,
    maxTitleWords,
    titleStarts,
    honorifics,
    honorificPairs,
    countryGroups,
    countryGroupEndings,
    months: gregorianMonths(dir),
    nameOpeners: new Set(rows(path.join(dir, 'name-openers.tsv')).map(([name]) => name)),
    envoyHeads: keyColumn(dir, 'envoy-titles.tsv'),
    countryWords: keyColumn(dir, 'country-words.tsv'),
    orgOpeners: keyColumn(dir, 'org-openers.tsv'),
    workNouns: keyColumn(dir, 'work-nouns.tsv'),
    modelNouns: keyColumn(dir, 'model-nouns.tsv'),
    ...groupWords(rows(path.join(dir, 'group-nouns.tsv'))),
    ...facilityWords(rows(path.join(dir, 'facility-words.tsv'))),
    religiousTitles: keyColumn(dir, 'religious-titles.tsv'),
    regnalTitles: new Set(
      rows(path.join(dir, 'religious-titles.tsv'))
        .filter(([, , regnal]) => regnal === 'yes')
        .map(([word]) => nameKey(word)),
    ),
    relationNouns: keyColumn(dir, 'relation-nouns.tsv'),
    familyNameFirst: new Set(rows(path.join(dir, 'family-name-first.tsv')).map(([iso2]) => iso2)),
    wawNames: keyColumn(dir, 'waw-names.tsv'),
    vesselPrefixes: rows(path.join(dir, 'vessel-prefixes.tsv')).map(([prefix]) => nameKey(prefix).split(' ')),
  };
  return { ...cues, wordFlags: cueWordFlags(cues) };
}

/** The time stage's month lexicon (its header line is data, not column names: all rows are read). */
function gregorianMonths(gazetteerDir: string): Set<string> {
  const file = path.join(gazetteerDir, '..', 'time', 'months.tsv');
  const months = new Set<string>();
  for (const line of readLines(file)) {
    const [calendar, , name] = line.split('\t');
    if (calendar === 'gregorian' && name) months.add(nameKey(name));
  }
  return months;
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  } catch {
    throw new MarsadError(`entity cue file missing: ${file}`, 'data');
  }
}

let shared: Cues | null = null;

/** The cues of data/gazetteer, loaded once per process. */
export function loadCues(): Cues {
  shared ??= buildCues(dataPath('gazetteer'));
  return shared;
}
