// Titles ending in an organization nobody lists: «رئيس الهيئة الوطنية لمكافحة الفساد شوقي الطبيب», «زعيم تيار الحكمة
// عمار الحكيم», «المدير التنفيذي للوكالة الكورية للطاقة، نام هون كانغ». Apposition (apposition.ts) needs the title to
// end in a gazetteer country or organization; here a person title head followed by an organization opener
// (data/gazetteer/org-openers.tsv) and at most a few more words running into the tagger's person name makes the whole
// title a PER mention of that person (the gold's «title + organization» guideline), with no organization nested in it.
import type { Token } from '../doc/types.js';
import { headAt } from './apposition.js';
import type { Cues } from './cues.js';
import {
  CLAUSE_WORDS,
  coveredTokens,
  type Found,
  isComma,
  type LinkContext,
  nameStart,
  newFound,
  QUOTE_MARKS,
  wordOf,
} from './found.js';
import type { TokenForms } from './spans.js';

/** Words between the title head and the name: the opener and what completes the organization's name. */
const MAX_ORG_WORDS = 6;
/** A relative clause or «التابع ل» ends an organization's name: the name after it is no officeholder's. */
const BOUNDARY_WORDS = new Set(['الذي', 'التي', 'الذين', 'التابع', 'التابعة']);

/**
 * «ديفيد كيرشو، مدير شركة …»: a title after «name،» describes that person, not the words after the title; one with a
 * glued «و» opens the next of a list instead («ناجي البغوري، ورئيس جمعية مديري الصحف، الطيب الزهار»; round 32).
 */
function followsNamedPerson(tokens: readonly Token[], found: readonly Found[], title: number): boolean {
  if (tokens[title].proclitics[0] === 'و') return false;
  return isComma(tokens[title - 1]) && found.some((m) => m.type === 'PER' && m.last === title - 1);
}

export function titledOrganizations(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms, text } = ctx;
  const covered = coveredTokens(found, tokens.length);
  const added: Found[] = [];
  for (const person of [...found]) {
    if (person.type !== 'PER' || person.cues || person.apposedTo || !found.includes(person)) continue;
    // «التابع لميركل»: a name after a preposition is no apposition.
    if (tokens[person.first].proclitics.some((p) => p === 'ل' || p === 'ب')) continue;
    let end = isComma(tokens[person.first - 1]) ? person.first - 1 : person.first;
    // «… الأمير الوليد بن طلال», «… "جيريمي كوربين"»: an honorific or a quote before the name is outside the title.
    const quoted = QUOTE_MARKS.has(tokens[person.last]?.text ?? '');
    while (end > 0 && ((quoted && QUOTE_MARKS.has(tokens[end - 1].text)) || cues.honorifics.has(forms.norms[end - 1])))
      end--;
    // «رئيس هيئة الأركان …، اللواء محمد باقري»: the comma before the rank is outside the title too.
    if (end > 0 && end < person.first && isComma(tokens[end - 1])) end--;
    const title = titleBefore(ctx, covered, found, end);
    if (title < 0 || followsNamedPerson(tokens, found, title)) continue;
    for (const inner of found.filter((m) => m.first >= title && m.last <= end)) found.splice(found.indexOf(inner), 1);
    const start = nameStart(tokens, forms, title);
    const stop = tokens[end - 1].end;
    added.push(
      newFound({
        start,
        end: stop,
        text: text.slice(start, stop),
        type: 'PER',
        first: title,
        last: end,
        apposedTo: person,
      }),
    );
    covered.fill(1, title, end);
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/**
 * The first token of «head + opener + words» ending right before token `end`, or -1. The words may hold the tagger's
 * organization or place mentions but no person and no punctuation other than quotes.
 */
function titleBefore(ctx: LinkContext, covered: Uint8Array, found: readonly Found[], end: number): number {
  const { cues, tokens, forms } = ctx;
  for (let i = end - 2; i >= Math.max(0, end - 1 - MAX_ORG_WORDS - 2); i--) {
    const t = tokens[i];
    if ((t.kind !== 'arabic' && !QUOTE_MARKS.has(t.text)) || BOUNDARY_WORDS.has(forms.norms[i])) return -1;
    if (CLAUSE_WORDS.has(forms.norms[i + 1])) return -1;
    if (covered[i] && !insideNonPerson(found, i, end)) return -1;
    const head = headAt(ctx, i);
    if (head?.kind !== 'person' || head.end >= end) continue;
    if (covered.subarray(i, head.end).some((c) => c === 1)) return -1;
    return isOpener(cues.orgOpeners, tokens, forms, head.end) && namesOrganization(cues, tokens, forms, head.end, end)
      ? i
      : -1;
  }
  return -1;
}

/** Whether token k lies in a non-person mention that ends before `end`. */
function insideNonPerson(found: readonly Found[], k: number, end: number): boolean {
  return found.some((m) => m.first <= k && k < m.last && m.type !== 'PER' && m.last <= end && !m.apposedTo);
}

/** Whether token k (after an opening quote, without «ل»/«ال») is an organization opener. */
function isOpener(openers: ReadonlySet<string>, tokens: readonly Token[], forms: TokenForms, k: number): boolean {
  const i = QUOTE_MARKS.has(tokens[k]?.text ?? '') ? k + 1 : k;
  if (tokens[i]?.kind !== 'arabic') return false;
  const word = wordOf(forms, i).replace(/^ال/, '').replace(/^لل/, '');
  return openers.has(word) || openers.has(forms.norms[i].replace(/^(لل|ال|ل)/, ''));
}

/**
 * Whether tokens [first, end) name an organization rather than refer back to one: «مدير الشركة», «رئيس الحزب غير
 * المنتخب», «رئيس مجلس إدارة المصرف» are descriptions (the gold leaves them out); a definite opener or an opener word
 * must not end the phrase, a definite one not be followed by «غير», and a «و» + title head starts another title («رئيس مجلس الإدارة والرئيس التنفيذي»).
 */
function namesOrganization(
  cues: Cues,
  tokens: readonly Token[],
  forms: TokenForms,
  first: number,
  end: number,
): boolean {
  for (let k = first; k < end; k++) {
    if (k > first && tokens[k].proclitics.includes('و') && cues.titleStarts.has(wordOf(forms, k).replace(/^ال/, '')))
      return false;
    if (!cues.orgOpeners.has(forms.norms[k].replace(/^(لل|ال|ل)/, ''))) continue;
    if (k === end - 1 || (/^(لل|ال)/.test(forms.norms[k]) && forms.norms[k + 1] === 'غير')) return false;
  }
  return true;
}
