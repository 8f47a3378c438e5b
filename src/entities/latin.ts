// Latin-script originals written beside an Arabic name: «"كامبريدج انالاتيكا" Cambridge Analytica», «سناب شات
// SNAP CHAT», «(سبورتس إلستراتيد - Sports Illustrated)». Right after a person or organization mention (its closing
// quote, a dash or an opening parenthesis between at most), one to four Latin words, the first capitalized, that no
// other mention covers are the same name: a mention of the same entity (joined like a title in apposition). They must
// have as many words as the Arabic name and a first letter its first word can be written with, or be its acronym
// («مكتب التحقيقات الفيدرالي» FBI): a product written after its maker («سامسونغ Galaxy S8», «غوغل Tasks») is another
// name.
import type { Token } from '../doc/types.js';
import { coveredTokens, type Found, type LinkContext, newFound } from './found.js';

const MAX_LATIN_WORDS = 4;
const BETWEEN = new Set(['"', '»', '-', '–', '(']);

/** The index of the first Latin token after mention m (past at most one quote, dash or parenthesis), or -1. */
function latinStart(tokens: readonly Token[], m: Found): number {
  let k = m.last;
  if (k < tokens.length && BETWEEN.has(tokens[k].text)) k++;
  if (k < tokens.length && (tokens[k].text === '-' || tokens[k].text === '(')) k++;
  return k < tokens.length && tokens[k].kind === 'latin' && /^[A-Z]/.test(tokens[k].text) ? k : -1;
}

/** Latin initials an Arabic letter can be transliterated with (the article «ال» dropped first). */
const INITIALS: Record<string, string> = {
  ا: 'AEIOUY',
  أ: 'AEIOUY',
  إ: 'EIAY',
  آ: 'A',
  ع: 'AEIOU',
  ب: 'BP',
  ت: 'T',
  ث: 'TS',
  ج: 'GJ',
  ح: 'H',
  خ: 'KH',
  د: 'D',
  ذ: 'DZ',
  ر: 'R',
  ز: 'ZS',
  س: 'SC',
  ش: 'SC',
  ص: 'S',
  ض: 'D',
  ط: 'T',
  ظ: 'ZD',
  غ: 'G',
  ف: 'FPV',
  ق: 'QKGC',
  ك: 'KCQ',
  ل: 'L',
  م: 'M',
  ن: 'N',
  ه: 'H',
  و: 'WVOU',
  ي: 'YIJE',
};

/** Whether the Latin word can begin the transliteration of the Arabic one («غوغل» Google, not Tasks). */
function sameInitial(arabic: string, latin: string): boolean {
  const letter = arabic.replace(/^[#"«(]*/, '').replace(/^ال(?=..)/, '')[0];
  return INITIALS[letter]?.includes(latin[0].toUpperCase()) ?? false;
}

/**
 * As many Latin words as the mention has, starting with a letter its first word can be written with, or an acronym
 * with one capital per word of the mention («أطباء بلا حدود» MSF, «مكتب التحقيقات الفيدرالي» FBI).
 */
function sameNameShape(m: Found, tokens: readonly Token[], first: number, last: number): boolean {
  const arabicWords = m.last - m.first;
  if (last - first === arabicWords) return sameInitial(tokens[m.first].text, tokens[first].text);
  const latin = tokens[first].text;
  return last - first === 1 && arabicWords > 1 && /^[A-Z]+$/.test(latin) && latin.length === arabicWords;
}

/**
 * The Latin original the tagger already tagged as a name of its own («سناب شات SNAP CHAT», «ديدي شكسنغ (Didi
 * Chuxing)», round 30): one unlinked mention covering exactly the Latin words after m, of the same shape as above.
 */
function taggedOriginal(found: Found[], m: Found, tokens: readonly Token[], first: number): Found | undefined {
  const x = found.find((f) => f.first === first && f !== m);
  if (!x || x.target || x.cues || x.apposedTo || x.office || x.type === 'LOC') return undefined;
  if (x.last - first > MAX_LATIN_WORDS || (x.last < tokens.length && tokens[x.last].kind === 'latin')) return undefined;
  for (let k = first; k < x.last; k++) if (tokens[k].kind !== 'latin') return undefined;
  return sameNameShape(m, tokens, first, x.last) ? x : undefined;
}

export function addLatinOriginals(ctx: LinkContext, found: Found[]): void {
  const { tokens, text } = ctx;
  let covered: Uint8Array | undefined;
  const added: Found[] = [];
  for (const m of found) {
    if ((m.type !== 'ORG' && m.type !== 'PER') || m.cues || m.apposedTo) continue;
    const first = latinStart(tokens, m);
    if (first < 0) continue;
    covered ??= coveredTokens(found, tokens.length);
    const tagged = taggedOriginal(found, m, tokens, first);
    if (tagged) {
      tagged.apposedTo = m;
      tagged.type = m.type;
      continue;
    }
    let last = first;
    while (last < tokens.length && last - first < MAX_LATIN_WORDS && tokens[last].kind === 'latin' && !covered[last])
      last++;
    if (last === first || (last < tokens.length && tokens[last].kind === 'latin')) continue;
    if (!sameNameShape(m, tokens, first, last)) continue;
    const start = tokens[first].start;
    const end = tokens[last - 1].end;
    added.push(newFound({ start, end, text: text.slice(start, end), type: m.type, first, last, apposedTo: m }));
    covered.fill(1, first, last);
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}
