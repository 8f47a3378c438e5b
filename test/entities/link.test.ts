// Linking and in-document coreference on real news sentences. The NER layer is filled by hand (the mentions a
// tagger would give), so these tests pin the linker's behaviour independently of the tagger's model.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc, Entity, EntityType } from '../../src/doc/types.js';
import { linkEntities } from '../../src/entities/link.js';
import { docWithMentions, entityWith } from '../lib/docs.js';

const docWith = (text: string, mentions: [string, EntityType, string?][], published: string | null = '2023-08-15') =>
  docWithMentions(text, mentions, published);

function checkOffsets(doc: Doc, entities: Entity[]): void {
  for (const e of entities) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
}

describe('linking names to the gazetteer', () => {
  it('links spelling variants and names glued to clitics, with offsets that exclude the clitics', () => {
    const doc = docWith('وقال بوتن إن العقوبات لن تضر بروسيا، فيما ردت والولايات المتحدة بفرض قيود جديدة.', [
      ['بوتن', 'PER'],
      ['روسيا', 'LOC'],
    ]);
    const { entities } = linkEntities(doc);
    checkOffsets(doc, entities);
    const putin = entityWith(entities, 'بوتن');
    assert.equal(putin.key, 'person:vladimir-putin');
    assert.equal(putin.nameEn, 'Vladimir Putin');
    assert.equal(putin.country, 'RU');
    assert.equal(entityWith(entities, 'روسيا').key, 'country:RU');
    // Not tagged, but an unambiguous country name: added, without the conjunction.
    const us = entityWith(entities, 'الولايات المتحدة');
    assert.equal(us.key, 'country:US');
    assert.equal(us.country, 'US');
  });

  it('adds country names the tagger missed and does not treat demonyms as mentions of the country', () => {
    const doc = docWith(
      'تتهم الولايات المتحدة كوريا الشمالية بتقديم أسلحة لروسيا، وتبادلت القوات الهندية إطلاق النار.',
      [],
    );
    const { entities } = linkEntities(doc);
    checkOffsets(doc, entities);
    assert.deepEqual(
      entities.map((e) => e.key),
      ['country:US', 'country:KP', 'country:RU'],
    );
    assert.equal(entityWith(entities, 'روسيا').mentions[0].text, 'روسيا');
  });

  it('gives names the gazetteer does not know a normalized document-local key', () => {
    const doc = docWith(
      'وافقت نقابات العمال على إضراب في شركة "إس إن سي إف" العمومية، وقال مدير "إس إن سي إف" إن المرشح بافل غرودينين انتقد القرار.',
      [
        ['إس إن سي إف', 'ORG'],
        ['إس إن سي إف', 'ORG'],
        ['بافل غرودينين', 'PER'],
      ],
    );
    const { entities } = linkEntities(doc);
    const sncf = entityWith(entities, 'إس إن سي إف');
    assert.equal(sncf.key, 'local:org:اس ان سي اف');
    assert.equal(sncf.mentions.length, 2);
    assert.equal(sncf.nameEn, undefined);
    assert.equal(entityWith(entities, 'بافل غرودينين').key, 'local:per:بافل غرودينين');
  });
});

