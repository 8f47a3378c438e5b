// Lists of places joined by «و»: «دوما وحرستا ومديرا وبيت سوى وعربين». Where a list has at least two places the
// gazetteer knows, its other items are places too: an unlinked mention the tagger typed as a person or
// organization («بيت سوى») becomes a place, and a short item no mention covers between two others («ومديرا») is
// added as one. Each item after the first starts with a glued «و» and nothing else is glued; an added item is one
// word (two may hold a descriptor: «ومحافظتي حماه»), its neighbours are mentions or other such words.
import type { Token } from '../doc/types.js';
import {
  chooseTarget,
  entryCountry,
  type Found,
  type LinkContext,
  namingCandidates,
  newFound,
  type Target,
  targetEntry,
} from './found.js';
import { surfaceOffset } from './spans.js';

const MAX_ITEM_WORDS = 1;
const MIN_KNOWN_PLACES = 2;

type Item = Found | { first: number; last: number };

function isFound(item: Item): item is Found {
  return 'type' in item;
}

/** Whether token k starts a list item: «و» glued to it and no other clitic or pronoun. */
function startsItem(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'arabic' && t.proclitics.length === 1 && t.proclitics[0] === 'و' && t.enclitic === '';
}

/** The end of a bare item starting at k (one word, the next token starting another «و» item), or -1. */
function bareItemEnd(tokens: readonly Token[], byFirst: ReadonlyMap<number, Found>, k: number): number {
  let end = k + 1;
  while (end < tokens.length && !startsItem(tokens, end) && !byFirst.has(end)) {
    const t = tokens[end];
    if (t.kind !== 'arabic' || t.proclitics.length > 0 || t.enclitic !== '' || end - k >= MAX_ITEM_WORDS) return -1;
    end++;
  }
  return end < tokens.length && startsItem(tokens, end) ? end : -1;
}

/** The items of the «و» list that starts with mention m (m included). */
function listFrom(m: Found, tokens: readonly Token[], byFirst: ReadonlyMap<number, Found>): Item[] {
  const items: Item[] = [m];
  let k = m.last;
  while (startsItem(tokens, k)) {
    const mention = byFirst.get(k);
    if (mention) {
      items.push(mention);
      k = mention.last;
      continue;
    }
    const end = bareItemEnd(tokens, byFirst, k);
    if (end < 0) break;
    items.push({ first: k, last: end });
    k = end;
  }
  while (items.length > 0 && !isFound(items[items.length - 1])) items.pop();
  return items;
}

export function addListedPlaces(ctx: LinkContext, found: Found[]): void {
  const { tokens, text } = ctx;
  if (!found.some((m) => m.type === 'LOC' && startsItem(tokens, m.last))) return;
  const byFirst = new Map<number, Found>();
  for (const m of found) byFirst.set(m.first, m);
  const added: Found[] = [];
  let next = 0;
  for (const m of found) {
    if (m.first < next || m.type !== 'LOC' || !startsItem(tokens, m.last)) continue;
    const items = listFrom(m, tokens, byFirst);
    next = items[items.length - 1].last;
    const known = items.filter((item) => isFound(item) && item.type === 'LOC' && item.target).length;
    if (known < MIN_KNOWN_PLACES) continue;
    for (const item of items) {
      if (isFound(item)) {
        if (!item.target && !item.cues && (item.type === 'PER' || item.type === 'ORG')) item.type = 'LOC';
        continue;
      }
      const start = tokens[item.first].start + tokens[item.first].stemOffset;
      const end = tokens[item.last - 1].end;
      added.push(
        newFound({ start, end, text: text.slice(start, end), type: 'LOC', first: item.first, last: item.last }),
      );
    }
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/** Letters a place's name needs after a glued «و» for it to be read there. */
const MIN_GLUED_PLACE_LETTERS = 4;

/**
 * «مديريتي زبيد والتحيتا», «مدينتي هيروشيما وناغاساكي»: a word the tokenizer kept whole with «و» glued (news writes the
 * name only after the conjunction, so the clitic analyzer has no count of it alone) right after a linked place, whose
 * rest is a gazetteer place of that place's country (or a country, or one of its places, after a country), is that
 * place, its «و» left out (round 41). Only the mentions' next tokens are read, and only a word starting with «و» that
 * no mention covers is looked up; «وكالات» ("agencies") after a Syrian town stays a word (Kalat is in Pakistan).
 */
export function addGluedListedPlaces(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms, text } = ctx;
  const added: Found[] = [];
  const queue = found.filter((m): m is Found & { target: Target } => m.type === 'LOC' && m.target !== undefined);
  for (let n = 0; n < queue.length; n++) {
    const m = queue[n];
    const k = m.last;
    const t = tokens[k];
    if (t?.kind !== 'arabic' || t.proclitics.length > 0 || text[t.start] !== 'و' || t.start - tokens[k - 1].end !== 1)
      continue;
    const before = targetEntry(m.target);
    const country = entryCountry(before);
    const rest = forms.norms[k].slice(1);
    if (country === undefined || rest.length < MIN_GLUED_PLACE_LETTERS || g.lookup(t.text).length > 0) continue;
    if (found.some((x) => x.first <= k && k < x.last)) continue;
    const match = g.matchAt(forms.norms, k, rest);
    if (!match || match.end - match.start !== 1) continue;
    const target = chooseTarget(
      namingCandidates(match.candidates).filter(
        (c) => (c.entry.kind === 'place' || c.entry.kind === before.kind) && entryCountry(c.entry) === country,
      ),
      'LOC',
    );
    if (!target) continue;
    const start = t.start + surfaceOffset(t.text, 1);
    const placed = newFound({
      start,
      end: t.end,
      text: text.slice(start, t.end),
      type: 'LOC',
      first: k,
      last: k + 1,
      target,
    });
    added.push(placed);
    queue.push(placed as Found & { target: Target });
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}
