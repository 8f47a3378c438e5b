// What the linker's passes ask of every token, answered in one pass over the tokens: whether the token (whole or
// without its clitics) starts a gazetteer key or role, and what its clitic-free word is among the cue lists (title
// start, competition start, honorific, country group, place descriptor). Each pass used to look its words up in its
// own Set; one lookup per form in one small table keeps fewer tables in the CPU caches, which the other stages share.
import type { Cues } from './cues.js';
import type { Gazetteer } from './gazetteer.js';
import type { TokenForms } from './spans.js';

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

/** Cue-list flags of a word key: built once with the cues. */
export function cueWordFlags(cues: Omit<Cues, 'wordFlags'>): Map<string, number> {
  const flags = new Map<string, number>();
  const mark = (word: string, flag: number) => flags.set(word, (flags.get(word) ?? 0) | flag);
  for (const word of cues.titleStarts) mark(word, TITLE_START);
  for (const word of cues.eventStarts) mark(word, EVENT_START);
  for (const word of cues.honorifics) mark(word, HONORIFIC);
  for (const word of cues.countryGroups.keys()) mark(word, COUNTRY_GROUP);
  for (const [word, type] of cues.descriptors) if (type === 'LOC') mark(word, PLACE_DESCRIPTOR);
  return flags;
}

/** The flags of every token of the article. */
export function tokenFlags(g: Gazetteer, cues: Cues, forms: TokenForms): Uint8Array {
  const { norms, heads } = forms;
  const flags = new Uint8Array(norms.length);
  for (let i = 0; i < norms.length; i++) {
    const head = heads[i];
    let f = g.startsKey(norms[i]) ? WHOLE_START : 0;
    if (head !== '' && g.startsKey(head)) f |= HEAD_START;
    if (f !== 0 && (g.startsRoleKey(norms[i]) || (head !== '' && g.startsRoleKey(head)))) f |= ROLE_START;
    flags[i] = f | (cues.wordFlags.get(head || norms[i]) ?? 0);
  }
  return flags;
}
