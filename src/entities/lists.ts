// Names listed after a person's name: «كريس سيمبسون وجوشوا ماسترز وبين كولمان»، «شاكيرا … وتايلور سويفت». The
// tagger often finds the first name of a list and misses the others. After a PER mention, «و» (glued, or after a
// comma) and two or three words that are all rare in news, carry no other clitic or pronoun («وفقا للبيان»,
// «لاستلام جائزته» are not names) and end the list (punctuation, the end of the text or the next «و») is another
// person. The first word is read as «و» + name whatever the tokenizer made of it («وليروي سين» is «ليروي سين»).
// Likewise after a definite occupation (titles.tsv kind `descriptor`) and at most two definite adjectives: «الصحافي الرياضي
// فراس العشي» — two or three rare words, the first bare, up to the first word that is not such a name word.
import type { Token } from '../doc/types.js';
import { headAt, rareNameEnd } from './apposition.js';
import { coveredTokens, type Found, isComma, type LinkContext, newFound } from './found.js';
import { isRareAt, isRareWord, surfaceOffset, type TokenForms } from './spans.js';

const MIN_WORDS = 2;
const MAX_WORDS = 3;
const MAX_ADJECTIVES = 2;

function startsWithAnd(forms: TokenForms, i: number): boolean {
  return forms.norms[i].startsWith('و');
}

/**
 * Clitics a name word may show: the tokenizer reads a name's first letter «ف» as a clitic («فراس» → ف + راس,
 * «فيعاني»), while a glued preposition («لتنفيذها», «بتعليق») marks a common word.
 */
const NAME_CLITICS = new Set(['ف', 'ال']);

/** Whether token k can be word `n` of a listed name: rare, no pronoun, no clitic but «و» (first) or «ال» (later). */
function nameWord(tokens: readonly Token[], forms: TokenForms, k: number, n: number): boolean {
  const t = tokens[k];
  if (t.enclitic !== '' || !isRareAt(forms, k)) return false;
  if (n > 0) return t.proclitics.every((p) => NAME_CLITICS.has(p));
  const stripped = forms.norms[k].slice(1);
  return t.proclitics.every((p) => p === 'و' || p === 'ف') && !stripped.startsWith('ال') && isRareWord(stripped);
}

/**
 * The end of a listed name whose first token (with its «و») is i, or -1: MIN_WORDS to MAX_WORDS uncovered name
 * words followed by punctuation, the end or a word with «و».
 */
function listedNameEnd(tokens: readonly Token[], forms: TokenForms, covered: Uint8Array, i: number): number {
  let end = i;
  while (end < tokens.length && end - i < MAX_WORDS && tokens[end].kind === 'arabic' && !covered[end]) {
    if (end > i && startsWithAnd(forms, end)) break;
    if (!nameWord(tokens, forms, end, end - i)) return -1;
    end++;
  }
  if (end - i < MIN_WORDS) return -1;
  const next = tokens[end];
  return next === undefined || next.kind === 'punct' || startsWithAnd(forms, end) ? end : -1;
}

/** Adds the persons listed after each PER mention (and after each one added, so a whole list is read). */
export function addListedPersons(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  const covered = coveredTokens(found, tokens.length);
  const added: Found[] = [];
  const queue = found.filter((m) => m.type === 'PER' && !m.cues && !m.apposedTo);
  for (let q = 0; q < queue.length; q++) {
    const after = queue[q].last;
    const sep = tokens[after];
    if (!sep) continue;
    const first = isComma(sep) ? after + 1 : after;
    if (first >= tokens.length || tokens[first].kind !== 'arabic' || !startsWithAnd(forms, first)) continue;
    const end = listedNameEnd(tokens, forms, covered, first);
    if (end < 0) continue;
    const t = tokens[first];
    const start = t.start + surfaceOffset(t.text, 1);
    const stop = tokens[end - 1].end;
    const m: Found = newFound({ start, end: stop, text: text.slice(start, stop), type: 'PER', first, last: end });
    covered.fill(1, first, end);
    added.push(m);
    queue.push(m);
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/** Adds the person named right after an occupation and its adjectives («الصحافي الرياضي فراس العشي»). */
export function addOccupationPersons(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  const covered = coveredTokens(found, tokens.length);
  const added: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'arabic' || covered[i]) continue;
    const head = headAt(ctx, i);
    // Definite heads only: «لاعب أجنبي سابع» describes, «الصحافي نوا لاندو» names.
    if (head?.kind !== 'descriptor' || !forms.norms[i].startsWith('ال')) continue;
    let first = head.end;
    while (first < tokens.length && first - head.end < MAX_ADJECTIVES && isDefiniteWord(tokens, first)) first++;
    const end = rareNameEnd(tokens, forms, covered, first);
    if (end < 0) continue;
    const start = tokens[first].start;
    const stop = tokens[end - 1].end;
    added.push(newFound({ start, end: stop, text: text.slice(start, stop), type: 'PER', first, last: end }));
    covered.fill(1, first, end);
    i = end - 1;
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/** A word with the article and nothing else glued: an adjective after an occupation («الرياضي», «المصري»). */
function isDefiniteWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.kind === 'arabic' && t.proclitics.length === 1 && t.proclitics[0] === 'ال' && t.enclitic === '';
}

/**
 * A given name that opens a two-part name, right before the tagger's unlinked PER mention (one space, no clitic,
 * not inside another mention): the tagger dropped it («علي رضا تنكسيري» tagged «رضا تنكسيري»), so the mention
 * starts there.
 */
export function addNameOpeners(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, text } = ctx;
  let covered: Uint8Array | undefined;
  for (const m of found) {
    if (m.type !== 'PER' || m.target || m.cues || m.first === 0) continue;
    const prev = tokens[m.first - 1];
    if (!cues.nameOpeners.has(prev.text) || prev.end + 1 !== m.start) continue;
    covered ??= coveredTokens(found, tokens.length);
    if (covered[m.first - 1]) continue;
    m.first -= 1;
    m.start = prev.start;
    m.text = text.slice(m.start, m.end);
    covered[m.first] = 1;
  }
}
