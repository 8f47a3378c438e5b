// Event coding rules of round 23 (parties named by a pronoun), each with a case and near cases that must not be coded:
// each sentence is from an Arabic news article of the ANT corpus (Al Arabiya, BBC, CNN, France24, Sky News, 2018),
// dev-split articles only (the dev gold and scripts/audit-events.ts, docs/events.md), with the outlet named.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../src/events/actors.js';
import { soleAntecedent } from '../../src/events/antecedents.js';
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a conjoined verb whose object pronoun refers to the one state-like party named before it acts on that party: «بالصومال … وزارها حينها رجب طيب أردوغان» (Al Arabiya, dev batch 14)',
    sentence:
      'ويعود الاهتمام التركي الجديد بالصومال لعام 2011 عندما كانت المجاعة تفتك بالبلاد، وزارها حينها رجب طيب أردوغان، الذي كان آنذاك رئيسا للوزراء، ليصبح بذلك أول مسؤول رفيع غير إفريقي يزور البلاد الذي مزقتها الحرب الأهلية.',
    published: '2018-02-21',
    has: ['TR>SO:CONSULT'],
  },
  {
    rule: 'the same after a party right before the verb: «وهاجمت ألمانيا النازية بولندا واحتلتها» (audit, BBC)',
    sentence:
      'وهاجمت ألمانيا النازية بولندا واحتلتها عام 1939 وبنت فيما بعد معسكرات اعتقال منها معسكرا أوشفيتز وتريبلينكا.',
    has: ['DE>PL:COERCE'],
  },
  {
    rule: 'the same with the subject before the verb, past a comma: «اختص ألمانيا بالانتقاد …، واتهمها» (audit, BBC)',
    sentence:
      'وكان الرئيس الأمريكي قد اختص ألمانيا بالانتقاد بسبب نفقاتها الدفاعية، واتهمها أيضا بأنها أصبحت رهينة لروسيا بسبب واردات الطاقة، قائلا إنها "تماما تحت سيطرة" موسكو.',
    has: ['US>DE:ACCUSE'],
  },
  {
    rule: 'near case: the pronoun of a non-party («وسائل الإعلام … واتهمها») gives no object (dev)',
    sentence:
      'وأضاف ترامب أن وسائل الإعلام "تحركها بجنون متلازمة تشويه ترامب"، واتهمها بكتابة "أخبار سيئة، حتى عن أكثر الإنجازات إيجابية".',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'near case: ها cannot refer to a masculine party («تعليقات السفير الروسي ووصفتها»): the rejection stays, no accusation of Russia (audit)',
    sentence: 'ورفضت الحكومة البريطانية تعليقات السفير الروسي ووصفتها بأنها "هراء".',
    exactly: ['GB>RU:REJECT'],
  },
  {
    rule: 'near case: a verb without و after an indefinite noun is its relative clause («منظمة "إرهابية"، تدعمها واشنطن»: the pronoun is the units’) (audit)',
    sentence:
      'وتعتبر أنقرة وحدات حماية الشعب الكردية منظمة "إرهابية"، تدعمها واشنطن المتحالفة معها في محاربة تنظيم "الدولة الإسلامية".',
    hasNotLike: [/^US>TR/],
  },
  {
    rule: 'near case: a conjoined verb behind a relative pronoun continues the relative clause («الاتهامات التي نفتها الرياض ووصفتها») (audit)',
    sentence:
      'وتعتقد السلطات التركية أن خاشقجي قتل على يد عملاء سعوديين، وهي الاتهامات التي نفتها الرياض ووصفتها بأنها "أكاذيب".',
    hasNotLike: [/^SA>TR/],
  },
  {
    rule: 'near case: a subject behind a word with ب after the verb is no subject («وتتهمها بمهادنة السعودية») (audit)',
    sentence:
      'ورغم ذلك علاقات البلدين ليست سلسلة دائماً، فهناك العديد من الأصوات العالية داخل البرلمان وخارجه تنتقد الحكومة البريطانية وتتهمها بمهادنة السعودية، خاصة في مجال حقوق الانسان وحرب اليمن.',
    hasNotLike: [/^SA>/],
  },
  {
    rule: 'near case: a pronoun in a direct quotation is not resolved («"ويدعمها"») (dev)',
    sentence:
      'وقال ترامب إنه "يثق تماما" بالأجهزة الاستخبارية الأمريكية "ويدعمها"، وسيتخد "فعلا قويا" لتأمين سير الانتخابات الأمريكية.',
    hasNotLike: [/:SUPPORT$/],
  },
  {
    rule: '«في استقباله» + host: the pronoun’s referent (the officeholder named before, «زعيم كوريا الشمالية») visits the host (CNN, dev batch 14)',
    sentence:
      '(CNN)-- عبر زعيم كوريا الشمالية كيم جونغ أون الحدود إلى كوريا الجنوبية للمرة الأولى، حيث كان في استقباله الرئيس الكوري الجنوبي مون جيه إن',
    published: '2018-04-27',
    exactly: ['KP>KR:CONSULT'],
    cameo: { 'KP>KR:CONSULT': '042' },
  },
  {
    rule: 'near case: «غداة استقباله لمدير المخابرات» (no في) keeps the host’s own receptions only (CNN, dev batch 14)',
    sentence:
      'دبي، الإمارات العربية المتحدة (CNN)-- استقبل الرئيس السوداني عمر البشير، الأحد، وزير الخارجية القطري الشيخ محمد بن عبدالرحمن، وذلك غداة استقباله لمدير المخابرات العامة المصرية اللواء عباس كامل الذي يُلقب بـ"كاتم أسرار" و"ظل" الرئيس عبدالفتاح السيسي.',
    published: '2018-03-11',
    exactlyUnordered: ['SD>QA:CONSULT', 'SD>EG:CONSULT'],
  },
  {
    rule: 'a fronted visit with an ordinal: «خلال أول زيارة له إلى الصين …، ارتكب جيريمي هانت» (BBC, dev batch 11)',
    sentence:
      'خلال أول زيارة له إلى الصين بصفته وزير خارجية بريطانيا الجديد، ارتكب جيريمي هانت، ما وصفه بأنه "خطأ فادح"، حين قال إن زوجته يابانية بدلا من صينية، في زلة لسان سرعان ما استدركها واعتذر عنها.',
    published: '2018-07-30',
    has: ['GB>CN:CONSULT'],
  },
];

runEventCases(cases, '2018-03-01');

const party = (first: number, country: string | null, kind: Actor['kind'] = 'country'): Actor => ({
  start: first * 10,
  end: first * 10 + 5,
  first,
  last: first + 1,
  country,
  entity: null,
  kind,
});

test('two parties of different countries before the pronoun compete: none is its antecedent', () => {
  const parties = [party(1, 'RU'), party(4, 'SY')];
  assert.equal(
    soleAntecedent(parties, 8, 'f', () => 'f', null),
    undefined,
  );
  // The subject's own country does not compete.
  assert.equal(soleAntecedent(parties, 8, 'f', () => 'f', 'RU')?.country, 'SY');
});

test('a person of no country is no antecedent; a person with one is a ه antecedent only', () => {
  assert.equal(
    soleAntecedent([party(1, null, 'person')], 5, 'm', () => null, null),
    undefined,
  );
  assert.equal(soleAntecedent([party(1, 'US', 'person')], 5, 'm', () => null, null)?.country, 'US');
  assert.equal(
    soleAntecedent([party(1, 'US', 'person')], 5, 'f', () => null, null),
    undefined,
  );
});
