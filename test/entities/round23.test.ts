// Round 23 (blind dev round 17): a noun of relation between persons ends a person's name («وانغ كيشيان حليف شي»), a
// former title in apposition keeps its «السابق», gazetteer rows of the round's articles (the Israel Prison Service, the
// Palestinian Prisoners' Club, Qatar TV, Turkey's election council, US Central Command), a title running past its
// organization's demonym or «ب» + the body it belongs to, a rank after the comma of an apposition, a deputy's title whole;
// two persons joined by «و» in one tagger span, a given name the tagger read as a place after a speech verb, a family
// name written first («كيم») joining the person the article names by office, a bare outlet name («الجزيرة») after the
// article's «قناة الجزيرة», a body noun followed by an indefinite word («الشرطة امرأة هندية») read as no organization.
// News sentences (ANT), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a relation noun inside a person span ends the name; the words after it are the related person (France 24)',
    text: 'أعاد البرلمان الصيني السبت انتخاب شي جينبينغ رئيسا للبلاد. كما انتخب البرلمان وانغ كيشيان حليف شي الوثيق نائبا لرئيس البلاد في تأكيد لهيمنة شي على السلطة.',
    tagged: [
      ['شي جينبينغ', 'PER'],
      ['وانغ كيشيان حليف شي', 'PER'],
      ['شي', 'PER', 'لهيمنة'],
    ],
    published: '2018-03-17',
    keyMentions: [['person:xi-jinping', ['شي جينبينغ', 'شي', 'شي']]],
    expect: [['وانغ كيشيان', 'local:']],
    absent: ['وانغ كيشيان حليف شي'],
  },
  {
    rule: '… a name with no relation noun in it stays whole («الصديق», also a given name, is not one) (negative)',
    text: 'وقال المؤرخ إن أبو بكر الصديق تولى الخلافة بعد وفاة النبي.',
    tagged: [['أبو بكر الصديق', 'PER']],
    published: '2018-03-17',
    present: ['أبو بكر الصديق'],
    absent: ['أبو بكر'],
  },
  {
    rule: 'a former title in apposition keeps «السابق|الأسبق», after the name (title heads) or before it (role phrases) (CNN, BBC)',
    text: 'قال الشيخ حمد بن جاسم آل ثاني، رئيس وزراء قطر السابق، إنه عاصر عملية السلام. وقال الرئيس الإيراني السابق محمد خاتمي، إن بلاده عادت مئة عام للوراء.',
    tagged: [
      ['حمد بن جاسم آل ثاني', 'PER'],
      ['قطر', 'LOC'],
      ['محمد خاتمي', 'PER'],
    ],
    published: '2018-03-10',
    keyMentions: [['person:hamad-bin-jassim', ['حمد بن جاسم آل ثاني', 'رئيس وزراء قطر السابق']]],
    mentionsOf: [['محمد خاتمي', ['الرئيس الإيراني السابق', 'محمد خاتمي']]],
    absent: ['رئيس وزراء قطر', 'الرئيس الإيراني', 'قطر'],
  },
  {
    rule: '… a former title with no name beside it is no mention, with or without «السابق» (negative)',
    text: 'وانتقد رئيس وزراء قطر السابق سياسة جيرانه في تغريدة.',
    tagged: [['قطر', 'LOC']],
    published: '2018-03-10',
    absent: ['رئيس وزراء قطر السابق', 'رئيس وزراء قطر'],
  },
  {
    rule: "new gazetteer rows: the Israel Prison Service, the Palestinian Prisoners' Club, Qatar TV (BBC, CNN)",
    text: 'وقال الوزير إنه طلب من دائرة السجون الإسرائيلية "ممارسة الضغط" على أعضاء حركة حماس المسجونين. ويقول نادي الأسير الفلسطيني إن السجون الإسرائيلية بها نحو 6,500 فلسطيني. وأنا نصحت في برنامج الحقيقة على تلفزيون قطر.',
    tagged: [
      ['حماس', 'ORG'],
      ['الأسير الفلسطيني', 'ORG'],
      ['قطر', 'LOC'],
    ],
    published: '2018-05-28',
    expect: [
      ['دائرة السجون الإسرائيلية', 'org:israel-prison-service'],
      ['نادي الأسير الفلسطيني', 'org:palestinian-prisoners-club'],
      ['تلفزيون قطر', 'org:qatar-tv'],
    ],
    absent: ['الأسير الفلسطيني', 'قطر'],
  },
  {
    rule: '… the bare «السجون» and prisons of another country are no mention of the Israeli service (BBC, dev-side news; negative)',
    text: 'وكانت أسرة محمد مرسي قد رفعت قضية أمام مجلس الدولة، تطالب فيها بتمكينها من زيارته في السجن، اختصمت فيها وزير الداخلية المصري، واتهمته بالتعسف في استعمال السلطة المخولة له، بمنعهم من زيارة والدهم رغم أن لوائح السجون المصرية تتيح لكل سجين زيارة واحدة على الأقل شهريا.',
    tagged: [
      ['محمد مرسي', 'PER'],
      ['مجلس الدولة', 'ORG'],
    ],
    published: '2018-10-05',
    absentKeys: ['org:israel-prison-service'],
  },
  {
    rule: '… nor the bare «مصلحة السجون» in an Egyptian story (BBC, dev-side news; negative)',
    text: 'وقال مصدر بمصلحة السجون إن سعيد ما زالت في سجن النساء بمنطقة القناطر الخيرية، وسوف تُرحل لمديرية أمن القاهرة فور وصول إخطار رسمي بالبراءة.',
    tagged: [
      ['مصلحة السجون', 'ORG'],
      ['سعيد', 'PER'],
      ['القناطر الخيرية', 'LOC'],
      ['القاهرة', 'LOC'],
    ],
    published: '2018-03-22',
    absentKeys: ['org:israel-prison-service'],
  },
  {
    rule: "Turkey's election council and US Central Command by their bare names in an article on their country; a title runs past «ب» + the body it belongs to (Sky News, CNN)",
    text: 'قالت المعارضة في تركيا إن قواعد انتخابية جديدة قد تفتح الباب أمام التزوير. كما يمنح مشروع القانون للمجلس الأعلى للانتخابات سلطة دمج دوائر انتخابية. وعلق على لسان جوزيف فوتيل، قائد القيادة المركزية بالجيش الأمريكي. ورد أبوهلالة على تغريدة القيادة المركزية حول هذا.',
    tagged: [
      ['تركيا', 'LOC'],
      ['جوزيف فوتيل', 'PER'],
      ['أبوهلالة', 'PER'],
    ],
    published: '2018-03-09',
    expect: [
      ['مجلس الأعلى للانتخابات', 'org:ysk-tr'],
      ['القيادة المركزية', 'org:centcom'],
    ],
    keyMentions: [['person:joseph-votel', ['جوزيف فوتيل', 'قائد القيادة المركزية بالجيش الأمريكي']]],
  },
  {
    rule: '… in an article on another country those bare names are no entry of the gazetteer (negative)',
    text: 'وقالت القيادة المركزية لحركة فتح في رام الله إن المجلس الأعلى للانتخابات لم يحدد موعدا.',
    tagged: [['رام الله', 'LOC']],
    published: '2018-03-09',
    absentKeys: ['org:centcom', 'org:ysk-tr'],
  },
  {
    rule: "a title in apposition: the organization's demonym stays in it, a rank may follow the comma, a deputy's word opens it (BBC, Sky News, CNN audit)",
    text: 'وقال رضوان صبري، المتحدث باسم الصليب الأحمر الإندونيسي، لبي بي سي إن الحالة سيئة. وقال نائب قائد القوة البرية في الحرس الثوري الإيراني، العميد حميد محبي، إن المرشد أمر بذلك. وغرق القارب بحسب المتحدث باسم البحرية الليبية، العميد أيوب قاسم.',
    tagged: [
      ['رضوان صبري', 'PER'],
      ['بي بي سي', 'ORG'],
      ['حميد محبي', 'PER'],
      ['أيوب قاسم', 'PER'],
    ],
    published: '2018-03-04',
    mentionsOf: [
      ['رضوان صبري', ['رضوان صبري', 'المتحدث باسم الصليب الأحمر الإندونيسي']],
      ['حميد محبي', ['نائب قائد القوة البرية في الحرس الثوري الإيراني', 'حميد محبي']],
      ['أيوب قاسم', ['المتحدث باسم البحرية الليبية', 'أيوب قاسم']],
    ],
    absent: ['قائد القوة البرية في الحرس الثوري الإيراني', 'الحرس الثوري الإيراني'],
  },
  {
    rule: "… a title with no deputy's word before it starts at its head, and a place after «في» is not its organization's (negative)",
    text: 'وقال قائد القوة البرية في الحرس الثوري الإيراني، العميد محمد باكبور، إن القوات مستعدة. وقال المتحدث باسم الصليب الأحمر في إندونيسيا، رضوان صبري، إن الحالة سيئة.',
    tagged: [
      ['محمد باكبور', 'PER'],
      ['إندونيسيا', 'LOC'],
      ['رضوان صبري', 'PER'],
    ],
    published: '2018-03-04',
    mentionsOf: [['محمد باكبور', ['قائد القوة البرية في الحرس الثوري الإيراني', 'محمد باكبور']]],
    present: ['إندونيسيا'],
    absentLike: [/نائب/, /الصليب الأحمر في إندونيسيا/],
  },
  {
    rule: 'two names of two words or more joined by «و» in one tagger span are two persons (BBC)',
    text: 'ويعتقد أن جثتي جنديين إسرائيليين قتلا في حرب عام 2014، هما شاؤول آرون وهدار غولدين، لدى الحركة.',
    tagged: [['شاؤول آرون وهدار غولدين', 'PER']],
    published: '2018-05-28',
    present: ['شاؤول آرون', 'هدار غولدين'],
    absent: ['شاؤول آرون وهدار غولدين'],
    entityCount: 2,
  },
  {
    rule: '… a name part starting with «و» after one word, a two-letter stem («ولد») or a given name («وليد») keeps the span whole (negative)',
    text: 'واستقبل الرئيس محمد ولد عبد العزيز الوفد. وحضر سيدي محمد ولد الشيخ الاجتماع. وقال أحمد محمد وليد العلي إن الوفد وصل.',
    tagged: [
      ['محمد ولد عبد العزيز', 'PER'],
      ['سيدي محمد ولد الشيخ', 'PER'],
      ['أحمد محمد وليد العلي', 'PER'],
    ],
    published: '2018-05-28',
    present: ['محمد ولد عبد العزيز', 'سيدي محمد ولد الشيخ', 'أحمد محمد وليد العلي'],
  },
  {
    rule: 'after a speech verb, a one-word place read apart from the unknown name after it is the given name (Sky News)',
    text: 'وقال باريس ياركاداس وهو نائب من حزب الشعب الجمهوري المعارض إن وجود قوات الأمن قد يستخدم للحد من الشفافية.',
    tagged: [
      ['باريس', 'LOC'],
      ['ياركاداس', 'PER'],
      ['حزب الشعب الجمهوري', 'ORG'],
    ],
    published: '2018-02-22',
    expect: [['باريس ياركاداس', 'local:']],
    absent: ['باريس', 'ياركاداس'],
    absentKeys: ['place:rv:paris'],
  },
  {
    rule: '… a place after a preposition, or before a known person, stays the place (negative)',
    text: 'وقال في باريس ياركاداس إن القانون خطير. وقالت سوريا الأسد إنها ستقاوم.',
    tagged: [
      ['باريس', 'LOC'],
      ['ياركاداس', 'PER'],
      ['سوريا', 'LOC'],
      ['الأسد', 'PER'],
    ],
    published: '2018-02-22',
    expect: [
      ['باريس', 'place:rv:paris'],
      ['سوريا', 'country:SY'],
    ],
  },
  {
    rule: 'a family name of a country that writes it first is the person the article names only by office (Al Arabiya, dev round 11)',
    text: 'وكان آخر تصعيد بين البلدين عندما قال الزعيم الكوري الشمالي إن لديه زراً نووياً جاهزاً للاستخدام. وقالت هيلي "أعتقد أن عليه دائما إبقاء كيم متنبهاً".',
    tagged: [
      ['هيلي', 'PER'],
      ['كيم', 'PER'],
    ],
    published: '2018-02-26',
    keyMentions: [['person:kim-jong-un', ['الزعيم الكوري الشمالي', 'كيم']]],
  },
  {
    rule: '… a first name of a person named by office elsewhere stays local: the family name comes last there (negative)',
    text: 'وقال الرئيس الأمريكي إن العقوبات ستستمر. وأضاف دونالد أن الخيارات كلها مطروحة.',
    tagged: [['دونالد', 'PER']],
    published: '2018-02-26',
    expect: [['دونالد', 'local:']],
  },
  {
    rule: 'a bare outlet name the tagger reads as an organization is the outlet the article names with its noun, inside a title too (CNN)',
    text: 'رد ياسر أبوهلالة، مدير قناة الجزيرة، الخميس، على "شتائم" الإعلامي المصري. ورد أبوهلالة على تغريدة انتقدت ما بثته الجزيرة في خبر عاجل.',
    tagged: [
      ['ياسر أبوهلالة', 'PER'],
      ['أبوهلالة', 'PER'],
      ['الجزيرة', 'ORG', 'بثته'],
    ],
    published: '2018-03-09',
    expect: [['الجزيرة', 'org:al-jazeera']],
    mentionsOf: [['ياسر أبوهلالة', ['ياسر أبوهلالة', 'مدير قناة الجزيرة', 'أبوهلالة']]],
  },
  {
    rule: "… with no outlet of that name written with its noun, the bare word stays local (Al Arabiya, dev-side news: a column's credit line; negative)",
    text: 'أتمنى أن لا يفسد هذا الدلع بعض اللاعبين ويقررون عدم مغادرة هذا «البيت الكبير» إلى الخارج أبداً! *نقلاً عن الجزيرة السعودية',
    tagged: [['الجزيرة', 'ORG']],
    published: '2018-02-15',
    absentKeys: ['org:al-jazeera'],
  },
  {
    rule: 'a body noun with the article followed by a common indefinite word is a clause, no organization (BBC, Sky News, BBC audit)',
    text: 'احتجزت الشرطة امرأة هندية في أعقاب العثور على مولود. وطلب من الشرطة حماية مطلقة للدبلوماسيين الإيرانيين في لندن. وتلقت الشرطة في العاصمة الهندية دلهي شكوى ضد مدرسة.',
    tagged: [
      ['لندن', 'LOC'],
      ['دلهي', 'LOC'],
    ],
    published: '2018-07-27',
    absentLike: [/الشرطة/],
  },
  {
    rule: '… a definite word after the body noun names it (negative)',
    text: 'وقالت الشرطة الاتحادية العراقية إن الهجوم أسفر عن قتلى.',
    tagged: [],
    published: '2018-07-27',
    present: ['الشرطة الاتحادية العراقية'],
  },
];

runLinkCases('round 23', cases);
