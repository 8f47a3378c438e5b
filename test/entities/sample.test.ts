// End to end on the sample page dump (BBC Arabic, published 2023-08-15): reader → tokens → NER → linking.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/doc/types.js';
import { readArticle } from '../../src/ingest/index.js';
import { analyzeDoc } from '../../src/pipeline/analyze.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/pagedump/bbc-putin-north-korea/input.txt');

async function sampleEntities(): Promise<Entity[]> {
  const article = await readArticle(fixture, { published: '2023-08-15' });
  return analyzeDoc(article, { published: '2023-08-15' }).layers.entities;
}

describe('entities of the sample article', async () => {
  const entities = await sampleEntities();
  const byKey = (key: string) => entities.filter((e) => e.key === key);

  it('makes every person one entity with English name and country', () => {
    const people: [string, string, string][] = [
      ['person:vladimir-putin', 'Vladimir Putin', 'RU'],
      ['person:kim-jong-un', 'Kim Jong Un', 'KP'],
      ['person:sergei-shoigu', 'Sergei Shoigu', 'RU'],
      ['person:kang-sun-nam', 'Kang Sun Nam', 'KP'],
      ['person:antony-blinken', 'Antony Blinken', 'US'],
      ['person:yoon-suk-yeol', 'Yoon Suk Yeol', 'KR'],
      ['person:joe-biden', 'Joe Biden', 'US'],
      ['person:fumio-kishida', 'Fumio Kishida', 'JP'],
    ];
    for (const [key, nameEn, country] of people) {
      const found = byKey(key);
      assert.equal(found.length, 1, `${key}: ${found.length} entities`);
      assert.equal(found[0].nameEn, nameEn);
      assert.equal(found[0].country, country);
      assert.equal(found[0].type, 'PER');
    }
  });

  it('gives every «يون» to Yoon and «الرئيس الروسي» to Putin', () => {
    const yoonMentions = entities.flatMap((e) => e.mentions.filter((m) => m.text === 'يون').map(() => e.key));
    assert.ok(yoonMentions.length >= 5);
    assert.ok(yoonMentions.every((key) => key === 'person:yoon-suk-yeol'));
    const putin = byKey('person:vladimir-putin')[0];
    assert.ok(putin.mentions.some((m) => m.text === 'الرئيس الروسي'));
  });

  it('gives countries their ISO codes and capitals the country they act for', () => {
    for (const iso of ['RU', 'KP', 'KR', 'US', 'JP', 'UA', 'CN']) {
      const [country] = byKey(`country:${iso}`);
      assert.ok(country, `country:${iso} missing`);
      assert.equal(country.country, iso);
    }
    const pyongyang = entities.find((e) => e.nameEn === 'Pyongyang');
    assert.equal(pyongyang?.country, 'KP');
    assert.equal(entities.find((e) => e.nameEn === 'Moscow')?.country, 'RU');
  });
});
