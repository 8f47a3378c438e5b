// A name right after a bank or fund noun is part of that organization's name (namesAfterOrganizationNouns).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/doc/types.js';
import { analyzedParagraph } from '../lib/docs.js';

const entitiesOf = (text: string): Entity[] => analyzedParagraph(text, '2026-11-01').layers.entities;
const keyed = (entities: Entity[]) => entities.map((e) => [e.key, e.mentions.map((m) => m.text)]);

describe('names after a bank or fund noun', () => {
  it('«البنك الأهلي المصري» is one organization, not the club nor Egypt', () => {
    const entities = entitiesOf('أعلن البنك الأهلي المصري رفع سعر الفائدة على الودائع.');
    assert.deepEqual(
      entities.map((e) => e.mentions.map((m) => m.text)),
      [['البنك الأهلي المصري']],
    );
    assert.ok(
      !entities.some((e) => e.key === 'org:al-ahly-sc' || e.key === 'country:EG'),
      JSON.stringify(keyed(entities)),
    );
  });

  it('an indefinite noun opens any name: «مصرف سوريا المركزي», «صندوق قطر للتنمية» are no countries', () => {
    for (const [text, country] of [
      ['قال محافظ مصرف سوريا المركزي إن الليرة استقرت.', 'country:SY'],
      ['وقال صندوق قطر للتنمية إنه سيمول المشروع.', 'country:QA'],
    ]) {
      const entities = entitiesOf(text);
      assert.ok(!entities.some((e) => e.key === country), JSON.stringify(keyed(entities)));
      const org = entities.find((e) => e.mentions.some((m) => /^(مصرف|صندوق) /.test(m.text)));
      assert.equal(org?.type, 'ORG', JSON.stringify(keyed(entities)));
    }
  });

  it('a bare name after a definite noun is in apposition, not the bank’s name', () => {
    const entities = entitiesOf('وقال رئيس مجلس إدارة المصرف عبدالله بن سليمان الراجحي إن الأرباح ارتفعت.');
    const person = entities.find((e) => e.mentions.some((m) => m.text.endsWith('عبدالله بن سليمان الراجحي')));
    assert.ok(person, JSON.stringify(keyed(entities)));
    assert.ok(!person.mentions.some((m) => m.text.includes('المصرف')), JSON.stringify(keyed(entities)));
  });
});
