// Navy ships named after a prefix (data/gazetteer/vessel-prefixes.tsv): «يو أس أس كارل فينسون» is a ship, MISC,
// which the gold does not annotate, not the person «كارل فينسون» nor an organization «يو أس أس» (round 31).

import path from 'node:path';
import { dataPath } from '../arabic/data.js';
import type { Token } from '../doc/types.js';
import { readLines } from './cues.js';
import { nameKey } from './gazetteer.js';
import type { TokenForms } from './spans.js';

let prefixes: { words: string[][]; firsts: Set<string> } | undefined;

/** The prefixes' normalized words and their first words, loaded once per process. */
function vesselPrefixes(): { words: string[][]; firsts: Set<string> } {
  if (!prefixes) {
    const words = readLines(path.join(dataPath('gazetteer'), 'vessel-prefixes.tsv'))
      .slice(1)
      .map((line) => nameKey(line.split('\t')[0]).split(' '));
    prefixes = { words, firsts: new Set(words.map((w) => w[0])) };
  }
  return prefixes;
}

/** Longest ship name after its prefix, in words. */
const MAX_NAME_WORDS = 4;

/**
 * Marks in `inside` the tokens of each prefix and of the ship's name after it: words up to a closing quote or other
 * punctuation, at most four, none with the article («يو إس إس دونالد كوك" التي …»). No mention starts there.
 */
export function markVesselNames(tokens: readonly Token[], forms: TokenForms, inside: Uint8Array): void {
  const { words, firsts } = vesselPrefixes();
  for (let i = 0; i < tokens.length; i++) {
    if (!firsts.has(forms.norms[i])) continue;
    const prefix = words.find((ws) => ws.every((w, k) => forms.norms[i + k] === w));
    if (!prefix) continue;
    let end = i + prefix.length;
    const first = end;
    while (end < tokens.length && end - first < MAX_NAME_WORDS && isNameWord(tokens[end], forms.norms[end])) end++;
    if (end === first) continue;
    inside.fill(1, i, end);
    i = end - 1;
  }
}

function isNameWord(token: Token, norm: string): boolean {
  return (token.kind === 'arabic' || token.kind === 'latin') && !norm.startsWith('ال');
}
