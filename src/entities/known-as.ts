// A second name given right after a name (round 30): «عبد حميد محمود المعروف بعبد حمود», «الاتحاد الدولي للنقل الجوي
// أو ما يعرف بـ"IATA"». A person or organization mention followed by a word of data/gazetteer/alias-words.tsv (after
// «،», «الذي|التي» or «أو ما»), then «ب» glued or «بـ», a quote, and an unlinked mention of the same type: that mention
// names the same entity (joined like a title in apposition).
import { readTsvTable } from '../arabic/data.js';
import { coveredTokens, type Found, isComma, type LinkContext, nameStart, newFound, wordOf } from './found.js';
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

const PREPOSITIONS = new Set(['من', 'في', 'على', 'إلى', 'الى', 'عن', 'مع', 'ضد', 'بين'].map(nameKey));
const MAX_NAME_WORDS = 6;

/** Token k is an organization noun: an opener of org-openers.tsv or an ORG descriptor, with or without the article. */
function isOrgOpener(ctx: LinkContext, k: number): boolean {
  return isOrgNoun(ctx, wordOf(ctx.forms, k), ctx.forms.norms[k].replace(/^(لل|ال|ل)/, ''));
}

/** The normalized word is an organization noun as written, with no letter glued before it («وكالة», «الجمعية»). */
function isOrgOpenerWord(ctx: LinkContext, norm: string): boolean {
  return isOrgNoun(ctx, norm, norm.replace(/^ال/, ''));
}

/** The descriptor key names an ORG descriptor, or the bare word an opener of org-openers.tsv. */
function isOrgNoun(ctx: LinkContext, descriptorKey: string, bare: string): boolean {
  const type = ctx.cues.descriptors.get(descriptorKey);
  return type === 'ORG' || type === 'ORGNAME' || ctx.cues.orgOpeners.has(bare);
}

/**
 * The first token of a name no mention covers that ends at token p and starts with an organization noun, two to
 * MAX_NAME_WORDS Arabic words with no preposition between, or -1: «جمعية رجال الدين المناضلين (روحانيون مبارز)». Not
 * a description with a demonym («وكالة الأنباء الصينية الرسمية (شينخوا)»: the dev gold's nominal reading).
 */
function unmarkedNameBefore(ctx: LinkContext, covered: Uint8Array, p: number): number {
  const { g, tokens, forms } = ctx;
  for (let k = p; k >= 0 && p - k < MAX_NAME_WORDS; k--) {
    if (covered[k] || tokens[k].kind !== 'arabic' || PREPOSITIONS.has(forms.norms[k])) return -1;
    const pair = k < p ? `${tokens[k].text} ${tokens[k + 1].text}` : '';
    if ([tokens[k].text, pair].some((w) => w && g.lookup(w).some((c) => c.via === 'demonym'))) return -1;
    if (k < p && isOrgOpener(ctx, k)) return k;
  }
  return -1;
}

/**
 * «منظمة العفو الدولية (أمنستي انترناشونال)», «حزب العمال الكردستاني (بي كا كا)»: an organization named in
 * parentheses right after another organization's name is the same body, joined like an alias (round 7's «إيطاليا إلى
 * الأمام» (فورتزا إيطاليا)); the unlinked one joins the linked one. A name before the parentheses no mention covers,
 * opened by an organization noun, is the body's name too («جمعية رجال الدين المناضلين (روحانيون مبارز)»). Two linked
 * bodies stay apart («مقاتلي النصرة (جيش الإسلام)»). Round 36 (blind dev round 24). Quotes inside the parentheses are
 * allowed («الجمعية الوطنية للأسلحة النارية ("إن آر إيه")», round 37).
 */
export function joinParenthesizedNames(ctx: LinkContext, found: Found[]): void {
  const { tokens, text } = ctx;
  let covered: Uint8Array | undefined;
  let added = false;
  for (const inner of [...found]) {
    if (inner.type !== 'ORG' || inner.cues || inner.apposedTo) continue;
    const quoted = tokens[inner.first - 1]?.kind === 'quote' ? 1 : 0;
    const open = inner.first - 1 - quoted;
    if (open < 1 || tokens[open].text !== '(') continue;
    if ((quoted && tokens[inner.last]?.kind !== 'quote') || tokens[inner.last + quoted]?.text !== ')') continue;
    let outer = found.find((x) => x.last === open && x.type === 'ORG');
    if (!outer) {
      covered ??= coveredTokens(found, tokens.length);
      const first = unmarkedNameBefore(ctx, covered, open - 1);
      if (first < 0) continue;
      // «لوكالة الأنباء الطلابية (إيسنا)»: a glued letter the tokenizer left on the noun stays outside the span.
      const glued = !isOrgOpenerWord(ctx, ctx.forms.norms[first]) && /^[وفبل]/.test(ctx.forms.norms[first]);
      const start = glued ? tokens[first].start + 1 : nameStart(tokens, ctx.forms, first);
      const end = tokens[open - 1].end;
      outer = newFound({ start, end, type: 'ORG', text: text.slice(start, end), first, last: open });
      found.push(outer);
      covered.fill(1, first, open);
      added = true;
    }
    if (outer.cues || outer.apposedTo || (outer.target && inner.target)) continue;
    if (inner.target) outer.apposedTo = inner;
    else inner.apposedTo = outer;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}
