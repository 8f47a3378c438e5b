// Descriptor nouns before names (data/gazetteer/descriptors.tsv). The gold convention leaves a generic descriptor
// outside the span («تنظيم داعش» → «داعش», «مدينة نانتير» → «نانتير») unless the name needs it («الحزب الشيوعي»,
// «حزب الله»); and a place descriptor introduces a rare bare word as a place the tagger missed.
import { cliticAnalyzer } from '../arabic/clitics.js';
import type { Token } from '../doc/types.js';
import type { Cues } from './cues.js';
import {
  chooseTarget,
  coveredTokens,
  type Found,
  kindAgrees,
  nameStart,
  namingCandidates,
  targetEntry,
  wordOf,
} from './found.js';
import type { Gazetteer } from './gazetteer.js';
import type { TokenForms } from './spans.js';

/** A word seen fewer times than this in the news word counts is taken for a name rather than a common word. */
export const RARE_WORD = 100;

export function isRareWord(norm: string): boolean {
  return cliticAnalyzer().count(norm) < RARE_WORD;
}

function isBareWord(tokens: readonly Token[], forms: TokenForms, i: number): boolean {
  const t = tokens[i];
  if (!t || (t.kind !== 'arabic' && t.kind !== 'latin' && t.kind !== 'hashtag')) return false;
  return !wordOf(forms, i).startsWith('ال');
}

/**
 * Drops a leading descriptor from a mention when the rest is the name by itself: the same gazetteer entry, or
 * one bare word the gazetteer does not know (a rest that is a gazetteer name of a fitting kind gets linked).
 */
export function trimDescriptors(
  g: Gazetteer,
  cues: Cues,
  found: Found[],
  tokens: readonly Token[],
  forms: TokenForms,
  text: string,
): void {
  for (const m of found) {
    if (m.cues || m.last - m.first < 2) continue;
    const describes = cues.descriptors.get(wordOf(forms, m.first));
    if (!describes || (describes !== m.type && !m.target)) continue;
    const rest = m.first + 1;
    const match = g.matchAt(forms.norms, rest, wordOf(forms, rest));
    const restIsName = match !== null && match.end === m.last;
    if (m.target) {
      const entry = targetEntry(m.target);
      if (!restIsName || !match.candidates.some((c) => c.entry === entry)) continue;
    } else if (restIsName) {
      const target = chooseTarget(namingCandidates(match.candidates), m.type);
      if (!target || !kindAgrees(targetEntry(target).kind, m.type)) continue;
      m.target = target;
    } else if (m.last - rest !== 1 || !isBareWord(tokens, forms, rest)) continue;
    m.first = rest;
    m.start = nameStart(tokens, forms, rest);
    m.text = text.slice(m.start, m.end);
  }
}

/**
 * A person's name right after a facility noun is the facility's name: «برج ترامب» is a LOC mention, not Trump.
 */
export function facilityNames(
  cues: Cues,
  found: Found[],
  tokens: readonly Token[],
  forms: TokenForms,
  text: string,
): void {
  for (const m of found) {
    const before = m.first - 1;
    if (m.type !== 'PER' || m.cues || before < 0 || tokens[before].kind !== 'arabic') continue;
    if (cues.descriptors.get(wordOf(forms, before)) !== 'FAC' || tokens[m.first].start - tokens[before].end > 1)
      continue;
    if (found.some((x) => x !== m && x.first <= before && before < x.last)) continue;
    m.first = before;
    m.start = nameStart(tokens, forms, before);
    m.text = text.slice(m.start, m.end);
    m.type = 'LOC';
    m.target = undefined;
  }
}

/** «بضاحية نانتير»: a rare bare word right after a place descriptor is a place, when no mention covers it. */
export function describedPlaces(cues: Cues, found: Found[], tokens: readonly Token[], forms: TokenForms): void {
  const covered = coveredTokens(found, tokens.length);
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (covered[i] || tokens[i].kind !== 'arabic' || cues.descriptors.get(wordOf(forms, i)) !== 'LOC') continue;
    const j = i + 1;
    if (covered[j] || tokens[j].kind !== 'arabic' || !isBareWord(tokens, forms, j)) continue;
    if (!isRareWord(forms.norms[j]) || tokens[j].start - tokens[i].end > 1) continue;
    // «منطقة نيم الجنوبية» is fine, «مدينة نانتير الفرنسية» too; but a second bare word may be the name's
    // continuation («مدينة سان دوني»), which we cannot delimit safely: skip. A word with clitics («بباريس») is not.
    const next = j + 1;
    if (next < tokens.length && !forms.heads[next] && isBareWord(tokens, forms, next) && isRareWord(forms.norms[next]))
      continue;
    found.push({
      start: tokens[j].start,
      end: tokens[j].end,
      text: tokens[j].text,
      type: 'LOC',
      first: j,
      last: j + 1,
    });
    covered[j] = 1;
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}
