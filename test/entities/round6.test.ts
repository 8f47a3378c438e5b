// Linking rules and data added in round 6, each on sentences from Arabic news (ANT multi-source corpus, 2018: Al
// Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia; ANT Jawhara FM, 2016-2017; short excerpts). The NER
// layer is filled by hand with what a tagger gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../src/doc/types.js';
import { docWithMentions, entityWith, linkChecked as link, mentionTexts } from '../lib/docs.js';

const docWith = (text: string, mentions: [string, EntityType, string?][], published: string = '2018-03-17') =>
  docWithMentions(text, mentions, published);

describe('round 6: demonyms after prepositions, titles after reporting verbs', () => {
  it('reads «السعودية» after a definite noun with a glued preposition as the adjective', () => {
    const doc = docWith(
      'وقال الوزير خلال إيجاز صحافي بالسفارة السعودية إن العلاقات قوية، وإن للسلطات السعودية رأيا آخر.',
      [
        ['السعودية', 'LOC'],
        ['السعودية', 'LOC'],
      ],
    );
    assert.equal(
      link(doc).some((e) => e.key === 'country:SA'),
      false,
    );
  });

  it('still reads «السعودية» after a preposition alone as the country', () => {
    const doc = docWith('وقال إنه لا يريد التخلي عن السعودية، حليفته، بسبب اختفاء الصحفي.', [['السعودية', 'LOC']]);
    assert.ok(link(doc).some((e) => e.key === 'country:SA'));
  });

  it('makes a title right after a name, in a reporting clause, a mention of that person', () => {
    const doc = docWith(
      'وحسب رويترز، قالت سارة ساندرز المتحدثة باسم البيت الأبيض للصحفيين، إن ترامب يعكف على العمل مع عدد من الدول.',
      [
        ['رويترز', 'ORG'],
        ['سارة ساندرز', 'PER'],
        ['البيت الأبيض', 'ORG'],
        ['ترامب', 'PER'],
      ],
    );
    const entities = link(doc);
    const sanders = entityWith(entities, 'سارة ساندرز');
    assert.ok(sanders.mentions.some((m) => m.text === 'المتحدثة باسم البيت الأبيض'));
    assert.equal(
      entities.some((e) => e.key === 'org:white-house'),
      false,
    );
  });

  it('leaves a title after a name alone when the verb may take it as object', () => {
    const doc = docWith('واستقبل بوتين الرئيس التركي رجب طيب أردوغان في الكرملين.', [
      ['بوتين', 'PER'],
      ['رجب طيب أردوغان', 'PER'],
      ['الكرملين', 'LOC'],
    ]);
    const putin = entityWith(link(doc), 'بوتين');
    assert.deepEqual(
      putin.mentions.map((m) => m.text),
      ['بوتين'],
    );
  });

  it('does not read a news agency told after the title as part of it', () => {
    const doc = docWith(
      'قالت اغاتا كوليكوفسكا المتحدثة باسم الشرطة لوكالة فرانس برس "لقد اعتقلنا أربعة أشخاص".',
      [['اغاتا كوليكوفسكا', 'PER']],
      '2017-01-02',
    );
    const entities = link(doc);
    assert.ok(entities.some((e) => e.key === 'org:afp'));
    assert.ok(!mentionTexts(entities).some((t) => t.startsWith('المتحدثة')));
  });
});

