// Round 54 (blind dev round 31): Joseph Dunford, whose nameless title «رئيس هيئة الأركان الأمريكية المشتركة» became an
// ORG, Michael Flynn, whom the consonant skeleton read as Michael Fallon, and Yugoslavia, which no row named. Sentences
// from the round's dev articles and from unannotated dev-side news (ANT), with what the tagger gives in them.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: 'the nameless chairman of the US Joint Chiefs is Dunford (Sky News Arabia, dev round 31)',
    text: 'في غضون ذلك، قال البنتاغون ووزارة الدفاع الروسية إن رئيس هيئة الأركان العامة للجيش الروسي ورئيس هيئة الأركان الأمريكية المشتركة تحدثا هاتفيا اليوم وبحثا الوضع في سوريا.',
    tagged: [
      ['البنتاغون', 'ORG'],
      ['سوريا', 'LOC'],
    ],
    published: '2018-03-14',
    expect: [['رئيس هيئة الأركان الأمريكية المشتركة', 'person:joseph-dunford']],
  },
  {
    rule: "… and CNN's «جوزيف دونفورد» is he (CNN, dev-side news)",
    text: 'وعلمت شبكة CNN، أنه بينما تستمر الجهود الرامية إلى استهداف المقاتلين، فإن التحقيق العسكري الأمريكي المطول في الكمين، تم الانتهاء منه والموافقة عليه من قبل قيادة الولايات المتحدة في أفريقيا، وأحيل إلى رئيس الأركان المشتركة الجنرال جوزيف دونفورد، ووزير الدفاع جيمس ماتيس.',
    tagged: [
      ['CNN', 'ORG'],
      ['الولايات المتحدة', 'LOC'],
      ['أفريقيا', 'LOC'],
      ['جوزيف دونفورد', 'PER'],
      ['جيمس ماتيس', 'PER'],
    ],
    published: '2018-02-27',
    expect: [['جوزيف دونفورد', 'person:joseph-dunford']],
  },
  {
    rule: 'Michael Flynn is not Michael Fallon (CNN, dev round 31)',
    text: 'وحضر ما لا يقل عن ثلاثة أشخاص على صلة مباشرة بترامب هم صهره جاريد كوشنير، والمرشح لتولي منصب مستشار الأمن الوطني آنذاك، مايكل فلين، ومستشار ترامب للشؤون الاستراتيجية آنذاك، ستيف بانون.',
    tagged: [
      ['ترامب', 'PER'],
      ['جاريد كوشنير', 'PER'],
      ['مايكل فلين', 'PER'],
      ['ترامب', 'PER'],
      ['ستيف بانون', 'PER'],
    ],
    published: '2018-03-07',
    expect: [['مايكل فلين', 'person:michael-flynn']],
    absentKeys: ['person:michael-fallon'],
  },
  {
    rule: "… nor in a BBC story on Comey's memos (BBC, dev-side news)",
    text: 'وقد ذكر فيها أن ترامب طلب منه اغلاق التحقيق في الصلات بين مستشاره السابق للأمن القومي، مايكل فلين، وروسيا.',
    tagged: [
      ['ترامب', 'PER'],
      ['مايكل فلين', 'PER'],
      ['روسيا', 'LOC'],
    ],
    published: '2018-04-20',
    expect: [['مايكل فلين', 'person:michael-flynn']],
    absentKeys: ['person:michael-fallon'],
  },
  {
    rule: 'Yugoslavia, the former state (BBC, dev round 31)',
    text: 'التقى فيكتور وأماليا كنافس عام 1966 في مدينة سيفينشيا بيوغوسلافيا السابقة، وتحديدا في جمهورية سلوفينيا الحالية.',
    tagged: [
      ['فيكتور', 'PER'],
      ['أماليا كنافس', 'PER'],
      ['سيفينشيا', 'LOC'],
      ['يوغوسلافيا', 'LOC'],
      ['سلوفينيا', 'LOC'],
    ],
    published: '2018-08-10',
    expect: [['يوغوسلافيا', 'place:rv:yugoslavia']],
  },
  {
    rule: '… also as «يوغسلافيا», where the tagger gives nothing (BBC, dev-side news)',
    text: 'وبدا الاستفتاء لحظة "تاريخية" مهمة للبلاد التي ظلت تكافح من أجل الاعتراف باسمها منذ إعلان انفصالها عن يوغسلافيا السابقة في عام 1991.',
    tagged: [],
    published: '2018-09-30',
    expect: [['يوغسلافيا', 'place:rv:yugoslavia']],
  },
];

runLinkCases('round 54: blind dev round 31', cases);
