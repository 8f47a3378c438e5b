// Football clubs (kind club in data/gazetteer/organizations.tsv) through the whole pipeline: a club's full name is
// one ORG entity with its English name, while a bare city name or a bank's «الأهلي» never becomes a club.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/doc/types.js';
import { loadGazetteer } from '../../src/entities/gazetteer.js';
import { analyzedParagraph } from '../lib/docs.js';

const entitiesOf = (text: string): Entity[] => analyzedParagraph(text, '2026-11-01').layers.entities;
const withMention = (entities: Entity[], text: string) => entities.find((e) => e.mentions.some((m) => m.text === text));

describe('football clubs', () => {
  it('links both clubs of a sports sentence as ORG with their English names', () => {
    const entities = entitiesOf(
      'تأهل الوداد البيضاوي إلى نهائي دوري أبطال أفريقيا بعد فوزه على الترجي الرياضي التونسي في مباراة مثيرة.',
    );
    for (const [text, key, nameEn] of [
      ['الوداد البيضاوي', 'org:wydad-ac', 'Wydad AC'],
      ['الترجي الرياضي التونسي', 'org:esperance-tunis', 'Espérance de Tunis'],
    ]) {
      const e = withMention(entities, text);
      assert.ok(e, `no mention «${text}»`);
      assert.equal(e.key, key);
      assert.equal(e.type, 'ORG');
      assert.equal(e.nameEn, nameEn);
    }
    // Tunisia inside the club's name is no mention of the country.
    assert.ok(!entities.some((e) => e.key === 'country:TN'));
  });

  it('keeps a bare city name the city: «مدينة برشلونة» is Barcelona (LOC), not the club', () => {
    const e = withMention(entitiesOf('وصل الرئيس إلى مدينة برشلونة صباح اليوم في زيارة رسمية.'), 'برشلونة');
    assert.ok(e, 'no mention «برشلونة»');
    assert.equal(e.type, 'LOC');
    assert.notEqual(e.key, 'org:fc-barcelona');
  });

  it('never links a bank called «الأهلي» to Al Ahly', () => {
    // The tagger may or may not make «البنك الأهلي» a mention; either way it is never the club.
    const bankOnly = entitiesOf('أعلن البنك الأهلي المصري رفع سعر الفائدة على الودائع.');
    assert.ok(!bankOnly.some((e) => e.key === 'org:al-ahly-sc'), JSON.stringify(bankOnly.map((e) => e.key)));
    const mixed = entitiesOf('قرر البنك الأهلي رفع سعر الفائدة، فيما فاز الأهلي المصري على نادي الزمالك.');
    const ahly = mixed.find((e) => e.key === 'org:al-ahly-sc');
    assert.deepEqual(
      ahly?.mentions.map((m) => m.text),
      ['الأهلي المصري'],
    );
    assert.equal(withMention(mixed, 'نادي الزمالك')?.key, 'org:zamalek-sc');
  });

  it('lists no bare club name that is a common word or a city', () => {
    const g = loadGazetteer();
    for (const word of [
      'برشلونة',
      'ليفربول',
      'ميلان',
      'روما',
      'الأهلي',
      'الهلال',
      'النصر',
      'الاتحاد',
      'الزمالك',
      'الرجاء',
    ])
      assert.ok(!g.lookup(word).some((c) => c.entry.kind === 'org' && c.entry.orgKind === 'club'), word);
  });
});
