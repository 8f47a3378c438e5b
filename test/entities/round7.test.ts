// Linking rules and data added in round 7, each on sentences from Arabic news (ANT multi-source corpus, 2018: Al
// Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia; short excerpts). The NER layer is filled by hand with
// what a tagger gives, unless a test says it runs the whole pipeline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../src/doc/types.js';
import { docWithMentions, entityWith, linkChecked as link, mentionTexts } from '../lib/docs.js';

const docWith = (text: string, mentions: [string, EntityType, string?][], published: string = '2018-03-06') =>
  docWithMentions(text, mentions, published);

describe('round 7: gazetteer data', () => {
  it('reads «القمر» as the moon, and «جزر القمر» still as Comoros', () => {
    const doc = docWith('ورجحت صور التقطت بالقمر الصناعي أن بيونغيانغ بدأت تفكيك الموقع، فيما زار الوفد جزر القمر.', [
      ['القمر', 'LOC'],
      ['بيونغيانغ', 'LOC'],
      ['جزر القمر', 'LOC'],
    ]);
    const entities = link(doc);
    assert.deepEqual(
      entities.filter((e) => e.key === 'country:KM').flatMap((e) => e.mentions.map((m) => m.text)),
      ['جزر القمر'],
    );
    assert.equal(entityWith(entities, 'بيونغيانغ').key, 'place:geo:65231');
    assert.equal(entityWith(entities, 'بيونغيانغ').country, 'KP');
  });

  it('gives South Korea’s spy chief Suh Hoon his country and joins Kim Jong Un’s «جونج» spelling', () => {
    const doc = docWith(
      'وكان كيم التقى خلال الصباح مسؤول الاستخبارات سوه هون، فيما قال ترامب إن الرئيس شي أبلغه بشأن الاجتماع مع كيم جونج أون.',
      [
        ['كيم', 'PER'],
        ['سوه هون', 'PER'],
        ['ترامب', 'PER'],
        ['شي', 'PER'],
        ['كيم جونج أون', 'PER'],
      ],
    );
    const entities = link(doc);
    assert.equal(entityWith(entities, 'سوه هون').key, 'person:suh-hoon');
    assert.equal(entityWith(entities, 'سوه هون').country, 'KR');
    assert.equal(entityWith(entities, 'كيم جونج أون').key, 'person:kim-jong-un');
  });

  it('links hyphenated Korean names and leaves «السير» outside a person’s span (BBC, France 24)', () => {
    const doc = docWith(
      'وقال رئيس كوريا الجنوبية، مون جيه-إن، إن القمة ستعقد، وأضاف مون أن كيم جونغ-إيل لم يفعل ذلك. وقال السير تيم كلارك إن الهدف واضح.',
      [
        ['مون جيه-إن', 'PER'],
        ['مون', 'PER', 'وأضاف'],
        ['كيم جونغ-إيل', 'PER'],
        ['السير تيم كلارك', 'PER'],
      ],
      '2018-03-01',
    );
    const entities = link(doc);
    assert.equal(entityWith(entities, 'مون جيه-إن').key, 'person:moon-jae-in');
    assert.equal(entityWith(entities, 'مون').key, 'person:moon-jae-in');
    assert.equal(entityWith(entities, 'كيم جونغ-إيل').key, 'person:kim-jong-il');
    assert.ok(mentionTexts(entities).includes('تيم كلارك'));
  });

  it('reads «الناطق الرسمي باسم الرئاسة الروسية» before a name as that person (CNN)', () => {
    const doc = docWith(
      'من جانب، قال الناطق الرسمي باسم الرئاسة الروسية، دميتري بيسكوف، إن الوضع في سوريا يبعث على القلق الشديد.',
      [
        ['دميتري بيسكوف', 'PER'],
        ['سوريا', 'LOC'],
      ],
      '2018-02-26',
    );
    const peskov = entityWith(link(doc), 'دميتري بيسكوف');
    assert.equal(peskov.key, 'person:dmitry-peskov');
    assert.ok(peskov.mentions.some((m) => m.text === 'الناطق الرسمي باسم الرئاسة الروسية'));
  });
});

