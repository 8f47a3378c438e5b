// Linking rules and data added in round 4 (asked for by the events stage), each on sentences from Arabic news (ANT
// multi-source corpus, 2018: Al Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia; short excerpts). The
// NER layer is filled by hand with what a tagger gives.
import assert from 'node:assert/strict';
import { keyTokens, loadGazetteer } from '../../src/entities/gazetteer.js';
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'demonyms: knows bare plural demonyms as news writes them after a plural noun',
    text: 'وذلك في رد منها على مسؤولين أتراك انتقدوا قرار محكمة تشيكية، بالإضافة إلى جنود سوريين ودبلوماسيين روس',
    tagged: [],
    published: '2018-03-19',
    check: (_, doc) => {
      const demonyms = loadGazetteer()
        .matchAll(keyTokens(doc.text))
        .flatMap((m) => m.candidates.filter((c) => c.via === 'demonym').map((c) => c.entry.id));
      assert.deepEqual(demonyms, ['TR', 'CZ', 'SY', 'RU']);
    },
  },
  {
    rule: 'words that are not places: does not read «مالية» (financial) as Malé, the Maldives capital',
    text: 'لكن ذلك نتج عن أزمة مالية تاريخية وركود، وقدمت الدوحة مساعدات مالية ولوجستية كبيرة، وقالت وزارة المالية إن العجز تراجع.',
    tagged: [['الدوحة', 'LOC']],
    published: '2018-03-19',
    check: (entities) => {
      const male = loadGazetteer()
        .lookup('ماليه')
        .find((c) => c.entry.kind === 'place');
      assert.equal(male?.entry.kind === 'place' && male.entry.ambiguous, 'word');
      // Places only: «وزارة المالية» is an organization mention since round 9.
      assert.deepEqual(
        entities.filter((e) => e.type === 'LOC').map((e) => e.nameEn),
        ['Doha'],
      );
    },
  },
  {
    rule: 'the two Koreas: links «الكوريتين» to both countries with one shared span',
    text: 'وأعطت دورة الألعاب الأولمبية الشتوية التي استضافتها كوريا الجنوبية دفعة لتعامل الكوريتين معا، بعد تصاعد التوترات بسبب برنامج كوريا الشمالية الصاروخي.',
    tagged: [
      ['كوريا الجنوبية', 'LOC'],
      ['الكوريتين', 'LOC'],
      ['كوريا الشمالية', 'LOC'],
    ],
    published: '2018-03-19',
    keyMentions: [
      ['country:KR', ['كوريا الجنوبية', 'الكوريتين']],
      ['country:KP', ['الكوريتين', 'كوريا الشمالية']],
    ],
    // No local entity for «الكوريتين».
    absentKeys: ['local:'],
  },
  {
    rule: 'the two Koreas: finds the dual after a preposition even when the tagger missed it',
    text: 'واتهمت واشنطن بمحاولة تقويض التحسن في العلاقات بين الكوريتين خلال دورة الألعاب الشتوية.',
    tagged: [['واشنطن', 'LOC']],
    published: '2018-03-19',
    keyMentions: [
      ['country:KR', ['الكوريتين']],
      ['country:KP', ['الكوريتين']],
    ],
  },
  {
    rule: 'the country of an unknown person comes from a demonym right before the name',
    text: 'مبيناً أنه يخشى أن يكون اللاعب البرازيلي نسخة جديدة من التركي أردا توران الذي ترك ذكرى سيئة لدى أنصار الفريق الكاتالوني',
    tagged: [['أردا توران', 'PER']],
    published: '2018-03-19',
    country: [['أردا توران', 'TR']],
  },
  {
    rule: 'the country of an unknown person comes from an occupation and a demonym beside the name, before or after it',
    text: 'وجّه عائض القرني، الداعية الإسلامي السعودي، رسالة للنجم المصري محمد صلاح، لاعب فريق ليفربول الإنجليزي، شكره فيها على حسن أخلاقه. كذلك، الناشطة المصرية، هدى الشعراوي، من مواليد العام 1879.',
    tagged: [
      ['عائض القرني', 'PER'],
      ['محمد صلاح', 'PER'],
      ['ليفربول', 'ORG'],
      ['هدى الشعراوي', 'PER'],
    ],
    published: '2018-03-19',
    country: [
      ['عائض القرني', 'SA'],
      ['محمد صلاح', 'EG'],
      ['هدى الشعراوي', 'EG'],
    ],
    // An occupation designates nobody in particular: it is no mention.
    absentLike: [/الداعية/],
  },
  {
    rule: 'names after a glued proclitic: finds a multi-word name whose first word carries a glued «ل»',
    text: 'وقال مصدر قريب من التحقيقات لوكالة الأنباء الفرنسية إن الفتاة البالغة من العمر 18 عاما والمحتجزة حاليا أظهرت "علامات تطرف".',
    tagged: [],
    published: '2018-03-19',
    expect: [['وكالة الأنباء الفرنسية', 'org:afp']],
  },
  {
    // «لوكالة محلية»: «وكالة» alone names nothing, and no one-word name is looked for after a stripped letter.
    rule: 'names after a glued proclitic: does not strip a letter to make a one-word name (Sky News, dev-side news)',
    text: 'وقال مالك صالة العرض ميشيل أويس إنه اتخذ القرار "لتفادي المشاكل"، وقال لوكالة الأنباء الألمانية "دي بي آي"، "لدّي مسؤولية تجاه الزوار الآخرين".',
    tagged: [],
    published: '2018-02-23',
    entityCount: 1,
    keyMentions: [['org:dpa', ['وكالة الأنباء الألمانية', 'دي بي آي']]],
  },
  {
    rule: 'titles ending in an organization make the title a mention of the person beside it, with no organization nested in it',
    text: 'وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن هذه القائمة تشمل 15 اتهاماً ضد عمليات حفظ السلام و17 ضد وكالات تابعة للأمم المتحدة.',
    tagged: [
      ['الأمم المتحدة', 'ORG'],
      ['ستيفان دوجاريك', 'PER'],
    ],
    published: '2018-03-19',
    mentionsOf: [['ستيفان دوجاريك', ['المتحدث باسم الأمم المتحدة', 'ستيفان دوجاريك']]],
    // The second «الأمم المتحدة», outside the title, is the organization.
    keyMentions: [['org:un', ['أمم المتحدة']]],
  },
  {
    rule: 'persons listed after a person: reads rare two-word names joined by «و» after a person mention as persons',
    text: 'انتهيا بتأهل لاعبين مصريين هما كريم علي فتحي ومحمد رضا، بالإضافة إلى الثلاثي الإنجليزي كريس سيمبسون وجوشوا ماسترز وبين كولمان، والألماني رافائيل كاندرا.',
    tagged: [
      ['كريم علي فتحي', 'PER'],
      ['كريس سيمبسون', 'PER'],
    ],
    published: '2018-03-19',
    type: [['جوشوا ماسترز', 'PER']],
    country: [['جوشوا ماسترز', undefined]],
    // «ومحمد رضا» has a common first word and «وبين» is also «between»: neither is read as a listed name.
    absent: ['محمد رضا'],
    absentLike: [/كولمان/],
  },
  {
    // «لشركة "راكوتن"» is an organization (round 6): only the persons are checked here.
    rule: 'persons listed after a person: does not read common words after a comma and «و» as a name (1/2)',
    text: 'كجهاز المخابرات، الأمن الخاص، الأمن العسكري، الأمن العام، وفدائيي صدام، وفقا للبيان',
    tagged: [['صدام', 'PER']],
    published: '2018-03-19',
    // Round 25: «فدائيي صدام» is the militia (org:fedayeen-saddam), so no person is left to start a list from; the
    // words after the commas must still be no names.
    entitiesOfType: [['PER', []]],
    keys: ['org:fedayeen-saddam'],
  },
  {
    rule: 'persons listed after a person: does not read common words after a comma and «و» as a name (2/2)',
    text: 'وبرفقته الرئيس التنفيذي لشركة "راكوتن" هيروشي ميكيتاني، مرفقا إياها بتعليق',
    tagged: [['هيروشي ميكيتاني', 'PER']],
    published: '2018-03-19',
    // Round 21: «الرئيس التنفيذي» is a title head, so the title + company before the name is his (round 7's Total).
    entitiesOfType: [['PER', [['الرئيس التنفيذي لشركة "راكوتن"', 'هيروشي ميكيتاني']]]],
  },
  {
    rule: 'persons named after an occupation: reads rare words right after a definite occupation and its adjectives as a person, and the list after it',
    text: 'يناقش هذا الموضوع، الصحافي الرياضي فراس العشي ووديع فيعاني، ومن الدوحة أحمد المهندي إعلامي رياضي.',
    tagged: [
      ['الدوحة', 'LOC'],
      ['أحمد المهندي', 'PER'],
    ],
    published: '2018-03-19',
    entitiesOfType: [['PER', [['فراس العشي'], ['وديع فيعاني'], ['أحمد المهندي']]]],
  },
  {
    rule: 'persons named after an occupation: finds the journalist the tagger missed and leaves an indefinite occupation alone (1/2)',
    text: 'وعلق الصحافي نوا لاندو من صحيفة "هآرتس" الإسرائيلية في تغريدة ندد فيها',
    tagged: [],
    published: '2018-03-19',
    type: [['نوا لاندو', 'PER']],
  },
  {
    rule: 'persons named after an occupation: finds the journalist the tagger missed and leaves an indefinite occupation alone (2/2)',
    text: 'وكان الاتحاد السعودي قد سمح في فترة الانتقالات الشتوية للأندية بضم لاعب أجنبي سابع شريطة أن يكون عدد اللاعبين الأجانب',
    tagged: [],
    published: '2018-03-19',
    entitiesOfType: [['PER', []]],
  },
  {
    rule: 'a name the tagger missed right after a title is read from rare words after the title and gets its country',
    text: 'وكانت وزيرة الاستثمار المصرية سحر نصر قالت العام الماضي إن تكلفة خط قطارات العاصمة',
    tagged: [],
    published: '2018-03-01',
    type: [['سحر نصر', 'PER']],
    country: [['سحر نصر', 'EG']],
    mentionsOf: [['سحر نصر', ['وزيرة الاستثمار المصرية', 'سحر نصر']]],
  },
  {
    rule: 'competition names leave the place inside them unannotated, even when the place is named elsewhere',
    // Two sentences of one Al Arabiya sports story (AL-sport-13, 2018).
    text: 'وذلك بتسجيله في مرمى بورتو البرتغالي في دوري أبطال أوروبا الأربعاء 5-0. وقال بيارا بوار المدير التنفيذي لمنتدى مكافحة العنصرية في أوروبا لصحيفة واشنطن بوست الأميركية.',
    tagged: [
      ['بورتو', 'ORG'],
      ['أوروبا', 'LOC'],
      ['بيارا بوار', 'PER'],
      ['أوروبا', 'LOC'],
      ['واشنطن بوست', 'ORG'],
    ],
    published: '2018-03-19',
    check: (entities, doc) => {
      const europe = entities.find((e) => e.nameEn === 'Europe');
      assert.equal(europe?.mentions.length, 1);
      assert.equal(europe?.mentions[0].start, doc.text.lastIndexOf('أوروبا'));
    },
  },
];

runLinkCases('round 4', cases);
