// Navy ships named after a prefix (data/gazetteer/vessel-prefixes.tsv): «يو أس أس كارل فينسون» is a ship, MISC,
// which the gold does not annotate, not the person «كارل فينسون» nor an organization «يو أس أس» (round 31).

import type { Token } from '../doc/types.js';
import type { Cues } from './cues.js';
import type { TokenForms } from './spans.js';
import { type TokenFlags, VESSEL_START } from './token-flags.js';

/** Longest ship name after its prefix, in words. */
const MAX_NAME_WORDS = 4;

/**
 * Marks in `inside` the tokens of each prefix and of the ship's name after it: words up to a closing quote or other
 * punctuation, at most four, none with the article («يو إس إس دونالد كوك" التي …»). No mention starts there.
 */
export function markVesselNames(
  cues: Cues,
  tokens: readonly Token[],
  forms: TokenForms,
  flags: TokenFlags,
  inside: Uint8Array,
): void {
  for (let i = 0; i < tokens.length; i++) {
    // A prefix's first word (cues.vesselPrefixes) sets the token's flag: most articles have none.
    if (!(flags[i] & VESSEL_START)) continue;
    const prefix = cues.vesselPrefixes.find((ws) => ws.every((w, k) => forms.norms[i + k] === w));
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