describe('round 7: coreference', () => {
  it('does not give a role of one country to the person of another named right before it (BBC)', () => {
    const doc = docWith(
      'وتسممت الأجواء بين الرئيس الأمريكي دونالد ترامب وكيم. ووصف ترامب الزعيم الكوري الشمالي بأنه "رجل الصاروخ" أما كيم جونغ أون فوصف الرئيس الأمريكي بأنه "مريض عقليا".',
      [
        ['دونالد ترامب', 'PER'],
        ['كيم', 'PER'],
        ['ترامب', 'PER'],
        ['كيم جونغ أون', 'PER'],
      ],
      '2018-03-06',
    );
    const entities = link(doc);
    const kim = entityWith(entities, 'كيم جونغ أون');
    assert.ok(kim.mentions.some((m) => m.text === 'الزعيم الكوري الشمالي'));
    assert.equal(
      entityWith(entities, 'دونالد ترامب').mentions.some((m) => m.text === 'الزعيم الكوري الشمالي'),
      false,
    );
  });

  it('keeps a minister named before his title in apposition one actor with his country (CNN)', () => {
    const doc = docWith(
      'اتهم حسين الحاج حسن، وزير الصناعة اللبناني، المنتمي لحزب الله، دولا عربية وعلى رأسها المملكة العربية السعودية بمحاولة التدخل في الانتخابات النيابية.',
      [
        ['حسين الحاج حسن', 'PER'],
        ['حزب الله', 'ORG'],
        ['المملكة العربية السعودية', 'LOC'],
      ],
      '2018-03-11',
    );
    const minister = entityWith(link(doc), 'حسين الحاج حسن');
    assert.deepEqual(
      minister.mentions.map((m) => m.text),
      ['حسين الحاج حسن', 'وزير الصناعة اللبناني'],
    );
    assert.equal(minister.country, 'LB');
  });

  it('joins a surname of two words to the full name given before it (Sky News, France 24)', () => {
    const doc = docWith(
      'وقال رئيس مجموعة موانئ دبي العالمية، سلطان بن سليم، إن الشركة لا تعترف بالقرار. وأكد بن سليم أن أرباح الميناء جيدة، فيما يواجه المصور محمود أبو زيد السجن، وكان أبو زيد يعمل لحساب وكالة.',
      [
        ['سلطان بن سليم', 'PER'],
        ['بن سليم', 'PER', 'وأكد'],
        ['محمود أبو زيد', 'PER'],
        ['أبو زيد', 'PER', 'وكان'],
      ],
    );
    const entities = link(doc);
    assert.deepEqual(
      entityWith(entities, 'سلطان بن سليم').mentions.map((m) => m.text),
      // Since round 8 the title + organization in apposition is his mention too (the gold's guideline).
      ['رئيس مجموعة موانئ دبي العالمية', 'سلطان بن سليم', 'بن سليم'],
    );
    assert.deepEqual(
      entityWith(entities, 'محمود أبو زيد').mentions.map((m) => m.text),
      ['محمود أبو زيد', 'أبو زيد'],
    );
  });

  it('leaves a two-word name alone when no longer name before it ends with it', () => {
    const doc = docWith('وقال أبو زيد إن المصور محمود أبو زيد اعتقل.', [
      ['أبو زيد', 'PER'],
      ['محمود أبو زيد', 'PER'],
    ]);
    assert.equal(link(doc).length, 2);
  });

  it('joins an organization’s short form to its full name and drops its bare head noun (France 24, Sky News)', () => {
    const doc = docWith(
      'أفاد المرصد السوري لحقوق الإنسان بمقتل 14 مدنيا. وقال المرصد إن الضربات استهدفت دوما، وبحسب المرصد السوري فإن القوات تسيطر على ربع الغوطة.',
      [
        ['المرصد السوري لحقوق الإنسان', 'ORG'],
        ['المرصد', 'ORG', 'وقال'],
        ['دوما', 'LOC'],
        ['المرصد السوري', 'ORG', 'وبحسب'],
        ['الغوطة', 'LOC'],
      ],
    );
    const entities = link(doc);
    assert.deepEqual(
      entityWith(entities, 'المرصد السوري').mentions.map((m) => m.text),
      ['المرصد السوري لحقوق الإنسان', 'المرصد السوري'],
    );
    assert.equal(entityWith(entities, 'المرصد السوري').key, 'org:sohr');
    assert.equal(mentionTexts(entities).includes('المرصد'), false);
  });

  it('widens a head noun the tagger cut off back over the short name the text goes on with (France 24)', () => {
    const doc = docWith(
      'أفاد المرصد السوري لحقوق الإنسان بمقتل 14 مدنيا. وباتت قوات النظام، بحسب المرصد السوري، تسيطر على ربع الغوطة.',
      [
        ['المرصد السوري لحقوق الإنسان', 'ORG'],
        ['المرصد', 'ORG', 'بحسب'],
        ['الغوطة', 'LOC'],
      ],
    );
    assert.deepEqual(
      entityWith(link(doc), 'المرصد السوري').mentions.map((m) => m.text),
      ['المرصد السوري لحقوق الإنسان', 'المرصد السوري'],
    );
  });

  it('keeps a bare head noun when the article names no organization it opens', () => {
    const doc = docWith('وقال المرصد إن الضربات استهدفت دوما.', [
      ['المرصد', 'ORG'],
      ['دوما', 'LOC'],
    ]);
    assert.ok(mentionTexts(link(doc)).includes('المرصد'));
  });
});

