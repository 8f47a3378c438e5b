// «وزارة الدفاع», «بوزارة الإعلام», «وزارة الشؤون الخارجية»: a ministry named by its field is an organization even
// without a demonym after it (with one, apposition.ts already adds it: «وزارة الخارجية البريطانية»). The gold
// annotates every such ministry of the dev articles; «الوزارة» alone refers back and is no mention.
import { coveredTokens, type Found, type LinkContext, nameStart, newFound } from './found.js';
import { nameKey } from './gazetteer.js';
import { MINISTRY_WORD } from './token-flags.js';

/** Definite words after «وزارة» that make its field: «الدفاع», «الشؤون الخارجية», «الاستثمار والتعاون الدولي». */
const MAX_FIELD_WORDS = 4;

/** Definite words that end a ministry's name: time words, «التابعة», relative pronouns («وزارة السياحة اليوم»). */
const NOT_FIELD = new Set(
  [
    'اليوم',
    'الأحد',
    'الاثنين',
    'الثلاثاء',
    'الأربعاء',
    'الخميس',
    'الجمعة',
    'السبت',
    'الماضي',
    'الجاري',
    'المقبل',
    'الحالي',
    'التابع',
    'التابعة',
    'التي',
    'الذي',
    'الذين',
  ].map(nameKey),
);

/** Whether token k is a definite word, bare or after «و» («والتعاون»), with nothing else glued. */
function isFieldWord(ctx: LinkContext, k: number, afterFirst: boolean): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'arabic' || t.enclitic) return false;
  const norm = ctx.forms.norms[k];
  if (NOT_FIELD.has(norm)) return false;
  return norm.startsWith('ال') || (afterFirst && norm.startsWith('وال') && t.proclitics[0] === 'و');
}

/** A demonym ends the name («وزارة الدفاع البريطانية والشرطة»: the police is another body). */
function isDemonym(ctx: LinkContext, k: number): boolean {
  return ctx.g.lookupKey(ctx.forms.norms[k]).some((c) => c.via === 'demonym');
}

export function namedMinistries(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  const covered = coveredTokens(found, tokens.length);
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(ctx.flags[i] & MINISTRY_WORD) || tokens[i].kind !== 'arabic' || covered[i] || tokens[i].enclitic) continue;
    let end = i + 1;
    while (end - i <= MAX_FIELD_WORDS && !covered[end] && isFieldWord(ctx, end, end > i + 1)) {
      if (tokens[end].start - tokens[end - 1].end > 1) break;
      end++;
      if (isDemonym(ctx, end - 1)) break;
    }
    if (end === i + 1 || end - i > MAX_FIELD_WORDS) continue;
    const start = nameStart(tokens, forms, i);
    const stop = tokens[end - 1].end;
    found.push(newFound({ start, end: stop, text: text.slice(start, stop), type: 'ORG', first: i, last: end }));
    covered.fill(1, i, end);
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}