describe('in-document coreference', () => {
  it('joins a partial name to the full name mentioned earlier (surname and Korean family name)', () => {
    const doc = docWith(
      'ويتنافس المليونير بافل غرودينين مع الرئيس. ووصف رئيس كوريا الجنوبية، يون سوك يول، القمة بأنها مهمة. وقال يون إن غرودينين لا يمثل أحدا.',
      [
        ['بافل غرودينين', 'PER'],
        ['كوريا الجنوبية', 'LOC'],
        ['يون سوك يول', 'PER'],
        ['يون', 'PER'],
        ['غرودينين', 'PER'],
      ],
    );
    const { entities } = linkEntities(doc);
    checkOffsets(doc, entities);
    const yoon = entityWith(entities, 'يون سوك يول');
    assert.equal(yoon.key, 'person:yoon-suk-yeol');
    assert.equal(yoon.country, 'KR');
    assert.deepEqual(
      yoon.mentions.map((m) => m.text),
      ['رئيس كوريا الجنوبية', 'يون سوك يول', 'يون'],
    );
    const grudinin = entityWith(entities, 'غرودينين');
    assert.equal(grudinin.key, 'local:per:بافل غرودينين');
    assert.equal(grudinin.mentions.length, 2);
    // The country inside the role phrase gives way to the role (no nested mentions).
    assert.ok(!entities.some((e) => e.key === 'country:KR'));
  });

  it('resolves a role phrase to the officeholder at the article date', () => {
    const text = 'وقال الرئيس الأمريكي إن بلاده لن تتراجع عن دعم حلفائها.';
    const in2015 = linkEntities(docWith(text, [], '2015-06-01')).entities;
    assert.equal(entityWith(in2015, 'الرئيس الأمريكي').key, 'person:barack-obama');
    const in2023 = linkEntities(docWith(text, [], '2023-08-15T10:00:00Z')).entities;
    assert.equal(entityWith(in2023, 'الرئيس الأمريكي').key, 'person:joe-biden');
  });

  it('falls back to the latest holder with a warning when the date is unknown', () => {
    const { entities, warnings } = linkEntities(docWith('وصرح وزير الخارجية الإيراني بأن المحادثات مستمرة.', [], null));
    const holder = entityWith(entities, 'وزير الخارجية الإيراني');
    assert.match(holder.key ?? '', /^person:/);
    assert.equal(holder.country, 'IR');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /no publication date/);
  });

  it('gives a role phrase to the person named in apposition, even one the gazetteer does not know', () => {
    const doc = docWith(
      'وكان وزير الدفاع الروسي، سيرغي شويغو، قد زار بيونغ يانغ. وقال الرئيس الفرنسي، جان دوبون، إن باريس قلقة.',
      [
        ['سيرغي شويغو', 'PER'],
        ['بيونغ يانغ', 'LOC'],
        ['جان دوبون', 'PER'],
        ['باريس', 'LOC'],
      ],
      '2023-08-15',
    );
    const { entities } = linkEntities(doc);
    const shoigu = entityWith(entities, 'سيرغي شويغو');
    assert.equal(shoigu.key, 'person:sergei-shoigu');
    assert.deepEqual(
      shoigu.mentions.map((m) => m.text),
      ['وزير الدفاع الروسي', 'سيرغي شويغو'],
    );
    const named = entityWith(entities, 'جان دوبون');
    assert.deepEqual(
      named.mentions.map((m) => m.text),
      ['الرئيس الفرنسي', 'جان دوبون'],
    );
    assert.ok(!entities.some((e) => e.key === 'person:emmanuel-macron'));
  });

  it('keeps capitals and seats of power as their own entities, carrying their country', () => {
    const doc = docWith('وتنفي بيونغ يانغ وموسكو أي صفقات أسلحة، وفقا لبيان أصدره الكرملين، فيما رحبت سول بالقمة.', [
      ['بيونغ يانغ', 'LOC'],
      ['موسكو', 'LOC'],
      ['الكرملين', 'ORG'],
    ]);
    const { entities } = linkEntities(doc);
    checkOffsets(doc, entities);
    const pyongyang = entityWith(entities, 'بيونغ يانغ');
    assert.equal(pyongyang.type, 'LOC');
    assert.equal(pyongyang.nameEn, 'Pyongyang');
    assert.equal(pyongyang.country, 'KP');
    assert.equal(entityWith(entities, 'موسكو').country, 'RU');
    const kremlin = entityWith(entities, 'الكرملين');
    assert.equal(kremlin.type, 'ORG');
    assert.equal(kremlin.country, 'RU');
    // «سول», the capital written as the country table writes it, is the Seoul place entry.
    const seoul = entityWith(entities, 'سول');
    assert.equal(seoul.nameEn, 'Seoul');
    assert.equal(seoul.country, 'KR');
  });

  it('reads the country of an unknown organization from a demonym inside its name', () => {
    const doc = docWith('وطالبت وزارة الخارجية البريطانية طهران بوقف أنشطتها.', [
      ['وزارة الخارجية البريطانية', 'ORG'],
      ['طهران', 'LOC'],
    ]);
    const { entities } = linkEntities(doc);
    const ministry = entityWith(entities, 'وزارة الخارجية البريطانية');
    assert.equal(ministry.country, 'GB');
    assert.match(ministry.key ?? '', /^local:org:/);
    assert.equal(entityWith(entities, 'طهران').country, 'IR');
  });
});

