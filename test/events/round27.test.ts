// Event coding rules of round 27 (blind dev batch 16), each with a case and near cases that must not be coded. The
// cases are sentences of dev-split articles of the ANT corpus (batch 16 or earlier dev gold in eval/gold/events.jsonl,
// or the events audit of dev-side articles) with the outlet named; the near cases marked "variant" change a word of
// such a sentence to show the limit of the rule.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: '«مجلس الأمن القومي البريطاني» is not the UN Security Council, and news about an act does not make the meeting party its agent (CNN, dev batch 16)',
    sentence:
      'لندن، بريطانيا (CNN) -- من المقرر أن يجتمع مجلس الأمن القومي البريطاني، الاثنين، لمناقشة أحدث المعلومات عن محاولة اغتيال العميل الروسي السابق، سيرجي سكريبال، وابنته يوليا، مع تزايد الضغوط على رئيسة الوزراء البريطاني، تيريزا ماي، بسبب تورط موسكو المزعوم في الهجوم.',
    hasNotLike: [/^UN>/, /:ASSAULT$/],
  },
  {
    rule: 'near case: «مجلس الأمن الدولي» is still the UN',
    sentence: 'ودعا مجلس الأمن الدولي إسرائيل إلى وقف الاستيطان.',
    has: ['UN>IL:REQUEST'],
  },
  {
    rule: 'near case (variant): a demonym agent after «تقارير عن» is still the agent',
    sentence: 'ونشرت الصحيفة تقارير عن هجوم إسرائيلي على سوريا.',
    has: ['IL>SY:ASSAULT'],
  },
  {
    rule: 'a derived perfect voweled as the passive («استُهدف») has its victim before it, not an attacker (CNN, dev batch 16)',
    sentence:
      'وتعتقد السلطات أنه سكريبال استُهدف عمداً، وعثر عليه على مقعد قريب من مركز للتسوق في مدينة سالزبوري قبل ثمانية أيام.',
    hasNotLike: [/:ASSAULT$/],
  },
  {
    rule: 'near case (variant): the unvoweled active keeps its subject',
    sentence: 'وقالت السلطات إن روسيا استهدفت العميل السابق في بريطانيا.',
    has: ['RU>GB:ASSAULT'],
  },
  {
    rule: 'a relative clause of another noun between a party and the verb: the party is not its subject (Alarabia, dev batch 16)',
    sentence:
      'ووصل الوفد برئاسة باتريك ليهي السناتور الديموقراطي عن فيرمونت، الأحد إلى كوبا للبحث في مجموعة قضايا مع الحكومة الكوبية وبخاصة "الهجمات الصوتية" التي يُزعم أنها استهدفت دبلوماسيين أميركيين بين أواخر 2016 وصيف 2017.',
    hasNot: ['CU>US:ASSAULT'],
  },
  {
    rule: 'near case: a pronoun on the relative verb refers to the noun; the party before stays the subject (BBC, events audit)',
    sentence:
      'أصدرت محكمة العدل الدولية حكما تأمر فيه الولايات المتحدة بتخفيف العقوبات التي أعادت فرضها على إيران بعد انسحابها من اتفاقية نووية العام الماضي.',
    has: ['US>IR:SANCTION'],
  },
  {
    rule: 'near case: «فيها» after the relative verb («اللحظة التي كان يشكر فيها») keeps the subject (BBC, events audit)',
    sentence: 'لكن لغة الرئيس الفرنسي خذلته في اللحظة التي كان يشكر فيها رئيس الوزراء الاسترالي مالكولم تيرنبول.',
    has: ['FR>AU:SUPPORT'],
  },
  {
    rule: 'the party after «مدعومة من» backs the noun; it is not the subject of the verb after it (France24, dev batch 16)',
    sentence:
      'وقال أردوغان إن "وحدات من الجيش السوري الحر مدعومة من القوات المسلحة التركية سيطرت على مركز مدينة عفرين بالكامل هذا الصباح في الساعة 08,30 (05,30 ت غ)" متابعا أن عمليات نزع الألغام لا تزال مستمرة.',
    hasNot: ['TR>SY:COERCE'],
  },
  {
    rule: 'near case: forces «مدعومة ب…» after their own party keep it as subject (France24, dev batch 16)',
    sentence:
      'تمكنت القوات التركية مدعومة بالفصائل الموالية لها من السيطرة على مدينة عفرين السورية، وفق ما أعلن الرئيس التركي رجب طيب أردوغان الأحد.',
    has: ['TR>SY:COERCE'],
  },
  {
    rule: 'threatening retaliation against a party («هددت روسيا بالرد على الولايات المتحدة») threatens it (France24, dev batch 16)',
    sentence:
      'واصلت القوات التركية إطباق حصارها على مدينة عفرين السورية، وسط تزايد المخاوف على مصير قرابة سبعِمئة ألف شخص محاصر في المنطقة، وهددت روسيا بالرد على الولايات المتحدة في حال تهديد الأخيرة لأرواح جنودها المتواجدين في سوريا.',
    has: ['RU>US:THREATEN', 'TR>SY:COERCE'],
  },
  {
    rule: 'a threat noun of retaliation against a party (BBC, events audit)',
    sentence: 'تهديد بريطاني بالرد على روسيا إذا ثبت تورطها في واقعة الجاسوس سكريبال',
    has: ['GB>RU:THREATEN'],
  },
  {
    rule: 'near case: retaliation against no party threatens no one (BBC, dev-side news)',
    sentence:
      'وقد اتهمت سوريا في البداية الغرب بالوقوف وراء القصف، إذ كان كل من الولايات المتحدة وفرنسا قد هددتا بالرد على الهجوم الكيماوي المزعوم، بيد أنهما نفيا قيامهما بقصف القاعدة.',
    published: '2018-04-09',
    hasNotLike: [/:THREATEN$/],
  },
  {
    rule: 'near case: «لم يذهب … إلى حد التهديد» is no threat (CNN, dev batch 1)',
    sentence:
      'ولم يذهب ماتيس الذي يزور سلطنة عمان إلى حد التهديد بالرد على القوات السورية إذا تأكد شنها هجوما بغاز الكلور.',
    hasNot: ['US>SY:THREATEN'],
    negated: 'US>SY:THREATEN',
  },
  {
    rule: 'an act noun with an adjective before its demonym judged «غير مبررة», the speaker named with «لو» in his name (Sky News, dev batch 16)',
    sentence:
      'قال وزير الخارجية الفرنسي، جان إيف لو دريان، الثلاثاء، إن العملية العسكرية التركية ضد المسلحين الأكراد بمنطقة عفرين السورية غير مبررة، وذلك في أشد لهجة من باريس حتى الآن بشأن تدخل حليفتها بحلف الأطلسي في سوريا.',
    has: ['FR>TR:ACCUSE', 'TR>SY:ASSAULT'],
  },
  {
    rule: 'near case (variant): no demonym after the adjective, no party criticized',
    sentence: 'قال وزير الخارجية الفرنسي إن العملية العسكرية في عفرين غير مبررة.',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'near case (variant): a real condition «لو» still blocks the judgement',
    sentence: 'وقال وزير الخارجية الفرنسي إنه لو هاجمت تركيا الأكراد فإن ذلك غير مقبول.',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'an incursion into a place is COERCE against its country (France24, events audit)',
    sentence:
      'تمكنت القوات التركية مدعومة بالفصائل الموالية لها من التوغل في مدينة عفرين السورية، وفق ما أعلن المرصد السوري لحقوق الإنسان الأحد.',
    has: ['TR>SY:COERCE'],
    cameo: { 'TR>SY:COERCE': '192' },
  },
  {
    rule: 'near case (variant): delving into a file is no incursion',
    sentence: 'وتوغل الباحثون في تفاصيل الملف الإيراني.',
    hasNotLike: [/:COERCE$/],
  },
];

runEventCases(cases, '2018-03-10');
