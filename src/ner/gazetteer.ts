// Gazetteer membership as tagger features, from data/ner/gazetteer.tsv: a snapshot of the project's gazetteer
// (countries with variants, demonyms, capitals and metonyms; cities and regions; officeholders; organizations)
// taken when the model was trained, so that the linker's growing lists do not shift the tagger's input
// (scripts/build-ner-gazetteer.ts). Multi-word names are matched as token sequences, on normalized forms and on
// clitic-stripped stems, so "لروسيا" and "والولايات المتحدة" match too.
// (ANERGazet is not used: its licence is unknown and the model would need the lists at run time.)
import { readTsv } from '../arabic/data.js';
import { tokenize } from '../arabic/tokenize.js';

/** What a gazetteer phrase is; a token inside a match gets `B-<kind>` or `I-<kind>`. */
export type GazetteerKind =
  | 'COUNTRY'
  | 'DEMONYM'
  | 'METONYM'
  | 'CAPITAL'
  | 'CITY'
  | 'REGION'
  | 'AMBIGUOUS'
  | 'PERSON'
  | 'ORGANIZATION';

const MAX_PHRASE_TOKENS = 5;

export interface Gazetteer {
  /** Phrase key (token keys joined by a space) → kind. */
  phrases: Map<string, GazetteerKind>;
  /** Every proper prefix of a phrase key, to stop extending a match early. */
  prefixes: Set<string>;
}

/** The keys a phrase or a text is matched on: normalized forms, and clitic-stripped stems. */
function phraseKeys(text: string): string[] {
  const tokens = tokenize(text).filter((t) => t.kind !== 'punct');
  if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return [];
  const norms = tokens.map((t) => t.norm).join(' ');
  const stems = tokens.map((t) => t.stem).join(' ');
  return norms === stems ? [norms] : [norms, stems];
}

function add(gazetteer: Gazetteer, name: string, kind: GazetteerKind): void {
  if (name.trim() === '') return;
  for (const key of phraseKeys(name)) {
    if (!gazetteer.phrases.has(key)) gazetteer.phrases.set(key, kind);
    const parts = key.split(' ');
    for (let n = 1; n < parts.length; n++) gazetteer.prefixes.add(parts.slice(0, n).join(' '));
  }
}

let loaded: Gazetteer | null = null;

/** The names of data/ner/gazetteer.tsv with their kinds, in file order (see scripts/build-ner-gazetteer.ts). */
export function nerGazetteerNames(): [string, GazetteerKind][] {
  const [, ...rows] = readTsv('ner/gazetteer.tsv');
  return rows.map(([name, kind]) => [name, kind as GazetteerKind]);
}

export function nerGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const gazetteer: Gazetteer = { phrases: new Map(), prefixes: new Set() };
  for (const [name, kind] of nerGazetteerNames()) add(gazetteer, name, kind);
  loaded = gazetteer;
  return gazetteer;
}

/** Per token: the gazetteer tag ('B-COUNTRY', 'I-CITY', …) of the longest match covering it, or ''. */
export function gazetteerTags(
  norms: readonly string[],
  stems: readonly string[],
  gazetteer = nerGazetteer(),
): string[] {
  const tags = new Array<string>(norms.length).fill('');
  forEachMatch(norms, stems, gazetteer, (start, length, kind) => {
    for (let k = start; k < start + length; k++) tags[k] = `${k === start ? 'B' : 'I'}-${kind}`;
  });
  return tags;
}

/**
 * Calls `found` for each gazetteer name in a token sequence, left to right: at each token the longest name
 * starting there, on normalized forms, else on stems; the next search starts after it.
 */
export function forEachMatch(
  norms: readonly string[],
  stems: readonly string[],
  gazetteer: Gazetteer,
  found: (start: number, length: number, kind: GazetteerKind) => void,
  /** Per token, whether its form or stem is a name or the start of one (`startsName`), if known: a fast skip. */
  starts?: Uint8Array,
): void {
  let i = 0;
  while (i < norms.length) {
    if (starts !== undefined && starts[i] === 0) {
      i++;
      continue;
    }
    let length = longestMatch(norms, i, gazetteer);
    // On stems only where they differ, or where the form starts a longer name (the next stems may differ).
    if (length === 0 && (stems[i] !== norms[i] || gazetteer.prefixes.has(norms[i])))
      length = longestMatch(stems, i, gazetteer);
    if (length === 0) {
      i++;
      continue;
    }
    found(i, length, lastKind);
    i += length;
  }
}

/** Whether a word (its normalized form or its stem) is a gazetteer name or the first token of one. */
export function startsName(norm: string, stem: string, gazetteer = nerGazetteer()): boolean {
  const { phrases, prefixes } = gazetteer;
  return phrases.has(norm) || prefixes.has(norm) || (stem !== norm && (phrases.has(stem) || prefixes.has(stem)));
}

/** The kind of the match `longestMatch` last found (kept apart so that the search allocates nothing). */
let lastKind: GazetteerKind = 'COUNTRY';

/** The length in tokens of the longest name starting at `start` (0: none); its kind is left in `lastKind`. */
function longestMatch(keys: readonly string[], start: number, gazetteer: Gazetteer): number {
  let best = 0;
  let key = '';
  for (let n = 1; n <= MAX_PHRASE_TOKENS && start + n <= keys.length; n++) {
    key = n === 1 ? keys[start] : `${key} ${keys[start + n - 1]}`;
    const kind = gazetteer.phrases.get(key);
    if (kind) {
      best = n;
      lastKind = kind;
    }
    if (!gazetteer.prefixes.has(key)) break;
  }
  return best;
}