describe('round 7: facilities', () => {
  it('makes a place the gazetteer does not know, right after a facility noun, the facility (BBC)', () => {
    const doc = docWith(
      'ورجحت صور التقطت لمحطة سوهاي أن كوريا الشمالية بدأت تفكيكها، وأكدت أن محطة سوهاي تستخدم لإطلاق الأقمار.',
      [
        ['سوهاي', 'LOC'],
        ['كوريا الشمالية', 'LOC'],
        ['سوهاي', 'LOC', 'أن محطة'],
      ],
    );
    const station = entityWith(link(doc), 'محطة سوهاي');
    assert.equal(station.type, 'LOC');
    assert.deepEqual(
      station.mentions.map((m) => m.text),
      ['محطة سوهاي', 'محطة سوهاي'],
    );
  });

  it('keeps a known city after a facility noun as the city', () => {
    const doc = docWith('وهبطت الطائرة في مطار القاهرة مساء الأحد.', [['القاهرة', 'LOC']]);
    assert.deepEqual(mentionTexts(link(doc)), ['القاهرة']);
  });
});

describe('round 7: organizations named with their descriptor', () => {
  it('leaves «قناة» outside a channel’s span and does not spread the bare word (BBC)', () => {
    const doc = docWith(
      'ونشرت قناة العربية على تويتر مقطعا مصورا، فيما شنت السعودية وعدد من الدول العربية السنية حملة عسكرية.',
      [
        ['قناة العربية', 'ORG'],
        ['تويتر', 'ORG'],
        ['السعودية', 'LOC'],
      ],
    );
    const entities = link(doc);
    assert.deepEqual(entityWith(entities, 'العربية').mentions.length, 1);
    assert.equal(entityWith(entities, 'العربية').key, 'org:al-arabiya');
    assert.equal(mentionTexts(entities).includes('قناة العربية'), false);
  });

  it('makes the tagger’s person opened by «مصرف» the bank, and keeps «بنك مصر» a bank (CNN, France 24)', () => {
    const doc = docWith(
      'وأكد مصرف الراجحي أنه حقق أعلى أرباح في تاريخه، وقال العضو المنتدب لبنك مصر إن الأرباح زادت.',
      [
        ['مصرف الراجحي', 'PER'],
        ['بنك مصر', 'ORG'],
      ],
    );
    const entities = link(doc);
    assert.equal(entityWith(entities, 'مصرف الراجحي').type, 'ORG');
    assert.equal(
      entities.some((e) => e.key === 'country:EG'),
      false,
    );
  });
});

describe('round 7: demonyms', () => {
  it('reads a bare «سورية» after an indefinite noun as the adjective (CNN, France 24, BBC)', () => {
    const doc = docWith(
      'قالت هيئة سورية معارضة إن أشخاصا تلقوا العلاج، وأفادت وسائل إعلام سورية رسمية بأن طائرة سورية أسقطت.',
      [
        ['سورية', 'LOC'],
        ['سورية', 'LOC', 'إعلام'],
        ['سورية', 'LOC', 'طائرة'],
      ],
    );
    assert.equal(
      link(doc).some((e) => e.key === 'country:SY'),
      false,
    );
  });

  it('still reads «سورية» as the country after a preposition, a particle or a construct noun (CNN)', () => {
    const doc = docWith(
      'وقال الجعفري إن مشروع القرار لم يتم التنسيق بشأنه مع وفد سورية، وإن سورية ستبقى، والحرب في سورية مستمرة.',
      [
        ['الجعفري', 'PER'],
        ['سورية', 'LOC'],
        ['سورية', 'LOC', 'وإن'],
        ['سورية', 'LOC', 'في'],
      ],
    );
    const syria = link(doc).find((e) => e.key === 'country:SY');
    assert.equal(syria?.mentions.length, 3);
  });
});