describe('round 6: quoted organization names', () => {
  it('reads the quoted words after a party descriptor as the party, here and where it recurs', () => {
    const doc = docWith(
      'أعلنت كتلة نداء تونس بالبرلمان رفضها القاطع لعودة الإرهابيين. وكان نواب حزب "نداء تونس" قد رفعوا شعار "لا لعودة الارهابيين".',
      [
        ['تونس', 'LOC'],
        ['تونس', 'LOC'],
      ],
      '2016-12-27',
    );
    const entities = link(doc);
    const party = entityWith(entities, 'نداء تونس');
    assert.equal(party.type, 'ORG');
    assert.equal(party.mentions.length, 2);
    assert.equal(
      entities.some((e) => e.key === 'country:TN'),
      false,
    );
  });

  it('links a quoted channel the gazetteer names with its descriptor', () => {
    const doc = docWith('وقال شوارتز، في مقابلة مع قناة "العربية"، إنه يعتقد أن الأسعار سترتفع.', [['شوارتز', 'PER']]);
    assert.equal(entityWith(link(doc), 'العربية').key, 'org:al-arabiya');
  });

  it('keeps the whole quoted word: «موقع "واللا"» is Walla', () => {
    const doc = docWith('وطلب تغيير التغطية الإعلامية في موقع "واللا" لصالحه، مقابل امتيازات لشركة "بيزك".', []);
    const names = mentionTexts(link(doc));
    assert.ok(names.includes('واللا'));
    assert.ok(names.includes('بيزك'));
  });

  it('reads no name in a comparison with a descriptor («كحزب "إرهابي"»)', () => {
    const doc = docWith('وصنفته تركيا كحزب "إرهابي"، في تسعينيات القرن الماضي.', [['تركيا', 'LOC']]);
    assert.ok(!mentionTexts(link(doc)).includes('إرهابي'));
  });
});

describe('round 6: places right after a place descriptor', () => {
  it('adds a district whose name is also a word after «مديرية», and its later mentions', () => {
    const doc = docWith(
      'لقوا مصرعهم جراء معارك عنيفة شهدتها مديرية #نهم، شرق العاصمة #صنعاء. وتشهد جبهة نهم، البوابة الشرقية للعاصمة صنعاء، معارك عنيفة.',
      [],
      '2018-02-26',
    );
    const nihm = entityWith(link(doc), 'نهم');
    assert.equal(nihm.key, 'place:geo:130937');
    assert.equal(nihm.mentions.length, 2);
  });

  it('reads a rare bare word after «مديرية» as a district, not a word with a clitic', () => {
    const names = mentionTexts(
      link(
        docWith('ومواقع في مديرية غمر المجاورة، وسيتم استحداث مديرية للحماية الخاصة في المطارات.', [], '2018-03-01'),
      ),
    );
    assert.ok(names.includes('غمر'));
    assert.ok(!names.includes('للحماية'));
  });

  it('does not add a place that a rare word after it continues («منطقة بركان سينابونغ»)', () => {
    const doc = docWith(
      'وأصدرت السلطات تحذيرا لرحلات الطيران حول منطقة بركان سينابونغ، بعد أن وصل الرماد إلى القرى.',
      [],
      '2018-02-20',
    );
    assert.ok(!mentionTexts(link(doc)).includes('بركان'));
  });
});

describe('round 6: overlapping names and new gazetteer rows', () => {
  it('prefers a longer name starting inside a shorter match («حركة فتح الله غولن» is not Fatah)', () => {
    const doc = docWith(
      'بسبب استمرار اعتقال قس أمريكي تتهمه أنقره بدعم حركة فتح الله غولن المحظورة. ولكن ملف الخلافات أكبر من غولن وبرونسون.',
      [['حركة فتح الله', 'ORG']],
      '2018-08-04',
    );
    const entities = link(doc);
    assert.equal(
      entities.some((e) => e.key === 'org:fatah'),
      false,
    );
    const gulen = entityWith(entities, 'غولن');
    assert.equal(gulen.key, 'person:fethullah-gulen');
    assert.ok(gulen.mentions.some((m) => m.text === 'فتح الله غولن'));
    assert.equal(entityWith(entities, 'برونسون').nameEn, 'Andrew Brunson');
  });

  it('reads «دولة الإمارات العربية المتحدة» as the UAE, not «دولة الإمارات» and a rest', () => {
    const doc = docWith('وأشاد بالجهود التي تبذلها دولة الإمارات العربية المتحدة في مكافحة الإرهاب.', [], '2018-02-28');
    assert.equal(entityWith(link(doc), 'الإمارات العربية المتحدة').key, 'country:AE');
  });

  it('knows Uber, Nidaa Tounes and the Press Association', () => {
    const doc = docWith(
      'وجاء الحادث بعد سنة من سحب شركة أوبر سياراتها. وقال القيادي في حزب نداء تونس إن الحزب سيفوز. وفي بيان نشرته وكالة أنباء برس أسوسييشن البريطانية قال أبناؤه إنهم حزينون.',
      [['تونس', 'LOC']],
    );
    const entities = link(doc);
    assert.equal(entityWith(entities, 'أوبر').key, 'org:uber');
    assert.equal(entityWith(entities, 'نداء تونس').key, 'org:nidaa-tounes');
    assert.equal(entityWith(entities, 'برس أسوسييشن').key, 'org:pa-media');
  });
});

