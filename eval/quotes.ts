// Evaluates src/quotes against the hand-annotated gold in eval/gold/quotes.jsonl.
// Run: npm run eval:quotes [-- --errors] [-- --dev]  (--errors lists dev errors, --dev skips held-out; needs the shared corpus: MARSAD_SHARED or ../shared next to the repo)
//
// The gold identifies each quote by its exact text and occurrence number in the article body (the TEXT
// field of ANT files, `content` of SaudiNewsNet records), so it does not depend on any reader's offsets.
// Annotation guidelines used for the gold:
// - direct: the words inside quotation marks (without the marks and edge spaces) that a cue verb or a
//   verbal noun attributes to someone (قال: "…"، أكد أن "…" when the marks hold the whole complement,
//   «"…"، قال X»), including partial quotes that are the object of an evaluative cue (أشاد بـ"…"،
//   وصف … بأنها "…"، رحب بـ"…"); titles, names and scare quotes are not quotes; when a complement is
//   the marked words with at most one word outside them (قال إن القمة "…"، بأنها "شريك مهم" لموسكو) the
//   quote is the marked words, direct (this rule was settled on dev while tuning; the held-out articles
//   were annotated before it, with such complements as reported clauses);
// - reported: the complement clause of a cue with a complementizer (قال إن، أكد أن، أشار إلى أن، شدد على
//   أن …) from the word after the complementizer (and its pronoun: أنه) to the end of the clause (before
//   the sentence's final punctuation, «، مضيفا/مشيرا …», «، بحسب …», «، فيما …»); quotation marks inside
//   such a clause stay part of it; a cue with a noun object (أكد التزامه، نفى التوصل) is not annotated;
// - «بحسب/وفقا لـ/حسب/وفق X»: the clause X is the source of, unless a quote already covers it;
// - speaker: the words of the text that name the speaker (a name, or a noun phrase like «مصادر أمنية»);
//   for a pronoun cue (وأضاف، وقالت، قائلا) the antecedent's words.
// Scores:
// - spans: a predicted quote matches a gold quote when they overlap by at least half of the longer of
//   the two (one-to-one, greedy in reading order); exact-span figures are printed too;
// - direct/reported accuracy and speaker accuracy over matched quotes. A speaker is right when the
//   normalized words (definite article and و/ف/ب/ل clitics dropped) of the predicted speaker's words
//   contain the gold's, or the gold's contain the prediction's (so «البعثة» = «بعثة حفظ السلام» and
//   «وزير الدفاع الروسي، سيرغي شويغو» = «شويغو»); a null gold speaker needs a null prediction.
import { splitSentences, tokenize } from '../src/arabic/index.js';
import { normalizeForMatch } from '../src/arabic/normalize.js';
import { type FoundQuote, findQuotes } from '../src/quotes/index.js';
import { goldArticleBody, newsDir, nthOccurrence, readGold } from './lib/gold.js';
import { formatPrf } from './lib/prf.js';

interface GoldQuote {
  text: string;
  occurrence: number;
  direct: boolean;
  speaker: string | null;
  cue: string | null;
}

interface GoldArticle {
  file: string;
  record?: number;
  published: string;
  split: 'dev' | 'heldout';
  quotes: GoldQuote[];
}

interface Scores {
  gold: number;
  predicted: number;
  matched: number;
  exact: number;
  modeCorrect: number;
  speakerCorrect: number;
  errors: string[];
}

function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap <= 0 ? 0 : overlap / Math.max(a.end - a.start, b.end - b.start);
}

/** The words of a speaker for comparison: normalized, split on non-letters, clitics and the article dropped. */
function speakerWords(text: string): string[] {
  return normalizeForMatch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => w.replace(/^(?:[وفبل]?ال|لل|[وفبل](?=..))/, ''));
}

function sameSpeaker(predicted: string | null, gold: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const p = speakerWords(predicted);
  const g = speakerWords(gold);
  if (p.length === 0) return false;
  return g.every((w) => p.includes(w)) || p.every((w) => g.includes(w));
}

