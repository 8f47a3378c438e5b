// NER sentences of today's news (ANERcorp is from 2006–2007) over the article texts of ../shared/data/news, from two
// hand-annotated golds: eval/gold/ner-news.jsonl (news annotated in the ANERcorp scheme; its train split is trained
// on, its dev split scored by `eval:ner --news`) and the dev articles of the entity-linking gold
// (eval/gold/entities.jsonl), converted. Used by scripts/build-ner-news.ts (the file the shipped model is trained on)
// and eval/ner.ts (the same configuration trained on 90% of ANERcorp).
//
// Conversion of the linking gold (its conventions differ from ANERcorp's in three ways, handled here):
// - words are the foundation's tokens of the body (glued clitics stay on the word, as in ANERcorp), and every token
//   a gold mention overlaps gets its B-/I- tag (PER → PERS);
// - a «title + country» role phrase («الرئيس الروسي», «وزير الخارجية الإيراني») is a PER mention in the linking gold
//   but not a name in ANERcorp: its words are tagged O when every word after the title is a nisba adjective or
//   another title; a sentence with any other role phrase («زعيم كوريا الشمالية», whose country ANERcorp would tag
//   LOC) is left out;
// - MISC names are not annotated in the linking gold; their sentences are kept (leaving out those where the tagger
//   found a MISC name lowered tune F1 0.7634 → 0.7598 and news dev 0.7768 → 0.7587, and made the training data
//   depend on the model that was shipped when it was built).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceStage, tokenStage } from '../../src/arabic/stage.js';
import type { Doc, Token } from '../../src/doc/types.js';
import { readInputs } from '../../src/ingest/index.js';
import type { TaggedSentence } from '../../src/ner/conll.js';
import { nerLexicon } from '../../src/ner/lexicon.js';
import { analyzeDoc } from '../../src/pipeline/analyze.js';
import { goldPath, newsDir, nthOccurrence, readGold } from './gold.js';

interface LinkingArticle {
  file: string;
  split: 'dev' | 'heldout';
  round?: number;
  entities: { type: string; mentions: GoldMention[] }[];
}

/** An article of eval/gold/ner-news.jsonl: every name annotated in the ANERcorp scheme (see eval/gold/ner-news.md). */
interface NerNewsArticle {
  file: string;
  /** The record's index in a SaudiNewsNet file. */
  record?: number;
  split: 'train' | 'dev';
  mentions: (GoldMention & { type: string })[];
}

interface GoldMention {
  text: string;
  occurrence: number;
}

interface Span {
  start: number;
  end: number;
  type: string;
}

const ANERCORP_TYPE: Record<string, string> = { PER: 'PERS', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };
const STAGES = [tokenStage, sentenceStage];

/** The article as the project's reader gives it (for a SaudiNewsNet file, its `record`-th article). */
async function readDoc(article: { file: string; record?: number }): Promise<Doc> {
  const file = join(newsDir(), article.file);
  let index = 0;
  for await (const result of readInputs([file], {})) {
    if (index++ !== (article.record ?? 0)) continue;
    if (result.ok) return analyzeDoc(result.article, { stages: STAGES });
    throw new Error(`${file}: ${result.error}`);
  }
  throw new Error(`${file}: no article ${article.record ?? 0}`);
}

function spansOf(mentions: readonly (GoldMention & { type: string })[], text: string, file: string): Span[] {
  return mentions.map((m) => {
    const start = nthOccurrence(text, m.text, m.occurrence);
    if (start < 0) throw new Error(`gold «${m.text}» #${m.occurrence} not found in ${file}`);
    return { start, end: start + m.text.length, type: ANERCORP_TYPE[m.type] ?? m.type };
  });
}

const isNisba = (t: Token) => /(ي|يه|يين|يون|يان)$/.test(t.stem);

/** A PER mention that opens with a title: 'plain' when the rest are nisba adjectives or titles, else 'other'. */
function rolePhrase(tokens: Token[]): 'plain' | 'other' | null {
  const { cues } = nerLexicon();
  if (tokens.length < 2 || cues.get(tokens[0].stem) !== 'TITLE') return null;
  return tokens.slice(1).every((t) => isNisba(t) || cues.get(t.stem) === 'TITLE') ? 'plain' : 'other';
}

