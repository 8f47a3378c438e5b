// Generic names of legislative chambers («مجلس النواب», «مجلس الشيوخ»): news names a country's chamber by its bare
// name once the country is clear, and the tagger seldom tags it. The gold annotates the bare name as an organization
// with no gazetteer key (round 11: Iraq's «مجلس النواب»; BB-internationalNews-717: «مجلس الشيوخ», «مجلس النواب»).
import type { Token } from '../doc/types.js';
import {
  coveredTokens,
  type Found,
  isComma,
  isDefiniteWord,
  type LinkContext,
  nameStart,
  newFound,
  wordOf,
} from './found.js';
import { nameKey } from './gazetteer.js';
import type { TokenForms } from './spans.js';
import { COUNCIL_WORD } from './token-flags.js';

const CHAMBERS = new Set(['النواب', 'الشيوخ'].map(nameKey));
/** Titles that make «رئيس مجلس النواب» beside a name one person mention (round-4 guideline). */
const TITLE_HEADS = new Set(['رئيس', 'رئيسة', 'نائب'].map(nameKey));

/**
 * Adds «مجلس النواب» and «مجلس الشيوخ» as organization mentions where no mention covers them. Left alone: a chamber
 * followed by a definite word («مجلس النواب الأمريكي», «مجلس الشيوخ الإيطالي»: a longer name the tagger or the
 * gazetteer reads whole), and a title beside a person's name («رئيس مجلس النواب بول رايان», «بول رايان، رئيس مجلس
 * النواب،»), which is one person mention.
 */
export function addLegislatures(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  let covered: Uint8Array | undefined;
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(ctx.flags[i] & COUNCIL_WORD) || tokens[i].kind !== 'arabic' || !CHAMBERS.has(forms.norms[i + 1])) continue;
    if (tokens[i + 1].start - tokens[i].end !== 1) continue;
    covered ??= coveredTokens(found, tokens.length);
    if (addCommitteeBefore(ctx, found, covered, i)) added = true;
    if (definiteWordAfter(tokens, forms, i + 2)) continue;
    if (covered[i] || covered[i + 1]) continue;
    if (i > 0 && TITLE_HEADS.has(wordOf(forms, i - 1)) && personBeside(found, tokens, i - 1, i + 2)) continue;
    const start = nameStart(tokens, forms, i);
    const end = tokens[i + 1].end;
    found.push(
      newFound({ start, end, type: 'ORG', text: text.slice(start, end), first: i, last: i + 2, contextual: true }),
    );
    covered[i] = covered[i + 1] = 1;
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

const COMMITTEE = nameKey('لجنة');
const IN = nameKey('في');
/** Subject words a committee's name may have between «لجنة» and the chamber («لجنة الشؤون الخارجية»). */
const COMMITTEE_WORDS = 3;

/**
 * «لجنة الاستخبارات بمجلس النواب», «لجنة القوات المسلحة في مجلس النواب»: a committee named by its subject (one to
 * three words, the first definite) right before «في» or a glued «ب» on the chamber is an organization of its own (the
 * gold's «لجنة المخابرات» of round 18, «لجنة الاستخبارات» of blind dev round 26), the chamber apart; not «لجنة
 * برلمانية» (indefinite), nor inside a mention. Adds it and marks its tokens covered; true when it did.
 */
function addCommitteeBefore(ctx: LinkContext, found: Found[], covered: Uint8Array, i: number): boolean {
  const { tokens, forms, text } = ctx;
  let end = i - 1;
  if (!tokens[i].proclitics.includes('ب')) {
    if (end < 1 || forms.norms[end] !== IN || tokens[end].kind !== 'arabic') return false;
    end--;
  }
  if (end < 1 || tokens[end].kind !== 'arabic') return false;
  for (let j = end - 1; j >= 0 && end - j <= COMMITTEE_WORDS; j--) {
    if (tokens[j].kind !== 'arabic' || tokens[j + 1].start - tokens[j].end !== 1 || covered[j + 1]) return false;
    if (wordOf(forms, j) !== COMMITTEE) continue;
    if (!wordOf(forms, j + 1).startsWith('ال') || covered[j]) return false;
    const start = nameStart(tokens, forms, j);
    found.push(
      newFound({
        start,
        end: tokens[end].end,
        type: 'ORG',
        text: text.slice(start, tokens[end].end),
        first: j,
        last: end + 1,
        contextual: true,
      }),
    );
    covered.fill(1, j, end + 1);
    return true;
  }
  return false;
}

/** A definite Arabic word right after the chamber, with one space between (an adjective or a country name). */
function definiteWordAfter(tokens: readonly Token[], forms: TokenForms, k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'arabic' || t.start - tokens[k - 1].end !== 1) return false;
  return isDefiniteWord(forms.norms[k]);
}

/**
 * Whether a person mention stands beside the title that spans tokens [title, after): starting at `after` or after a
 * comma there («رئيس مجلس النواب، بول رايان»), or ending right before the title or before a comma before it («بول
 * رايان، رئيس مجلس النواب،»).
 */
function personBeside(found: readonly Found[], tokens: readonly Token[], title: number, after: number): boolean {
  const next = isComma(tokens[after]) ? after + 1 : after;
  const prev = isComma(tokens[title - 1]) ? title - 1 : title;
  return found.some((m) => m.type === 'PER' && (m.first === next || m.last === prev));
}
