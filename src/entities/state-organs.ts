// «الخارجية الإيرانية», «الرئاسة الفرنسية»: a state organ named by a bare definite noun and its country's feminine
// demonym is an organization in the gold (round 32; the nouns and the gold's readings are in
// data/gazetteer/state-organ-nouns.tsv). The tagger seldom tags them, and the gazetteer has only a few («الخارجية
// الأمريكية»): the rest are added as organization mentions with no key, of the demonym's country. The pass runs only
// where one of the nouns occurs in the text.
import { readTsvTable } from '../arabic/data.js';
import { coveredTokens, demonymKeys, type Found, type LinkContext, nameStart, newFound, wordOf } from './found.js';
import { nameKey } from './gazetteer.js';

interface OrganNouns {
  /** The nouns as written, to find them in the text before any token is read. */
  written: string[];
  organs: Set<string>;
  offices: Set<string>;
  /** Words after which the noun is the office or an adjective, not the body («انتخابات الرئاسة»). */
  notAfter: Set<string>;
  /** The ministry noun before an organ: «وزارة الداخلية المصرية» is the body «الداخلية المصرية» names. */
  ministries: Set<string>;
}

let organNouns: OrganNouns | undefined;

function nouns(): OrganNouns {
  if (organNouns) return organNouns;
  const table = readTsvTable('gazetteer/state-organ-nouns.tsv');
  const kind = table.col('kind');
  const rows = table.rows.map((row) => ({ word: row[0], kind: row[kind] }));
  organNouns = {
    written: rows.filter((r) => r.kind === 'organ').map((r) => r.word.replace(/^ال/, '')),
    organs: new Set(rows.filter((r) => r.kind === 'organ').map((r) => nameKey(r.word))),
    offices: new Set(rows.filter((r) => r.kind === 'office').map((r) => nameKey(r.word))),
    notAfter: new Set(rows.filter((r) => r.kind === 'not_after').map((r) => nameKey(r.word))),
    ministries: new Set(rows.filter((r) => r.kind === 'ministry').map((r) => nameKey(r.word))),
  };
  return organNouns;
}

/** The country whose feminine demonym, with the article and nothing glued, token k is. */
function feminineDemonymAt(ctx: LinkContext, k: number): string | undefined {
  const t = ctx.tokens[k];
  const norm = ctx.forms.norms[k];
  if (t?.kind !== 'arabic' || t.proclitics.some((c) => c !== 'ال') || t.enclitic || !/^ال.{3,}يه$/.test(norm))
    return undefined;
  for (const c of ctx.g.lookupKey(norm))
    if (c.entry.kind === 'country' && (c.via === 'demonym' || demonymKeys(c.entry).has(norm))) return c.entry.iso2;
  return undefined;
}

/**
 * Whether the organ noun at token i can follow the word before it: not a title head («وزير الخارجية الإيرانية», a
 * person title), not a definite word whose adjective it is («السياسة الخارجية»), not a word of the office
 * («انتخابات الرئاسة»).
 */
function organAfter(ctx: LinkContext, i: number, notAfter: ReadonlySet<string>): boolean {
  const { tokens, forms, cues } = ctx;
  const before = tokens[i - 1];
  if (before.kind !== 'arabic' || tokens[i].start - before.end !== 1) return true;
  const word = wordOf(forms, i - 1);
  // Office words are matched on the stem, without the article or a pronoun («فوزه بالرئاسة»).
  if (notAfter.has(before.stem)) return false;
  // «للمرشح الجمهوري للرئاسة الأميركية»: after a glued «ل» or «ب» the office word may stand one word further back.
  if (tokens[i].proclitics.some((c) => c !== 'ال')) return i < 2 || !notAfter.has(tokens[i - 2].stem);
  return !cues.titles.has(word) && !before.proclitics.includes('ال');
}

/** Whether the text has one of the organ nouns: the passes read no token otherwise. */
function organInText(text: string): boolean {
  return nouns().written.some((w) => text.includes(w));
}

/**
 * Adds «الخارجية الإيرانية» and the like as organization mentions where no mention covers them (before the apposition
 * pass, so that «المتحدث باسم الخارجية الإثيوبية، ملس ألم» is a title beside the name).
 */
export function stateOrgans(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  if (!organInText(text)) return;
  const { organs, notAfter } = nouns();
  let covered: Uint8Array | undefined;
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].kind !== 'arabic' || tokens[i].enclitic || !organs.has(wordOf(forms, i))) continue;
    if (tokens[i + 1].start - tokens[i].end !== 1) continue;
    const country = feminineDemonymAt(ctx, i + 1);
    if (!country) continue;
    covered ??= coveredTokens(found, tokens.length);
    if (covered[i] || covered[i + 1]) continue;
    if (i > 0 && !organAfter(ctx, i, notAfter)) continue;
    const start = nameStart(tokens, forms, i);
    const end = tokens[i + 1].end;
    found.push(newFound({ start, end, text: text.slice(start, end), type: 'ORG', first: i, last: i + 2, country }));
    covered[i] = covered[i + 1] = 1;
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

/**
 * «مكتب الرئاسة الفرنسية»: an unlinked organization of an office word, an organ noun and its demonym (the apposition
 * pass reads «مكتب» as a body's head) starts at the organ, as the gold writes it (round 11).
 */
export function officesOfStateOrgans(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  if (!organInText(text)) return;
  const { organs, offices } = nouns();
  for (const m of found) {
    if (m.target || m.type !== 'ORG' || m.last - m.first !== 3 || !offices.has(wordOf(forms, m.first))) continue;
    if (!organs.has(forms.norms[m.first + 1]) || !feminineDemonymAt(ctx, m.first + 2)) continue;
    m.first++;
    m.start = tokens[m.first].start;
    m.text = text.slice(m.start, m.end);
  }
}

/**
 * The words of a document-local organization key with a ministry noun before an organ noun and a definite feminine
 * demonym left out: «وزارة الداخلية المصرية» and «الداخلية المصرية» in one article are one body (round 33), as the
 * gold reads them. Other keys are returned as they are.
 */
export function organKeyWords(words: string[]): string[] {
  if (words.length !== 3 || !/^ال.{3,}يه$/.test(words[2])) return words;
  const { ministries, organs } = nouns();
  return ministries.has(words[0]) && organs.has(words[1]) ? words.slice(1) : words;
}

/**
 * Whether the word (clitic-free key) is an office noun of state-organ-nouns.tsv («مكتب»): before a title it names the
 * bureau, not its holder («مكتب المدعي العام في إيران», round 33; round 10's «مكتب قائد الشرطة في بيرس كاونتي»).
 */
export function isOfficeWord(word: string): boolean {
  return nouns().offices.has(word);
}
