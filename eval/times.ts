// Evaluates src/time against the hand-annotated gold in eval/gold/times.jsonl.
// Run: npm run eval:times  (needs the shared corpus: MARSAD_SHARED or ../shared next to the repo)
//
// The gold identifies each expression by its exact text and occurrence number in the article body
// (the TEXT field of ANT files, `content` of SaudiNewsNet records), so it does not depend on any
// reader's offsets. Annotation guidelines used for the gold:
// - annotated: dates, months, years, weekdays, year/date ranges, decades, centuries, Hijri dates,
//   relative days/weeks/months/years (أمس، الأسبوع الماضي، السنة السابقة) and counted offsets from
//   the publication date (منذ ثلاثة أيام، قبل نحو شهرين);
// - not annotated: durations (لمدة عام، 36 عاما), vague times (قبل أيام، حاليا، في الماضي), times of
//   day, seasons (الصيف القادم، هذا الموسم), offsets from another event (بعد 5 أعوام من ذلك);
// - the span starts at the time noun (يوم، عام، سنة، شهر) or the date itself, without clitics or
//   prepositions (في، خلال، نهاية), except من/بين of a range and منذ/قبل of a counted offset; it
//   includes a following الماضي/المقبل/الجاري and a paired month name (يوليو/تموز);
// - the value is what the text means, even where that needs knowledge the publication date alone
//   does not give (ثورة 25 يناير → 2011-01-25; a dateline's اليوم).
// Scores: span precision/recall/F1 by exact span match; value accuracy over matched spans.
import { findTimes } from '../src/time/index.js';
import { goldArticleBody, newsDir, nthOccurrence, readGold } from './lib/gold.js';
import { formatPrf } from './lib/prf.js';

interface GoldTime {
  text: string;
  occurrence: number;
  value: string | null;
}

interface GoldArticle {
  file: string;
  record?: number;
  published: string;
  split: 'dev' | 'heldout';
  times: GoldTime[];
}

interface Scores {
  gold: number;
  predicted: number;
  matched: number;
  valueCorrect: number;
  errors: string[];
}

function scoreArticle(article: GoldArticle, scores: Scores): void {
  const body = goldArticleBody(article);
  const gold = new Map<string, GoldTime>();
  for (const time of article.times) {
    const start = nthOccurrence(body, time.text, time.occurrence);
    if (start < 0) throw new Error(`gold span "${time.text}" #${time.occurrence} not found in ${article.file}`);
    gold.set(`${start}:${start + time.text.length}`, time);
  }
  const predicted = findTimes(body, article.published);
  scores.gold += gold.size;
  scores.predicted += predicted.length;
  const label = `${article.file}${article.record !== undefined ? `#${article.record}` : ''}`;
  const matchedKeys = new Set<string>();
  for (const p of predicted) {
    const key = `${p.start}:${p.end}`;
    const g = gold.get(key);
    if (!g) {
      scores.errors.push(`${label}: false positive «${p.text}» → ${p.value}`);
      continue;
    }
    matchedKeys.add(key);
    scores.matched++;
    if (g.value === p.value) scores.valueCorrect++;
    else scores.errors.push(`${label}: value «${p.text}» → ${p.value}, gold ${g.value}`);
  }
  for (const [key, g] of gold) {
    if (!matchedKeys.has(key)) scores.errors.push(`${label}: missed «${g.text}» (gold ${g.value})`);
  }
}

function report(name: string, articles: GoldArticle[], showErrors: boolean): void {
  const scores: Scores = { gold: 0, predicted: 0, matched: 0, valueCorrect: 0, errors: [] };
  for (const article of articles) scoreArticle(article, scores);
  const accuracy = scores.matched ? scores.valueCorrect / scores.matched : 0;
  console.log(
    `${name.padEnd(8)} articles=${articles.length} gold=${scores.gold} predicted=${scores.predicted} matched=${scores.matched}  ` +
      `span ${formatPrf(scores.matched, scores.predicted, scores.gold)}  value accuracy=${accuracy.toFixed(4)} (${scores.valueCorrect}/${scores.matched})`,
  );
  if (showErrors) for (const error of scores.errors.slice(0, 25)) console.log(`  ${error}`);
}

function main(): void {
  newsDir(); // exits with a clear message when the shared corpus is absent
  const gold = readGold<GoldArticle>('times');
  // Errors are printed for dev only: the held-out articles are never looked at while tuning.
  report(
    'dev',
    gold.filter((a) => a.split === 'dev'),
    true,
  );
  report(
    'heldout',
    gold.filter((a) => a.split === 'heldout'),
    false,
  );
}

main();
