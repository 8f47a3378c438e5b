// A second name given right after a name (round 30): «عبد حميد محمود المعروف بعبد حمود», «الاتحاد الدولي للنقل الجوي
// أو ما يعرف بـ"IATA"». A person or organization mention followed by a word of data/gazetteer/alias-words.tsv (after
// «،», «الذي|التي» or «أو ما»), then «ب» glued or «بـ», a quote, and an unlinked mention of the same type: that mention
// names the same entity (joined like a title in apposition).
import { readTsvTable } from '../arabic/data.js';
import { type Found, isComma, type LinkContext } from './found.js';
import { nameKey } from './gazetteer.js';

let aliasWords: Set<string> | undefined;

function words(): Set<string> {
  aliasWords ??= new Set(readTsvTable('gazetteer/alias-words.tsv').rows.map(([word]) => nameKey(word)));
  return aliasWords;
}

const RELATIVES = new Set(['الذي', 'التي'].map(nameKey));

/** The token where the second name starts after the alias word at k, or -1. */
function aliasNameStart(ctx: LinkContext, k: number): number {
  const { tokens, forms } = ctx;
  if (!words().has(forms.norms[k] ?? '')) return -1;
  let at = k + 1;
  if (at < tokens.length && /^بـ?$/.test(tokens[at].text)) at++;
  else if (at < tokens.length && tokens[at].proclitics[0] !== 'ب') return -1;
  if (at < tokens.length && tokens[at].kind === 'quote') at++;
  return at;
}

export function joinKnownAs(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  for (const m of found) {
    if ((m.type !== 'PER' && m.type !== 'ORG') || m.cues || m.apposedTo) continue;
    let k = m.last;
    if (isComma(tokens[k])) k++;
    if (k < tokens.length && RELATIVES.has(forms.norms[k])) k++;
    if (forms.norms[k] === 'او' && forms.norms[k + 1] === 'ما') k += 2;
    if (k >= tokens.length) continue;
    const at = aliasNameStart(ctx, k);
    if (at < 0) continue;
    const alias = found.find((x) => x.first === at && x !== m);
    if (!alias || alias.type !== m.type || alias.target || alias.cues || alias.apposedTo) continue;
    alias.apposedTo = m;
  }
}

/**
 * «منظمة الدول المصدرة للبترول (أوبك)», «الجمعية الوطنية للأسلحة النارية (إن آر إيه)», «حزب العمال الكردستاني (بي كا
 * كا)» (round 37): an organization mention and right after it, in parentheses (quoted or not), nothing but another
 * organization mention: the second names the same body (its acronym, or its name in another language). An unlinked
 * one joins the other, as an alias after «المعروف ب»; two the gazetteer links stay as linked («النصرة (جيش الإسلام)»).
 */
export function joinParenthesizedNames(ctx: LinkContext, found: Found[]): void {
  const { tokens } = ctx;
  for (const m of found) {
    if (m.type !== 'ORG' || m.cues || m.apposedTo || tokens[m.last]?.text !== '(') continue;
    const quoted = tokens[m.last + 1]?.kind === 'quote' ? 1 : 0;
    const inner = found.find((x) => x.first === m.last + 1 + quoted && x !== m);
    if (inner?.type !== 'ORG' || inner.cues || inner.apposedTo) continue;
    if ((quoted && tokens[inner.last]?.kind !== 'quote') || tokens[inner.last + quoted]?.text !== ')') continue;
    if (!inner.target) inner.apposedTo = m;
    else if (!m.target) m.apposedTo = inner;
  }
}
