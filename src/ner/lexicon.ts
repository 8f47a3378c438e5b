// Word lists the tagger reads as hints (data/ner): context cues (titles, organization and place head nouns, name
// particles, reporting verbs), given names, and the given and family names of the officeholders in the tagger's
// gazetteer snapshot (data/ner/gazetteer.tsv, from data/gazetteer/people.tsv). Every list is keyed on the clitic-stripped normalized stem, the form the features see.
import { cliticAnalyzer } from '../arabic/clitics.js';
import { readTsvTable } from '../arabic/data.js';
import { tokenize } from '../arabic/tokenize.js';
import { nerGazetteerNames } from './gazetteer.js';

export type CueKind = 'TITLE' | 'ORG_HEAD' | 'LOC_HEAD' | 'MISC_HEAD' | 'NAME_PART' | 'SAY';

export interface NerLexicon {
  cues: Map<string, CueKind>;
  /** stem → 'GIVEN', 'FAMILY' or 'GIVEN+FAMILY'. */
  nameParts: Map<string, string>;
}

/** The stems of a written name or word (clitics stripped, normalized for matching). */
function stemsOf(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'arabic' || t.kind === 'latin')
    .map((t) => t.stem);
}

/** News counts above which a name part is mostly a function word (علي is also على, آن is also أن). */
const FUNCTION_WORD_COUNT = 20_000;

/**
 * The stems of the words of a person's name that are safe as name parts: whole words (a name the clitic analyzer
 * split, such as فيصل → ف + يصل, would teach the wrong stem), at least three letters, and not function words.
 */
function namePartStems(name: string): string[] {
  const analyzer = cliticAnalyzer();
  return tokenize(name)
    .filter((t) => t.kind === 'arabic' && t.proclitics.length === 0 && t.enclitic === '' && t.stem.length >= 3)
    .map((t) => t.stem)
    .filter((stem) => analyzer.count(stem) < FUNCTION_WORD_COUNT);
}

function addNamePart(parts: Map<string, string>, stem: string, part: 'GIVEN' | 'FAMILY'): void {
  const known = parts.get(stem);
  if (known === undefined) parts.set(stem, part);
  else if (known !== part) parts.set(stem, 'GIVEN+FAMILY');
}

let loaded: NerLexicon | null = null;

export function nerLexicon(): NerLexicon {
  if (loaded) return loaded;
  const cues = new Map<string, CueKind>();
  const cueFile = readTsvTable('ner/cues.tsv');
  for (const row of cueFile.rows) {
    const stems = stemsOf(row[cueFile.col('word')]);
    if (stems.length === 1 && !cues.has(stems[0])) cues.set(stems[0], row[cueFile.col('kind')] as CueKind);
  }
  const nameParts = new Map<string, string>();
  const given = readTsvTable('ner/given-names.tsv');
  for (const row of given.rows) {
    for (const stem of namePartStems(row[given.col('name')])) addNamePart(nameParts, stem, 'GIVEN');
  }
  for (const [name, kind] of nerGazetteerNames()) {
    if (kind !== 'PERSON') continue;
    const stems = namePartStems(name).filter((s) => !cues.has(s));
    if (stems.length < 2) continue;
    addNamePart(nameParts, stems[0], 'GIVEN');
    addNamePart(nameParts, stems[stems.length - 1], 'FAMILY');
  }
  loaded = { cues, nameParts };
  return loaded;
}
