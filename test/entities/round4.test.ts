// Linking rules and data added in round 4 (asked for by the events stage), each on sentences from Arabic news (ANT
// multi-source corpus, 2018: Al Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia; short excerpts). The
// NER layer is filled by hand with what a tagger gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../src/doc/types.js';
import { keyTokens, loadGazetteer } from '../../src/entities/gazetteer.js';
import { docWithMentions, entityWith, linkChecked as link } from '../lib/docs.js';

const docWith = (text: string, mentions: [string, EntityType, string?][], published: string = '2018-03-19') =>
  docWithMentions(text, mentions, published);

describe('demonyms and words that are not places', () => {
  const g = loadGazetteer();

  it('knows bare plural demonyms as news writes them after a plural noun', () => {
    const sentence =
      'وذلك في رد منها على مسؤولين أتراك انتقدوا قرار محكمة تشيكية، بالإضافة إلى جنود سوريين ودبلوماسيين روس';
    const demonyms = g
      .matchAll(keyTokens(sentence))
      .flatMap((m) => m.candidates.filter((c) => c.via === 'demonym').map((c) => c.entry.id));
    assert.deepEqual(demonyms, ['TR', 'CZ', 'SY', 'RU']);
  });

  it('does not read «مالية» (financial) as Malé, the Maldives capital', () => {
    const male = g.lookup('ماليه').find((c) => c.entry.kind === 'place');
    assert.equal(male?.entry.kind === 'place' && male.entry.ambiguous, 'word');
    const doc = docWith(
      'لكن ذلك نتج عن أزمة مالية تاريخية وركود، وقدمت الدوحة مساعدات مالية ولوجستية كبيرة، وقالت وزارة المالية إن العجز تراجع.',
      [['الدوحة', 'LOC']],
    );
    const entities = link(doc);
    // Places only: «وزارة المالية» is an organization mention since round 9.
    assert.deepEqual(
      entities.filter((e) => e.type === 'LOC').map((e) => e.nameEn),
      ['Doha'],
    );
  });
});

describe('the two Koreas', () => {
  it('links «الكوريتين» to both countries with one shared span', () => {
    const doc = docWith(
      'وأعطت دورة الألعاب الأولمبية الشتوية التي استضافتها كوريا الجنوبية دفعة لتعامل الكوريتين معا، بعد تصاعد التوترات بسبب برنامج كوريا الشمالية الصاروخي.',
      [
        ['كوريا الجنوبية', 'LOC'],
        ['الكوريتين', 'LOC'],
        ['كوريا الشمالية', 'LOC'],
      ],
    );
    const entities = link(doc);
    const south = entities.find((e) => e.key === 'country:KR');
    const north = entities.find((e) => e.key === 'country:KP');
    assert.deepEqual(
      south?.mentions.map((m) => m.text),
      ['كوريا الجنوبية', 'الكوريتين'],
    );
    assert.deepEqual(
      north?.mentions.map((m) => m.text),
      ['الكوريتين', 'كوريا الشمالية'],
    );
    assert.ok(!entities.some((e) => e.key?.startsWith('local:')), 'no local entity for «الكوريتين»');
  });

  it('finds the dual after a preposition even when the tagger missed it', () => {
    const doc = docWith('واتهمت واشنطن بمحاولة تقويض التحسن في العلاقات بين الكوريتين خلال دورة الألعاب الشتوية.', [
      ['واشنطن', 'LOC'],
    ]);
    const entities = link(doc);
    for (const key of ['country:KR', 'country:KP'])
      assert.deepEqual(
        entities.find((e) => e.key === key)?.mentions.map((m) => m.text),
        ['الكوريتين'],
        key,
      );
  });
});