function scoreArticle(article: GoldArticle, scores: Scores): void {
  const body = goldArticleBody(article);
  const tokens = tokenize(body);
  const predicted = findQuotes({ text: body, tokens, sentences: splitSentences(body, tokens) });
  const label = `${article.file}${article.record !== undefined ? `#${article.record}` : ''}`;
  const gold = article.quotes.map((q) => {
    const start = nthOccurrence(body, q.text, q.occurrence);
    if (start < 0) throw new Error(`gold quote "${q.text.slice(0, 30)}" #${q.occurrence} not found in ${label}`);
    return { ...q, start, end: start + q.text.length };
  });
  scores.gold += gold.length;
  scores.predicted += predicted.length;
  const used = new Set<number>();
  for (const p of predicted) {
    const g = bestMatch(p, gold, used);
    if (g < 0) {
      scores.errors.push(`${label}: false positive «${clip(p.text)}» (${p.speakerName})`);
      continue;
    }
    used.add(g);
    const truth = gold[g];
    scores.matched++;
    if (truth.start === p.start && truth.end === p.end) scores.exact++;
    else scores.errors.push(`${label}: boundary «${clip(p.text)}» vs gold «${clip(truth.text)}»`);
    if (truth.direct === p.direct) scores.modeCorrect++;
    else scores.errors.push(`${label}: mode «${clip(p.text)}» direct=${p.direct}`);
    if (sameSpeaker(p.speakerName, truth.speaker)) scores.speakerCorrect++;
    else scores.errors.push(`${label}: speaker «${clip(p.text)}» → ${p.speakerName}, gold ${truth.speaker}`);
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) scores.errors.push(`${label}: missed «${clip(g.text)}» (${g.speaker}, ${g.cue})`);
  });
}

function bestMatch(p: FoundQuote, gold: { start: number; end: number }[], used: Set<number>): number {
  let best = -1;
  let bestShare = 0.5;
  gold.forEach((g, i) => {
    const share = overlapShare(p, g);
    if (!used.has(i) && share >= bestShare) {
      best = i;
      bestShare = share;
    }
  });
  return best;
}

function clip(text: string): string {
  return text.length > 50 ? `${text.slice(0, 50)}…` : text;
}

function ratio(n: number, d: number): string {
  return (d ? n / d : 0).toFixed(4);
}

function report(name: string, articles: GoldArticle[], showErrors: boolean): void {
  const s: Scores = { gold: 0, predicted: 0, matched: 0, exact: 0, modeCorrect: 0, speakerCorrect: 0, errors: [] };
  for (const article of articles) scoreArticle(article, s);
  console.log(
    `${name.padEnd(8)} articles=${articles.length} gold=${s.gold} predicted=${s.predicted} matched=${s.matched}\n` +
      `  span (overlap>=50%) ${formatPrf(s.matched, s.predicted, s.gold)}\n` +
      `  span (exact)        ${formatPrf(s.exact, s.predicted, s.gold)}\n` +
      `  direct/reported accuracy=${ratio(s.modeCorrect, s.matched)} (${s.modeCorrect}/${s.matched})` +
      `  speaker accuracy=${ratio(s.speakerCorrect, s.matched)} (${s.speakerCorrect}/${s.matched})`,
  );
  if (showErrors) for (const error of s.errors) console.log(`  ${error}`);
}

function main(): void {
  newsDir(); // exits with a clear message when the shared corpus is absent
  const gold = readGold<GoldArticle>('quotes');
  // Errors are printed for dev only: the held-out articles are never looked at while tuning.
  report(
    'dev',
    gold.filter((a) => a.split === 'dev'),
    process.argv.includes('--errors'),
  );
  if (process.argv.includes('--dev')) return;
  report(
    'heldout',
    gold.filter((a) => a.split === 'heldout'),
    false,
  );
}

main();
