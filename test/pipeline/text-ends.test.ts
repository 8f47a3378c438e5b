// Texts that stop anywhere: every stage must read a text whose last token is any word, with no stop after it. Corpora
// split into paragraphs (the scale tests' demo corpus) and feeds' summaries end that way; a pass that looks at the
// token after a trigger or a name once read past the end (round 44's bodyAgentAfterL, caught by the scale test). The
// texts are the real articles of test/fixtures (ANT corpus, the BBC sample page, and an Al Arabiya attack story kept
// for this test), each sentence cut after each of its words and with its stop removed.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { readArticle } from '../../src/ingest/index.js';
import { analyzedParagraph } from '../lib/docs.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const ARTICLES = [
  ...readdirSync(`${fixtures}corpus`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `${fixtures}corpus/${f}`),
  `${fixtures}pagedump/bbc-putin-north-korea/input.txt`,
  `${fixtures}text-ends/AL-internationalNews-183-20180224.txt`,
];

/** Every layer's spans lie inside the text. */
function assertSpansInside(doc: Doc, what: string): void {
  for (const [layer, spans] of Object.entries(doc.layers))
    for (const s of spans as { start?: number; end?: number }[])
      if (typeof s.start === 'number' && typeof s.end === 'number')
        assert.ok(0 <= s.start && s.start <= s.end && s.end <= doc.text.length, `${layer} span outside ${what}`);
}

/** The texts to analyze: each sentence without its stop, and each word-prefix of each sentence. */
function cutTexts(body: string): string[] {
  const sentences = body
    .split(/(?<=[.!؟?])\s+/)
    .map((s) => s.replace(/[.!؟?"»)\s]+$/u, ''))
    .filter((s) => s.length > 0);
  const texts = [...sentences];
  for (const sentence of sentences)
    for (const m of sentence.matchAll(/\S+/g)) texts.push(sentence.slice(0, (m.index ?? 0) + m[0].length));
  return texts;
}

for (const file of ARTICLES) {
  test(`every cut of ${file.split('/').slice(-2).join('/')} is analyzed, its spans inside the text`, async () => {
    const article = await readArticle(file);
    const texts = cutTexts(article.blocks.map((b) => b.text).join('\n'));
    assert.ok(texts.length > 5, 'the article gives texts to cut');
    for (const text of texts) {
      let doc: Doc | undefined;
      assert.doesNotThrow(
        () => {
          doc = analyzedParagraph(text, '2018-02-24');
        },
        `«${text.slice(-40)}»`,
      );
      assertSpansInside(doc as Doc, `«${text.slice(-40)}»`);
    }
  });
}