describe('document-level passes', () => {
  it('leaves generic descriptors out of names, unless the name needs them', () => {
    const doc = docWith(
      'وتبنى تنظيم داعش الهجوم، فيما نفى حزب الله أي علاقة، وقال مسؤول في شركة سامسونغ إن حزب الجبهة الوطنية رد.',
      [
        ['تنظيم داعش', 'ORG'],
        ['حزب الله', 'ORG'],
        ['شركة سامسونغ', 'ORG'],
        ['حزب الجبهة الوطنية', 'ORG'],
      ],
    );
    const { entities } = linkEntities(doc);
    checkOffsets(doc, entities);
    assert.equal(entityWith(entities, 'داعش').key, 'org:isis');
    assert.equal(entityWith(entities, 'حزب الله').key, 'org:hezbollah');
    assert.equal(entityWith(entities, 'سامسونغ').type, 'ORG');
    // A definite phrase after the descriptor is the name itself: kept whole.
    assert.ok(entityWith(entities, 'حزب الجبهة الوطنية'));
  });

  it('finds a rare word after a place descriptor, and reads a person after a facility noun as the facility', () => {
    const doc = docWith('وقال مكتب الادعاء العام بضاحية نانتير بباريس إن المتظاهرين تجمعوا أمام برج ترامب.', [
      ['باريس', 'LOC'],
      ['ترامب', 'PER'],
    ]);
    const { entities } = linkEntities(doc);
    checkOffsets(doc, entities);
    assert.equal(entityWith(entities, 'نانتير').type, 'LOC');
    const tower = entityWith(entities, 'برج ترامب');
    assert.equal(tower.type, 'LOC');
    assert.ok(!entities.some((e) => e.key === 'person:donald-trump'));
  });

  it('reads a person in apposition to a title ending in a country, with the country, even untagged', () => {
    const doc = docWith(
      'أعلن وزير الداخلية الفرنسية، جيرار كولومب، الأحد، إحباط مخططين. وصرح كولومب لإذاعة محلية بأن التهديد مرتفع.',
      [],
    );
    const { entities } = linkEntities(doc);
    checkOffsets(doc, entities);
    const collomb = entityWith(entities, 'جيرار كولومب');
    assert.equal(collomb.type, 'PER');
    assert.equal(collomb.country, 'FR');
    // The title designates him (a PER mention of the same entity), and the bare surname later joins him.
    assert.deepEqual(
      collomb.mentions.map((m) => m.text),
      ['وزير الداخلية الفرنسية', 'جيرار كولومب', 'كولومب'],
    );
  });

  it('reads the reverse order «Name، title» and institutions named with a demonym', () => {
    const doc = docWith('وقالت ماريا زاخاروفا، المتحدثة باسم الخارجية الروسية، إن وزارة الدفاع البريطانية تكذب.', [
      ['ماريا زاخاروفا', 'PER'],
    ]);
    const { entities } = linkEntities(doc);
    checkOffsets(doc, entities);
    const spokeswoman = entityWith(entities, 'ماريا زاخاروفا');
    assert.equal(spokeswoman.country, 'RU');
    assert.equal(spokeswoman.mentions.length, 2);
    const ministry = entityWith(entities, 'وزارة الدفاع البريطانية');
    assert.equal(ministry.type, 'ORG');
    assert.equal(ministry.country, 'GB');
  });

  it('finds the other occurrences of a name recognized once, but not of a common word', () => {
    const doc = docWith(
      'ووجه القضاء اتهامات إلى زعيمة اليمين مارين لوبن. وقالت لوبن إنها بريئة. وأوقف شاب في باريس، وقال محامي الشاب إن شاب آخر فر.',
      [
        ['مارين لوبن', 'PER'],
        ['شاب', 'PER'],
        ['باريس', 'LOC'],
      ],
    );
    const { entities } = linkEntities(doc);
    checkOffsets(doc, entities);
    assert.deepEqual(
      entityWith(entities, 'مارين لوبن').mentions.map((m) => m.text),
      ['مارين لوبن', 'لوبن'],
    );
    assert.equal(entityWith(entities, 'شاب').mentions.length, 1);
  });
});
