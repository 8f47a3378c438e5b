// The event knowledge in data/events, loaded once per process: the CAMEO codebook, the CAMEO → PLOVER map, the
// trigger lexicon (compiled into a lookup of inflected, normalized word forms) and the cue words.

import { readTsv } from '../arabic/data.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import { MarsadError } from '../doc/errors.js';

export type ArgMode = 'obj' | 'prep' | 'sym' | 'none';

export interface CameoCode {
  code: string;
  root: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  name: string;
}

export interface Trigger {
  /** Row number in triggers.tsv (1-based among data rows): which entry fired, for provenance and tests. */
  id: number;
  /** Normalized words one of which must follow the trigger in its clause (phrase triggers), or empty. */
  with: Set<string>;
  /** Normalized particles whose complement is the target. */
  particles: Set<string>;
  args: ArgMode;
  cameo: CameoCode;
  type: string;
  mode?: string;
  /** True for a verb form (perfect/imperfect), false for a verbal noun: the subject is looked for differently. */
  verbal: boolean;
}

export interface CueWords {
  negation: Set<string>;
  modal: Set<string>;
  belief: Set<string>;
  embed: Set<string>;
  head: Set<string>;
  boundary: Set<string>;
  adjunct: Set<string>;
  location: Set<string>;
  after: Set<string>;
  complementizer: Set<string>;
}

export interface EventLexicon {
  cameo: Map<string, CameoCode>;
  /** normalized word form → the trigger entries it can realise, in lexicon order */
  forms: Map<string, { entry: number; verbal: boolean }[]>;
  entries: Omit<Trigger, 'verbal'>[];
  cues: CueWords;
}

const PAST_SUFFIXES = ['', 'ت', 'وا', 'ا', 'تا'];
const IMPERFECT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const IMPERFECT_SUFFIXES = ['', 'ون', 'ان', 'ن'];
const OBJECT_PRONOUNS = ['', 'ه', 'ها', 'هم', 'هما', 'نا'];
const NOUN_SUFFIXES = ['', 'ات', 'ه', 'ها', 'هم', 'هما', 'ين'];

/** Perfect forms of a 3rd-person verb: final-weak verbs (دعا, نفى) drop their last letter before suffixes. */
function pastForms(past: string): string[] {
  const weak = past.endsWith('ا') || past.endsWith('ي');
  const base = weak ? past.slice(0, -1) : past;
  const stems = weak ? [past, `${base}ت`, `${base}وا`, `${base}تا`] : PAST_SUFFIXES.map((s) => past + s);
  return stems.flatMap((s) => OBJECT_PRONOUNS.map((p) => (p !== '' && s.endsWith('وا') ? s.slice(0, -1) + p : s + p)));
}

/** Imperfect forms: prefix + stem + number suffix; final-weak stems (دعو, نفي) drop their last letter before ون. */
function imperfectForms(stem: string): string[] {
  const weak = stem.endsWith('و') || stem.endsWith('ي');
  const out: string[] = [];
  for (const prefix of IMPERFECT_PREFIXES) {
    for (const suffix of IMPERFECT_SUFFIXES) {
      const body = weak && suffix === 'ون' ? stem.slice(0, -1) : stem;
      for (const pronoun of OBJECT_PRONOUNS) out.push(prefix + body + suffix + pronoun);
    }
  }
  return out;
}

function nounForms(noun: string): string[] {
  const base = noun.endsWith('ه') ? noun.slice(0, -1) : noun;
  const out = NOUN_SUFFIXES.map((s) => (s === 'ات' ? base + s : noun + s));
  if (noun.endsWith('ه')) out.push(`${base}ت`, `${base}تها`, `${base}ته`, `${base}تهم`);
  return out;
}

function expandForm(item: string): { forms: string[]; verbal: boolean } {
  const [kind, raw] = item.split(':');
  const word = normalizeForMatch(raw ?? '');
  if (word === '') throw new MarsadError(`data/events/triggers.tsv: bad form "${item}"`, 'data');
  switch (kind) {
    case 'p':
      return { forms: pastForms(word), verbal: true };
    case 'i':
      return { forms: imperfectForms(word), verbal: true };
    case 'n':
      return { forms: nounForms(word), verbal: false };
    case 'w':
      return { forms: [word], verbal: false };
    default:
      throw new MarsadError(`data/events/triggers.tsv: unknown form kind in "${item}"`, 'data');
  }
}

function wordSet(cell: string | undefined): Set<string> {
  return new Set(
    (cell ?? '')
      .split('|')
      .map((w) => normalizeForMatch(w.trim()))
      .filter((w) => w !== ''),
  );
}

function loadCameo(): Map<string, CameoCode> {
  const map = new Map<string, CameoCode>();
  for (const [code, root, quad, goldstein, name] of readTsv('events/cameo.tsv').slice(1)) {
    map.set(code, { code, root, quad: Number(quad) as 1 | 2 | 3 | 4, goldstein: Number(goldstein), name });
  }
  return map;
}

function loadPloverMap(): Map<string, { type: string; mode: string }> {
  const map = new Map<string, { type: string; mode: string }>();
  for (const [code, type, mode] of readTsv('events/cameo2plover.tsv').slice(1)) map.set(code, { type, mode });
  return map;
}

function loadCues(): CueWords {
  const cues: CueWords = {
    negation: new Set(),
    modal: new Set(),
    belief: new Set(),
    embed: new Set(),
    head: new Set(),
    boundary: new Set(),
    adjunct: new Set(),
    location: new Set(),
    after: new Set(),
    complementizer: new Set(),
  };
  for (const [kind, word] of readTsv('events/cues.tsv').slice(1)) {
    const set = cues[kind as keyof CueWords];
    if (!set) throw new MarsadError(`data/events/cues.tsv: unknown cue kind "${kind}"`, 'data');
    set.add(normalizeForMatch(word.trim()));
  }
  return cues;
}

function buildLexicon(): EventLexicon {
  const cameo = loadCameo();
  const plover = loadPloverMap();
  const forms = new Map<string, { entry: number; verbal: boolean }[]>();
  const entries: Omit<Trigger, 'verbal'>[] = [];
  const rows = readTsv('events/triggers.tsv').slice(1);
  rows.forEach((cells, index) => {
    const [formCell, withCell, particleCell, args, code, type, mode] = cells.map((c) => c.trim());
    const code_ = cameo.get(code);
    const mapped = plover.get(code);
    if (!code_ || !mapped)
      throw new MarsadError(`data/events/triggers.tsv row ${index + 1}: unknown CAMEO code ${code}`, 'data');
    if (mapped.type !== type) {
      throw new MarsadError(
        `data/events/triggers.tsv row ${index + 1}: ${code} is ${mapped.type}, not ${type}`,
        'data',
      );
    }
    entries.push({
      id: index + 1,
      with: wordSet(withCell),
      particles: wordSet(particleCell),
      args: args as ArgMode,
      cameo: code_,
      type,
      mode: mode || mapped.mode || undefined,
    });
    for (const item of formCell.split(/\s+/)) {
      const { forms: words, verbal } = expandForm(item);
      for (const word of words) {
        const list = forms.get(word) ?? [];
        if (!list.some((x) => x.entry === index)) list.push({ entry: index, verbal });
        forms.set(word, list);
      }
    }
  });
  return { cameo, forms, entries, cues: loadCues() };
}

let cached: EventLexicon | undefined;

export function eventLexicon(): EventLexicon {
  cached ??= buildLexicon();
  return cached;
}
