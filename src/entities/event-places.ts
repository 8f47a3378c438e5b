// «معركة الرقة», «معركة هجين»: a battle named after a place is MISC, which the gold does not annotate, and its place is
// no mention (rounds 17, 20 and 22 of eval/entities.ts). The nouns are the one-word rows of
// data/gazetteer/event-names.tsv.
import { type Found, type LinkContext, wordOf } from './found.js';

/** Drops the place mentions right after an event noun, the place with no clitic of its own («بمعركة الموصل»). */
export function dropEventPlaces(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms } = ctx;
  if (cues.eventNouns.size === 0) return;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.type !== 'LOC' || m.first === 0 || m.start !== tokens[m.first].start) continue;
    const before = tokens[m.first - 1];
    if (before.kind !== 'arabic' || tokens[m.first].start - before.end !== 1) continue;
    if (cues.eventNouns.has(wordOf(forms, m.first - 1))) found.splice(k, 1);
  }
}

/** A year as news writes it in a name (Latin or Arabic-Indic digits; the normalized form has Latin ones). */
const YEAR = /^(19|20)\d\d$/;
/** How many words a dated name may have before its place («"العملية الشاملة سيناء 2018"»). */
const DATED_NAME_WORDS = 3;

/**
 * «العملية العسكرية المسماة "سيناء 2018"», «"رؤية البحرين 2030"»: a short quoted name that ends in a year after a
 * place names an operation, plan or work (MISC, which the gold does not annotate: round 9's «"سيناء ٢٠١٨"»), and the
 * place inside is no mention. The quote opens at most three words before the place and closes right after the year.
 */
export function dropDatedNamePlaces(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.type !== 'LOC' || m.last + 1 >= tokens.length) continue;
    if (tokens[m.last].kind !== 'number' || !YEAR.test(forms.norms[m.last]) || tokens[m.last + 1].kind !== 'quote')
      continue;
    if (opensQuoteBefore(ctx, m.first)) found.splice(k, 1);
  }
}

/** Whether a quote opens among the few words right before token `first`, all of them words. */
function opensQuoteBefore(ctx: LinkContext, first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 1 - DATED_NAME_WORDS); i--) {
    if (ctx.tokens[i].kind === 'quote') return true;
    if (ctx.tokens[i].kind !== 'arabic') return false;
  }
  return false;
}
