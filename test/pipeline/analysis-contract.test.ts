// The analysis JSON of real articles validates against the published schema, and every span points into the body.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Analysis } from '../../src/doc/types.js';
import { analyzeInputs } from '../../src/pipeline/analyze.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const SAMPLE = new URL('../fixtures/pagedump/bbc-putin-north-korea/input.txt', import.meta.url).pathname;

async function analyzeOne(path: string, published?: string): Promise<Analysis> {
  for await (const result of analyzeInputs([path], { published })) {
    if (!result.ok) throw new Error(result.error);
    return result.analysis;
  }
  throw new Error('no article');
}

function assertSpansInBody(analysis: Analysis): void {
  const { body } = analysis;
  const check = (what: string, s: { start: number; end: number; text?: string }) => {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= body.length, `${what} span out of range`);
    if (s.text !== undefined) assert.equal(body.slice(s.start, s.end), s.text, `${what} text differs from body slice`);
  };
  for (const b of analysis.blocks) check('block', b);
  for (const e of analysis.entities) for (const m of e.mentions) check(`mention of ${e.name}`, m);
  for (const q of analysis.quotes) check('quote', q);
  for (const t of analysis.times) check('time', t);
  for (const e of analysis.events) {
    check('event sentence', e.sentence);
    check('event trigger', e.trigger);
  }
}

test('the sample page dump gives a schema-valid analysis whose spans all point into the body', async () => {
  const analysis = await analyzeOne(SAMPLE, '2023-08-15');
  assert.ok(validate(analysis), JSON.stringify(validate.errors, null, 1));
  assertSpansInBody(analysis);
  assert.equal(analysis.published, '2023-08-15');
  assert.equal(analysis.lang, 'ar');
  assert.equal(analysis.title, 'بوتين يدعو إلى تعزيز التعاون مع كوريا الشمالية "في جميع المجالات"');
  // Blocks are joined by a blank line and never overlap.
  for (let i = 1; i < analysis.blocks.length; i++) {
    assert.equal(analysis.body.slice(analysis.blocks[i - 1].end, analysis.blocks[i].start), '\n\n');
  }
});

test('the id is stable across runs and changes with the body', async () => {
  const first = await analyzeOne(SAMPLE, '2023-08-15');
  const second = await analyzeOne(SAMPLE, '2023-08-15');
  assert.equal(first.id, second.id);
  const dir = mkdtempSync(join(tmpdir(), 'marsad-id-'));
  const edited = join(dir, 'edited.txt');
  writeFileSync(edited, readFileSync(SAMPLE, 'utf8').replace('سيرغي شويغو', 'سيرجي شويجو'));
  const third = await analyzeOne(edited, '2023-08-15');
  assert.notEqual(third.id, first.id);
  rmSync(dir, { recursive: true });
});
