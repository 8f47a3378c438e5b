// Short forms of an organization the article names in full: «المرصد السوري» after «المرصد السوري لحقوق الإنسان» is
// the same body (one entity, not a second, unknown one), and a bare definite head noun («المرصد», «الهيئة») refers
// back to it as a description, which the gold convention leaves unannotated like «التحالف» or «الحكومة».
import { type Found, type LinkContext, wordOf } from './found.js';
import { isRareWord } from './spans.js';

/** Whether the mention's words are the first words of `full`'s (the first one compared without clitics). */
function startsLike(ctx: LinkContext, short: Found, full: Found): boolean {
  const n = short.last - short.first;
  if (full.last - full.first <= n || wordOf(ctx.forms, short.first) !== wordOf(ctx.forms, full.first)) return false;
  for (let k = 1; k < n; k++) if (ctx.forms.norms[short.first + k] !== ctx.forms.norms[full.first + k]) return false;
  return true;
}

function isLinkedOrganization(m: Found): boolean {
  return m.type === 'ORG' && m.target?.kind === 'entry' && m.target.entry.kind === 'org' && m.last - m.first > 1;
}

/** A definite word common in news («المرصد»), not a rare name that happens to open a longer one. */
function isCommonDefinite(ctx: LinkContext, m: Found): boolean {
  const word = wordOf(ctx.forms, m.first);
  return word.startsWith('ال') && !isRareWord(word);
}

/**
 * How many tokens right after the mention go on with `full`'s words («المرصد» + «السوري» of «المرصد السوري لحقوق
 * الإنسان»), without reaching its end; the span the tagger cut short is widened over them.
 */
function continuation(ctx: LinkContext, m: Found, full: Found): number {
  const { tokens, forms } = ctx;
  let k = 0;
  const offset = m.last - m.first;
  while (
    full.first + offset + k < full.last - 1 &&
    m.last + k < tokens.length &&
    tokens[m.last + k].kind === 'arabic' &&
    tokens[m.last + k].start - tokens[m.last + k - 1].end <= 1 &&
    forms.norms[m.last + k] === forms.norms[full.first + offset + k]
  )
    k++;
  return k;
}

/**
 * The tagger's unlinked organization whose words open a linked organization's name in the same article takes that
 * organization's identity (widened over the name's next words when the text goes on with them); one common
 * definite word that does so and goes on with nothing is dropped (an anaphoric description).
 */
export function joinOrganizationShortForms(ctx: LinkContext, found: Found[]): void {
  let full: Found[] | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m.type !== 'ORG' || m.target || m.cues) continue;
    full ??= found.filter(isLinkedOrganization);
    const longer = full.find((f) => startsLike(ctx, m, f));
    if (!longer) continue;
    const more = continuation(ctx, m, longer);
    if (more > 0) {
      m.last += more;
      m.end = ctx.tokens[m.last - 1].end;
      m.text = ctx.text.slice(m.start, m.end);
    }
    if (m.last - m.first > 1) m.target = longer.target;
    else if (isCommonDefinite(ctx, m)) found.splice(i, 1);
  }
}
