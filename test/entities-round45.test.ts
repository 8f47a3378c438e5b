// Round 45 (blind round 27's homonyms): news «غوانتانامو» is the US detention camp, not the Cuban city, and
// «خليج غوانتانامو» alone the bay (round 14's gold keeps the two apart); Egypt's Rafah and Gaza's are two places, the
// one in the country the rest of the story names most. Sentences from dev articles (rounds 14 and 27) and from
// unannotated dev-side news (ANT); each rule has a negative case.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const guantanamo: LinkCase[] = [
  {
    rule: '«معتقل خليج غوانتانامو» is the camp, one mention with its noun (BBC, dev round 27)',
    text: 'أطلقت الولايات المتحدة سراح سجين سعودي من معتقل خليج غوانتانامو وسلمته إلى المملكة العربية السعودية، ليصبح أول معتقل يخرج في عهد الرئيس دونالد ترامب.',
    tagged: [
      ['الولايات المتحدة', 'LOC'],
      ['خليج غوانتانامو', 'LOC'],
      ['المملكة العربية السعودية', 'LOC'],
      ['دونالد ترامب', 'PER'],
    ],
    published: '2018-05-02',
    expect: [['معتقل خليج غوانتانامو', 'place:rv:guantanamo-camp']],
    absent: ['خليج غوانتانامو'],
  },
  {
    rule: '… and the bare name too, not the Cuban city (BBC, dev round 27)',
    text: 'نقل أربعة سجناء يمنيين من غوانتانامو إلى السعودية',
    tagged: [
      ['غوانتانامو', 'LOC'],
      ['السعودية', 'LOC'],
    ],
    published: '2018-05-02',
    expect: [['غوانتانامو', 'place:rv:guantanamo-camp']],
  },
  {
    rule: '«جوانتانامو» is the same camp (BBC, dev round 27)',
    text: 'كان المعتقل أحمد محمد أحمد هزاع الدربي، معتقلا في جوانتانامو منذ أغسطس/ آب عام 2002، واعترف في 2014، بالتورط في استهداف ناقلة نفط في خليج عدن قبالة السواحل اليمنية.',
    tagged: [
      ['أحمد محمد أحمد هزاع الدربي', 'PER'],
      ['جوانتانامو', 'LOC'],
    ],
    published: '2018-05-02',
    expect: [['جوانتانامو', 'place:rv:guantanamo-camp']],
  },
  {
    rule: '«خليج غوانتانامو» alone is the bay, where the camp lies (CNN, dev round 14)',
    text: 'يذكر أن الرئيس الأمريكي دونالد ترامب كان قد وقع قبل أسابيع أمراً تنفيذيا لإبقاء مركز الاعتقال في خليج غوانتانامو بكوبا مفتوحا مع إبقاء أمام ارسال سجناء جدد هناك.',
    tagged: [
      ['دونالد ترامب', 'PER'],
      ['خليج غوانتانامو', 'LOC'],
      ['كوبا', 'LOC'],
    ],
    published: '2018-02-21',
    expect: [
      ['خليج غوانتانامو', 'place:rv:guantanamo-bay'],
      ['كوبا', 'country:CU'],
    ],
    absentKeys: ['place:rv:guantanamo-camp'],
  },
];

runLinkCases('round 45: Guantánamo', guantanamo);

const rafah: LinkCase[] = [
  {
    rule: 'Rafah beside El-Arish and Sheikh Zuweid is Egypt’s (BBC, dev-side news)',
    text: 'وكانت للتوترات الأمنية تأثير ملحوظ على السيدات اللاتي يعملن مع يسرا، فكثير منهن تم تهجيره لإخلاء المنطقة الحدودية في رفح والعريش والشيخ زويد، حيث تعمل السلطات المصرية منذ أكتوبر/تشرين الأول 2014 على إنشاء منطقة عازلة على طول الشريط الحدودي مع قطاع غزة، في إطار سعيها للقضاء على المسلحين في هذه المنطقة ومنع التهريب فيها.',
    tagged: [
      ['يسرا', 'PER'],
      ['رفح', 'LOC'],
      ['العريش', 'LOC'],
      ['الشيخ زويد', 'LOC'],
      ['قطاع غزة', 'LOC'],
    ],
    published: '2018-08-02',
    expect: [['رفح', 'place:rv:rafah-eg']],
  },
  {
    rule: 'Rafah in a story on Gaza that names Egypt as a mediator is Gaza’s (BBC, dev-side news)',
    text: 'وتجدد القصف بالصواريخ الإسرائيلية على عدة مواقع في رفح ومحافظة وسط القطاع، وردت فصائل بإطلاق قذائف هاون تجاه مواقع إسرائيلية، بحسب تقارير. وطالب المتحدث الرسمي باسم الحكومة الفلسطينية، يوسف المحمود، المجتمع الدولي بالتدخل العاجل لوقف القصف الإسرائيلي على قطاع غزة. وقد تجدد العنف بينما تحاول الأمم المتحدة ومصر التوسط في هدنة طويلة الأمد بين إسرائيل وحماس، التي تسيطر على إدارة غزة.',
    tagged: [
      ['رفح', 'LOC'],
      ['يوسف المحمود', 'PER'],
      ['قطاع غزة', 'LOC'],
      ['الأمم المتحدة', 'ORG'],
      ['مصر', 'LOC'],
      ['إسرائيل', 'LOC'],
      ['حماس', 'ORG'],
      ['غزة', 'LOC'],
    ],
    published: '2018-08-09',
    expect: [
      ['رفح', 'place:rv:rafah'],
      ['مصر', 'country:EG'],
    ],
  },
];

runLinkCases('round 45: Rafah by the story’s country', rafah);