/**
 * The article's sentences as ANERcorp-style tagged words. With `linkingGold`, the conversions above apply and the
 * sentences they cannot vouch for are left out.
 */
function taggedSentences(
  doc: Doc,
  spans: Span[],
  linkingGold: boolean,
): { sentences: TaggedSentence[]; dropped: number } {
  const tokens = doc.layers.tokens;
  const tags = tokens.map(() => 'O');
  const unsure = new Set<number>();
  for (const span of spans) {
    const inside = tokens.flatMap((t, i) => (t.start < span.end && t.end > span.start ? [i] : []));
    if (inside.length === 0) continue;
    const role = linkingGold && span.type === 'PERS' ? rolePhrase(inside.map((i) => tokens[i])) : null;
    if (role === 'plain') continue;
    if (role === 'other') unsure.add(inside[0]);
    inside.forEach((i, k) => {
      tags[i] = `${k === 0 ? 'B' : 'I'}-${span.type}`;
    });
  }
  const sentences: TaggedSentence[] = [];
  let dropped = 0;
  for (const sentence of doc.layers.sentences) {
    const ids = tokens.flatMap((t, i) => (t.start >= sentence.start && t.end <= sentence.end ? [i] : []));
    if (ids.length === 0) continue;
    if (ids.some((i) => unsure.has(i))) {
      dropped++;
      continue;
    }
    sentences.push({ words: ids.map((i) => tokens[i].text.replace(/\s+/g, '_')), tags: ids.map((i) => tags[i]) });
  }
  return { sentences, dropped };
}

/**
 * How many times the shipped configuration repeats the news sentences after ANERcorp's, chosen on the tune split
 * and the news dev split together: with the 116 train articles of ner-news.jsonl and the 57 linking-gold articles,
 * ×1 gives tune 0.7634 and news dev 0.7768, ×2 0.7531 and 0.7549; without news, 0.7620 and 0.6785. See
 * models/README.md.
 */
export const NEWS_WEIGHT = 1;

export interface NewsSentences {
  sentences: TaggedSentence[];
  articles: number;
  /** Sentences of the linking gold left out by the conversion. */
  dropped: number;
}

/**
 * The news the shipped tagger trains on: the linking gold's dev articles of the given rounds (1 = the first dev
 * articles; default: all of them), converted, then the train split of eval/gold/ner-news.jsonl.
 */
export async function newsTrainingSentences(rounds?: ReadonlySet<number>): Promise<NewsSentences> {
  const linking = readGold<LinkingArticle>('entities').filter(
    (a) => a.split === 'dev' && (!rounds || rounds.has(a.round ?? 1)),
  );
  const out: NewsSentences = { sentences: [], articles: 0, dropped: 0 };
  for (const article of linking) {
    const doc = await readDoc(article);
    const mentions = article.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
    add(out, taggedSentences(doc, spansOf(mentions, doc.text, article.file), true));
  }
  const annotated = await nerNewsSentences('train');
  out.sentences.push(...annotated.sentences);
  out.articles += linking.length + annotated.articles;
  return out;
}

/** One split of eval/gold/ner-news.jsonl (news annotated in the ANERcorp scheme) as tagged sentences. */
export async function nerNewsSentences(split: 'train' | 'dev'): Promise<NewsSentences> {
  const articles = existsSync(goldPath('ner-news'))
    ? readGold<NerNewsArticle>('ner-news').filter((a) => a.split === split)
    : [];
  const out: NewsSentences = { sentences: [], articles: articles.length, dropped: 0 };
  for (const article of articles) {
    const doc = await readDoc(article);
    add(out, taggedSentences(doc, spansOf(article.mentions, doc.text, article.file), false));
  }
  return out;
}

function add(out: NewsSentences, part: { sentences: TaggedSentence[]; dropped: number }): void {
  out.sentences.push(...part.sentences);
  out.dropped += part.dropped;
}