describe('round 6: royals and palaces', () => {
  it('reads a one-word name after an honorific as a person, and a palace with its name as a place', () => {
    const doc = docWith(
      'ليكون ترتيبهم كالتالي: الأمير جورج، تليه الأميرة شارلوت. وكان قصر كينسنغتون قد أعلن الاثنين قدوم المولود الثالث.',
      [
        ['جورج', 'LOC'],
        ['شارلوت', 'PER'],
        ['كينسنغتون', 'PER'],
      ],
      '2018-04-24',
    );
    const entities = link(doc);
    assert.equal(entityWith(entities, 'جورج').type, 'PER');
    assert.equal(entityWith(entities, 'قصر كينسنغتون').type, 'LOC');
  });

  it('keeps a seat of power the gazetteer knows linked to its country', () => {
    const doc = docWith('وقال قصر الإليزيه في بيان إن الرئيس سيزور المنطقة.', [['الإليزيه', 'PER']], '2018-04-10');
    const elysee = entityWith(link(doc), 'قصر الإليزيه');
    assert.equal(elysee.country, 'FR');
  });
});

describe('round 6: same-named places', () => {
  it('reads «البيضاء» beside Yemeni places as al-Bayda, Yemen, not al-Bayda, Libya', () => {
    const doc = docWith(
      'وقالت المصادر إن عناصر القاعدة فروا باتجاه محافظة البيضاء، بعد معارك في مديرية الصومعة ومحافظة شبوة.',
      [],
      '2018-02-27',
    );
    assert.equal(entityWith(link(doc), 'البيضاء').key, 'place:geo:130680');
  });
});

describe('round 6: words that are not places (precision audit)', () => {
  it('reads «مالي» after a noun as «financial», and as Mali after a preposition', () => {
    const doc = docWith(
      'وذلك لتجنب الحصول على دعم مالي حكومي بريطاني. وأعلنت جماعة مسلحة مسؤوليتها عن هجوم في مالي قرب الحدود مع الجزائر.',
      [['الجزائر', 'LOC']],
      '2018-02-12',
    );
    const mali = entityWith(link(doc), 'مالي');
    assert.equal(mali.key, 'country:ML');
    assert.equal(mali.mentions.length, 1);
  });

  it('reads no place in «دولة ثالثة», «ولاية ثالثة» or «دولة فلسطينية»', () => {
    const doc = docWith(
      'ويتوقع أن يفوز أوربان بولاية ثالثة، فيما عليهم التوجه إلى دولة ثالثة، ورفض قيام دولة فلسطينية.',
      [['أوربان', 'PER']],
      '2018-02-19',
    );
    assert.deepEqual(mentionTexts(link(doc)), ['أوربان']);
  });

  it('does not take «فوات» for ف + «وات» (the Tunisian agency) nor «هوى» (fell) for Huế', () => {
    const doc = docWith(
      'تخشى شيرين أن يصدر بعد فوات الأوان. وهوى مؤشر داو جونز الصناعي 1.5 في المئة.',
      [],
      '2018-02-06',
    );
    assert.deepEqual(mentionTexts(link(doc)), []);
  });

  it('spreads «كالي» (Cali) as the whole word, not as ك + «إلى»', () => {
    const doc = docWith('وصل الفريق إلى كالي في كولومبيا، ثم عاد إلى بوغوتا.', [['كالي', 'LOC']], '2018-02-11');
    assert.ok(!mentionTexts(link(doc)).includes('إلى'));
  });
});