describe('the country of a person the gazetteer does not know', () => {
  it('comes from a demonym right before the name', () => {
    const doc = docWith(
      'مبيناً أنه يخشى أن يكون اللاعب البرازيلي نسخة جديدة من التركي أردا توران الذي ترك ذكرى سيئة لدى أنصار الفريق الكاتالوني',
      [['أردا توران', 'PER']],
    );
    assert.equal(entityWith(link(doc), 'أردا توران').country, 'TR');
  });

  it('comes from an occupation and a demonym beside the name, before or after it', () => {
    const doc = docWith(
      'وجّه عائض القرني، الداعية الإسلامي السعودي، رسالة للنجم المصري محمد صلاح، لاعب فريق ليفربول الإنجليزي، شكره فيها على حسن أخلاقه. كذلك، الناشطة المصرية، هدى الشعراوي، من مواليد العام 1879.',
      [
        ['عائض القرني', 'PER'],
        ['محمد صلاح', 'PER'],
        ['ليفربول', 'ORG'],
        ['هدى الشعراوي', 'PER'],
      ],
    );
    const entities = link(doc);
    assert.equal(entityWith(entities, 'عائض القرني').country, 'SA');
    assert.equal(entityWith(entities, 'محمد صلاح').country, 'EG');
    assert.equal(entityWith(entities, 'هدى الشعراوي').country, 'EG');
    // An occupation designates nobody in particular: it is no mention.
    assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.includes('الداعية'))));
  });
});

describe('names after a proclitic the tokenizer left glued', () => {
  it('finds a multi-word name whose first word carries a glued «ل»', () => {
    const doc = docWith(
      'وقال مصدر قريب من التحقيقات لوكالة الأنباء الفرنسية إن الفتاة البالغة من العمر 18 عاما والمحتجزة حاليا أظهرت "علامات تطرف".',
      [],
    );
    const afp = entityWith(link(doc), 'وكالة الأنباء الفرنسية');
    assert.equal(afp.key, 'org:afp');
  });

  it('does not strip a letter to make a one-word name', () => {
    // «لوكالة محلية»: «وكالة» alone names nothing, and no one-word name is looked for after a stripped letter.
    const doc = docWith('وقال مالك صالة العرض إنه اتخذ القرار لتفادي المشاكل، وكتب لوكالة محلية رسالة.', []);
    assert.deepEqual(link(doc), []);
  });
});

describe('titles ending in an organization', () => {
  it('make the title a mention of the person beside it, with no organization nested in it', () => {
    const doc = docWith(
      'وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن هذه القائمة تشمل 15 اتهاماً ضد عمليات حفظ السلام و17 ضد وكالات تابعة للأمم المتحدة.',
      [
        ['الأمم المتحدة', 'ORG'],
        ['ستيفان دوجاريك', 'PER'],
      ],
    );
    const entities = link(doc);
    assert.deepEqual(
      entityWith(entities, 'ستيفان دوجاريك').mentions.map((m) => m.text),
      ['المتحدث باسم الأمم المتحدة', 'ستيفان دوجاريك'],
    );
    // The second «الأمم المتحدة», outside the title, is the organization.
    assert.deepEqual(
      entities.find((e) => e.key === 'org:un')?.mentions.map((m) => m.text),
      ['أمم المتحدة'],
    );
  });
});

