// What the linker's passes ask of every token, answered in one pass over the tokens: whether the token (whole or
// without its clitics) starts a gazetteer key or role, and what its clitic-free word is among the cue lists (title
// start, competition start, honorific, country group, place descriptor). Each pass used to look its words up in its
// own Set or Map; one table of every such word, behind one Bloom filter, answers all of them with one probe per form
// (the filter rules out most words), so fewer tables are touched and the other stages keep more of the CPU caches.
import type { Cues } from './cues.js';
import { type Gazetteer, nameKey } from './gazetteer.js';
import type { TokenForms } from './spans.js';
import { WordFilter } from './word-filter.js';

/** The whole token starts some gazetteer key. */
export const WHOLE_START = 1;
/** Its clitic-free head does. */
export const HEAD_START = 2;
export const KEY_START = WHOLE_START | HEAD_START;
/** Either starts a role title or template head. */
export const ROLE_START = 4;
/** Flags of the clitic-free word (wordOf) from Cues.wordFlags. */
export const TITLE_START = 8;
export const EVENT_START = 16;
export const HONORIFIC = 32;
export const COUNTRY_GROUP = 64;
export const PLACE_DESCRIPTOR = 128;
/** The clitic-free word is «وزارة» (ministries.ts) or «مجلس» (legislatures.ts). */
export const MINISTRY_WORD = 256;
export const COUNCIL_WORD = 512;
const MINISTRY = nameKey('وزارة');
const COUNCIL = nameKey('مجلس');
/** The whole token starts a ship's prefix (vessels.ts). */
export const VESSEL_START = 1024;
/**
 * The token may start a name once a glued letter is peeled (Gazetteer.gluedHead: «لوكالة الأنباء الفرنسية»): set for a
 * numbered word whose glued head is known to exist, and for every token with no word id (not known, so not ruled out).
 */
export const GLUED_NAME = 2048;

/** Flags of each token of an article, by token index. */
export type TokenFlags = Uint16Array;

/** Cue-list flags of a word key: built once with the cues. */
export function cueWordFlags(cues: Omit<Cues, 'wordFlags'>): Map<string, number> {
  const flags = new Map<string, number>();
  const mark = (word: string, flag: number) => flags.set(word, (flags.get(word) ?? 0) | flag);
  for (const word of cues.titleStarts) mark(word, TITLE_START);
  for (const word of cues.eventStarts) mark(word, EVENT_START);
  for (const word of cues.honorifics) mark(word, HONORIFIC);
  for (const word of cues.countryGroups.keys()) mark(word, COUNTRY_GROUP);
  for (const [word, type] of cues.descriptors) if (type === 'LOC') mark(word, PLACE_DESCRIPTOR);
  for (const [first] of cues.vesselPrefixes) mark(first, VESSEL_START);
  mark(MINISTRY, MINISTRY_WORD);
  mark(COUNCIL, COUNCIL_WORD);
  return flags;
}

/** In a WordTable, a word's own flags: it starts a key (as WHOLE_START), a role (ROLE_START), and its cue flags. */
const STARTS_KEY = WHOLE_START;
const CUE_FLAGS =
  TITLE_START | EVENT_START | HONORIFIC | COUNTRY_GROUP | PLACE_DESCRIPTOR | MINISTRY_WORD | COUNCIL_WORD;
/** Flags of the whole token only. */
const WHOLE_FLAGS = VESSEL_START;

interface WordTable {
  flags: Map<string, number>;
  filter: WordFilter;
  /** Gazetteer.startWordsVersion when the table was made. */
  version: number;
}

/** One table per gazetteer and cue lists (the defaults are loaded once per process). */
const tables = new WeakMap<Gazetteer, WeakMap<Cues, WordTable>>();

function wordTable(g: Gazetteer, cues: Cues): WordTable {
  let byCues = tables.get(g);
  if (!byCues) {
    byCues = new WeakMap();
    tables.set(g, byCues);
  }
  const cached = byCues.get(cues);
  if (cached && cached.version === g.startWordsVersion) return cached;
  const table = buildWordTable(g, cues);
  byCues.set(cues, table);
  return table;
}

function buildWordTable(g: Gazetteer, cues: Cues): WordTable {
  const flags = new Map(cues.wordFlags);
  const mark = (word: string, flag: number) => flags.set(word, (flags.get(word) ?? 0) | flag);
  for (const word of g.keyStartWords()) mark(word, STARTS_KEY);
  for (const word of g.roleStartWords()) mark(word, ROLE_START);
  return { flags, filter: new WordFilter(flags.keys()), version: g.startWordsVersion };
}

function wordFlagsOf(table: WordTable, word: string): number {
  return table.filter.mayHave(word) ? (table.flags.get(word) ?? 0) : 0;
}

/** The flags of every token of the article. */
export function tokenFlags(g: Gazetteer, cues: Cues, forms: TokenForms): TokenFlags {
  const table = wordTable(g, cues);
  const { norms, heads, ids, words } = forms;
  const flags = new Uint16Array(norms.length);
  for (let i = 0; i < norms.length; i++) {
    // A written word's flags are the same in every article (for one table): kept by the word's id.
    const id = ids[i];
    if (words && id >= 0 && words.flagsTable[id] === table) {
      flags[i] = words.flags[id];
      continue;
    }
    const f = formFlags(table, norms[i], heads[i]);
    if (!words || id < 0) {
      flags[i] = f | GLUED_NAME;
      continue;
    }
    const glued = words.bare[id] ? g.gluedHead(norms[i]) : undefined;
    flags[i] = glued ? f | GLUED_NAME : f;
    words.flags[id] = flags[i];
    words.flagsTable[id] = table;
    words.wholeNode[id] = f & WHOLE_START ? g.startNode(norms[i]) : undefined;
    words.headNode[id] = f & HEAD_START ? g.startNode(heads[i]) : undefined;
    words.gluedHead[id] = glued;
  }
  return flags;
}

/** The flags of a token of normalized form `norm` and clitic-free head `head` ('' for none). */
function formFlags(table: WordTable, norm: string, head: string): number {
  const whole = wordFlagsOf(table, norm);
  const bare = head === '' ? 0 : wordFlagsOf(table, head);
  let f = (whole & STARTS_KEY ? WHOLE_START : 0) | (bare & STARTS_KEY ? HEAD_START : 0);
  // A role start counts only for a token that starts some key (role keys are keys).
  if (f !== 0) f |= (whole | bare) & ROLE_START;
  return f | ((head === '' ? whole : bare) & CUE_FLAGS) | (whole & WHOLE_FLAGS);
}