describe('persons listed after a person', () => {
  it('reads rare two-word names joined by «و» after a person mention as persons', () => {
    const doc = docWith(
      'انتهيا بتأهل لاعبين مصريين هما كريم علي فتحي ومحمد رضا، بالإضافة إلى الثلاثي الإنجليزي كريس سيمبسون وجوشوا ماسترز وبين كولمان، والألماني رافائيل كاندرا.',
      [
        ['كريم علي فتحي', 'PER'],
        ['كريس سيمبسون', 'PER'],
      ],
    );
    const entities = link(doc);
    const masters = entityWith(entities, 'جوشوا ماسترز');
    assert.equal(masters.type, 'PER');
    assert.equal(masters.country, undefined);
    // «ومحمد رضا» has a common first word and «وبين» is also «between»: neither is read as a listed name.
    assert.ok(!entities.some((e) => e.mentions.some((m) => m.text === 'محمد رضا' || m.text.includes('كولمان'))));
  });

  it('does not read common words after a comma and «و» as a name', () => {
    for (const [text, person] of [
      ['كجهاز المخابرات، الأمن الخاص، الأمن العسكري، الأمن العام، وفدائيي صدام، وفقا للبيان', 'صدام'],
      ['وبرفقته الرئيس التنفيذي لشركة "راكوتن" هيروشي ميكيتاني، مرفقا إياها بتعليق', 'هيروشي ميكيتاني'],
    ]) {
      const doc = docWith(text, [[person, 'PER']]);
      // «لشركة "راكوتن"» is an organization (round 6): only the persons are checked here.
      assert.deepEqual(
        link(doc)
          .filter((e) => e.type === 'PER')
          .flatMap((e) => e.mentions.map((m) => m.text)),
        [person],
      );
    }
  });
});

describe('persons named after an occupation', () => {
  it('reads rare words right after a definite occupation and its adjectives as a person, and the list after it', () => {
    const doc = docWith(
      'يناقش هذا الموضوع، الصحافي الرياضي فراس العشي ووديع فيعاني، ومن الدوحة أحمد المهندي إعلامي رياضي.',
      [
        ['الدوحة', 'LOC'],
        ['أحمد المهندي', 'PER'],
      ],
    );
    const names = link(doc)
      .filter((e) => e.type === 'PER')
      .map((e) => e.mentions.map((m) => m.text));
    assert.deepEqual(names, [['فراس العشي'], ['وديع فيعاني'], ['أحمد المهندي']]);
  });

  it('finds the journalist the tagger missed and leaves an indefinite occupation alone', () => {
    const journalist = docWith('وعلق الصحافي نوا لاندو من صحيفة "هآرتس" الإسرائيلية في تغريدة ندد فيها', []);
    assert.equal(entityWith(link(journalist), 'نوا لاندو').type, 'PER');
    const player = docWith(
      'وكان الاتحاد السعودي قد سمح في فترة الانتقالات الشتوية للأندية بضم لاعب أجنبي سابع شريطة أن يكون عدد اللاعبين الأجانب',
      [],
    );
    assert.ok(!link(player).some((e) => e.type === 'PER'));
  });
});

describe('a name the tagger missed right after a title', () => {
  it('is read from rare words after the title and gets its country', () => {
    const doc = docWith(
      'وكانت وزيرة الاستثمار المصرية سحر نصر قالت العام الماضي إن تكلفة خط قطارات العاصمة',
      [],
      '2018-03-01',
    );
    const nasr = entityWith(link(doc), 'سحر نصر');
    assert.equal(nasr.type, 'PER');
    assert.equal(nasr.country, 'EG');
    assert.deepEqual(
      nasr.mentions.map((m) => m.text),
      ['وزيرة الاستثمار المصرية', 'سحر نصر'],
    );
  });
});

describe('competition names', () => {
  it('leave the place inside them unannotated, even when the place is named elsewhere', () => {
    const doc = docWith(
      // Two sentences of one Al Arabiya sports story (AL-sport-13, 2018).
      'وذلك بتسجيله في مرمى بورتو البرتغالي في دوري أبطال أوروبا الأربعاء 5-0. وقال بيارا بوار المدير التنفيذي لمنتدى مكافحة العنصرية في أوروبا لصحيفة واشنطن بوست الأميركية.',
      [
        ['بورتو', 'ORG'],
        ['أوروبا', 'LOC'],
        ['بيارا بوار', 'PER'],
        ['أوروبا', 'LOC'],
        ['واشنطن بوست', 'ORG'],
      ],
    );
    const europe = link(doc).find((e) => e.nameEn === 'Europe');
    assert.equal(europe?.mentions.length, 1);
    assert.equal(europe?.mentions[0].start, doc.text.lastIndexOf('أوروبا'));
  });
});
