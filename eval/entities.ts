// Evaluates entity linking and in-document coreference (src/entities) against the hand-annotated gold in
// eval/gold/entities.jsonl. Run: npm run eval:entities  (needs the shared corpus: MARSAD_SHARED or ../shared)
//
// Each gold line is one article of ../shared/data/news (read with the project's reader, as users get it; the gold
// identifies mentions by exact text and occurrence number in that body text) with its entities: a canonical
// gazetteer key (country:RU, person:vladimir-putin, place:geo:65231, org:cnn) or null for a name the gazetteer
// does not know, a type, and the mentions. 25 articles (plus 15 dev articles of round 3, below), 5 outlets, chosen by the hash of their path among short
// world/Middle-East stories; the first two of each outlet in hash order are held out (split=heldout), annotated
// before any linking code existed, and never inspected since: errors are printed for dev only.
// Annotation guidelines:
// - mentions are proper names of persons, places (countries, cities, regions, facilities) and organizations;
//   MISC (events, works, competitions) is not annotated and the system's MISC entities are ignored;
// - spans exclude glued clitics (و ب ل ف ك) but keep the article; after لل the span starts at the stem
//   («للحزب الشيوعي» → «حزب الشيوعي»), as the NER stage does; hashtags without «#» (#مارين_لوبن → مارين_لوبن);
// - generic descriptor nouns before a name are outside the span (حزب، وكالة، صحيفة، جماعة، مدينة، ولاية) unless
//   the name needs them (قطاع غزة، جسر تونجيل، شرطة ليسترشاير, «الحزب الشيوعي الصيني»);
// - titles are outside person spans («الرئيس فلاديمير بوتين» → «فلاديمير بوتين»);
// - a role phrase «title + country» that designates one officeholder («الرئيس الروسي», «وزير الخارجية الإيراني»,
//   «زعيم كوريا الشمالية», «وزير الداخلية الفرنسية») is a PER mention of that person; the country inside it is
//   not annotated separately (no nesting); anaphoric descriptions («الوزير الإيراني», «نظيره الصيني») are not;
// - demonyms («الروسية», «السعوديين») are not mentions; nominal descriptions («التحالف», «الحكومة») are not;
// - capitals acting for their state (موسكو، طهران، بيونغ يانغ) are LOC mentions of the place, not of the country.
// Round 3 added 15 dev articles (`"round":3`): per outlet the first three in the order of
// sha1('entities-round3:' + path) among internationalNews/middleEast stories of 700–1800 characters not already in
// the gold; annotated with the guidelines above before any tuning on them, and scored on their own as well.
// Guidelines made explicit in round 3 (as the first 25 articles already do): a «title + country» phrase is a
// mention of the person with or without a comma before the name («الرئيس الأمريكي دونالد ترامب»), a bare title or
// honorific is not («الأمير», «الشيخ»); a title that designates one officeholder through an organization
// («الأمين العام للأمم المتحدة», «المفوض السامي لحقوق الإنسان») is a person mention too, without a nested one; armies,
// forces, police and intelligence named only by a demonym («القوات الروسية», «الشرطة الألمانية») are nominal and
// not annotated, while named agencies are («شرطة النقل البريطانية», «الأمن العام اللبناني»); hotels, palaces and
// stations are LOC («قصر كنسينغتون»); inside a hashtag the name alone is the span («#محافظة_عمران» → «عمران»).
// Round 3 gazetteer additions updated 17 dev keys (15 in round-3 articles, «تويتر» and «مراسلون بلا حدود» in two
// of the first 15). Gold keys follow the gazetteer: when a name the gold marked unknown (null) is added to it, the dev gold's key is
// updated (round 2: «دبي» → place:rv:dubai, 2 dev articles); held-out gold is never edited, so a held-out name the
// gazetteer has learned since (one held-out «دبي») counts against linking there.
// Round 56 updated one key round 2 missed: «ليل» in FR-internationalNews-354 (the Front National's congress in Lille,
// 10–11 March 2018; the article is on the events held-out side of the hash, so the key was judged from its gold line's
// other entities and date, not its text) → place:rv:lille, in the gazetteer since round 2.
// The football clubs of organizations.tsv updated 2 dev keys («باريس سان جرمان», «ريال مدريد» in one France24 article).
// Round 4 added 5 dev articles (`"round":4`): per outlet the first in the order of sha1('entities-round4:' + path)
// among internationalNews/middleEast stories whose <TEXT> has 700–1800 characters, not already in the gold; annotated
// and committed before any tuning on them. Guideline made explicit in round 4: a «title + organization» phrase is a
// person mention (no nested organization) when it stands in apposition to the name, right before it or between
// commas after it («المتحدث باسم الأمم المتحدة ستيفان دوجاريك», «مقتدى الصدر، زعيم التيار الصدري»); otherwise the
// organization is annotated («زعيم حزب استقلال المملكة المتحدة … هنري بولتون» far from the name, «النائب في البرلمان
// الأوروبي» which designates many). A misspelt name is a mention of the same entity («لقديمي» for «لقديم»).
// Round 4 also fixed one dev omission: in «لوكالة الأنباء الألمانية "دي بي آي"» (SK-internationalNews-113) only the
// acronym was a mention, keyed unknown; both are now mentions of org:dpa (in the gazetteer since round 1).
// Round 5 added 10 dev articles (`"round":5`), chosen to differ from earlier rounds: per outlet the first in the order
// of sha1('entities-round5:' + path) among economy stories and the first among internationalNews/middleEast stories,
// <TEXT> of 700–1400 characters, not already in the gold; annotated and committed before any tuning on them. Choices
// made explicit: «قوات النظام السوري» and «الدفاع المدني» are nominal (forces and services named by a demonym or a
// common noun); a show or agreement named after a magazine or treaty («سبورتس إلستراتيد», «نافتا») is MISC; a
// religious figure or concept in a quote («فرعون», «ولاية الفقيه») is no mention; a Latin-script name beside its Arabic
// form («Cambridge Analytica», «IATA») is a mention of the same entity.
// Round 6 added 12 dev articles (`"round":6`), two per outlet and a sixth outlet: for Al Arabiya, BBC, CNN, France 24,
// Sky News Arabia (ANT multi-source) and Jawhara FM (ANT v1.1, Tunisia) the first economy story and the first
// politics story (internationalNews or middleEast; Jawhara FM: politic) in the order of sha1('entities-round6:' + path),
// <TEXT> of 700–1400 characters, not already in the gold; annotated and committed before any tuning on them.
// Choices made explicit: a title phrase right after the name without a comma is in apposition like one before it
// («سارة ساندرز المتحدثة باسم البيت الأبيض» is a PER mention of Sanders, no nested White House); a movement named after
// its leader («حركة فتح الله غولن») is an ORG mention of the name, the leader's own mentions are PER; a governorate
// named like its capital («بولايات القصرين وسليانة») takes the city's key while the gazetteer has no governorate row;
// «البيت الأبيض» acting for the administration is ORG; a misspelt capital («أنقره») is a mention of the same place.
// Round 7 added 12 dev articles (`"round":7`), two per outlet of the six, in the order of
// sha1('entities-round7:' + path), <TEXT> of 700–1400 characters, not already in the gold (nor in the held-out
// additions), so that the round mixes economy, international politics and Middle-East conflict stories four each:
// Al Arabiya economy + internationalNews, BBC internationalNews + middleEast, CNN economy + middleEast, France 24
// internationalNews + middleEast, Sky News Arabia economy + middleEast, Jawhara FM economy + politic; annotated by hand
// from the text (keys looked up in the gazetteer by name, no system output seen) and committed before any tuning on
// them. Choices made explicit: «الرئيس التنفيذي لتوتال باتريك بويانيه» follows the round-4 title + organization
// guideline (a PER mention of the person, no nested Total); a bare short form of a named body («المرصد») is nominal,
// while «المرصد السوري» is a mention of SOHR; oil fields and stations are LOC with their noun («محطة سوهاي»); a name
// inside a sentence hashtag («#حساب_الراجحي_يحول_مبالغ_بالخطا») is a mention of the named body; a party's name and its
// transliterated original in parentheses are one entity («إيطاليا إلى الأمام» (فورتزا إيطاليا)); «بتوقيت غرينتش»
// (a time zone) is no mention. One dev gold fix followed the facility guideline (facility noun + name is one LOC
// mention, «مطار رفيق الحريري», «قصر كنسينغتون»): in FR-internationalNews-381 the two «دوسلدورف» inside «مطار
// دوسلدورف» are now one unknown facility entity «مطار دوسلدورف»; the city keeps its third mention.
// Round 9 added 12 dev articles (`"round":9`), two per outlet of the six, in the order of
// sha1('entities-round9:' + path), <TEXT> of 700–1400 characters, not in any eval/gold file (nor its held-out
// additions) and not in the NER annotation batch then in progress: Al Arabiya economy + internationalNews, BBC economy +
// internationalNews, CNN internationalNews + middleEast, France 24 economy + middleEast, Sky News Arabia
// internationalNews + middleEast, Jawhara FM economy + politic; annotated by hand from the reader's text (keys looked up
// in the gazetteer by name, no system output seen) and committed before any tuning on them. Choices made explicit:
// gas fields are LOC with their noun («حقل تمار»), a dual «حقلي تمار وليفياثان» gives the bare names; a fund or
// company named in quotes after its noun is ORG without the noun («صندوق "تحيا مصر"», the «مصر» inside is no mention);
// an operation name («"سيناء ٢٠١٨"») is MISC and its place no mention; a named command («قيادة قوات شرق القناة
// لمكافحة الإرهاب») is ORG; a security service named descriptively with a demonym and then by name («جهاز الأمن
// الداخلي الإسرائيلي "الشين بيت"») is two mentions of one ORG, while «الشرطة الإسرائيلية», «الجيش الإسرائيلي» stay
// nominal; a Tunisian union named by its level («الاتحاد المحلي للشغل») and a party's own council («مجلس الشورى») are
// ORG; «تونس العاصمة» is the city «تونس»; a university («جامعة تعز») is ORG; a slogan naming the city («"تعز نزف
// بألوان الحياة"») keeps the city mention. SK-internationalNews-276 names no entity (a precision-only article).
// Round 10 added 12 dev articles (`"round":10`), two per outlet of the six, in the order of
// sha1('entities-round10:' + path), <TEXT> of 700–1400 characters, not in any eval/gold file (nor its held-out
// additions), and off the events held-out side of the hash (sha1(path).readUInt32BE(0) % 3 !== 0): Al Arabiya two
// internationalNews, BBC, CNN, France 24 and Sky News Arabia internationalNews + middleEast, Jawhara FM two politic
// (scripts/select-entities-round10.ts reruns the selection); annotated blind by hand from the reader's text (keys looked
// up in the gazetteer by name, no system output seen, no stage beyond the reader run) and committed before any tuning
// on them. Six of the twelve (AL-internationalNews-17, CN-internationalNews-136, FR-internationalNews-350,
// FR-middleEast-193, SK-internationalNews-141, SK-middleEast-283) are among the 198 articles of the round-13 linking
// audit (scripts/audit-entities.ts), whose system output engineers read: their first score is less blind than the
// other six's. Choices made explicit: «جمهورية #الكونغو الديموقراطية» gives «الكونغو الديموقراطية» (country:CD; state
// noun and «#» outside); «#ميليشيات_الحوثي» gives «الحوثي»; «محافظة صنعاء» is Sanaa's key (round-6 governorate rule);
// natural features and works keep their noun («جبل شبام», «تبة ريمان», «سد العقران», «جزيرة كيترون»), a district or
// province noun does not («مديرية مناخة», «إقليم أسكي شهر», «حي نايت بريدج»); an aircraft type («"هورايزن اير
// كيو400"») is MISC; «مكتب قائد الشرطة في بيرس كاونتي» and «مفوضية شرطة وسط لندن» are nominal, their place a LOC
// mention, while «شرطة لندن» (like «شرطة ليسترشاير») is ORG; «منطقة تسخينفالي (أوسيتيا الجنوبية)» — Georgia's name
// for South Ossetia — gives «تسخينفالي», a mention of the South Ossetia entity (null key, as Abkhazia); a role phrase
// through a deputy («نائب وزير خارجية جورجيا، دافيد دوندوا») or a governor («والي تونس، فاخر القفصي») in apposition is
// a PER mention, one with no name («السفير البريطاني في طهران») a PER mention with a null key, one through an
// anaphoric noun («محمد الصحبي رئيس المكتب التنظيمي للحزب», «رئيس الجامعة», «نائب وزيرها للخارجية») no mention; a
// former role in apposition («بندر بن سلطان، السفير السعودي سابقاً في واشنطن») is a PER mention of that person (the
// round-13 former-officeholder reading), no nested Washington; a former role without apposition («كرئيس الاستخبارات
// العامة») and «الاستخبارات العامة» are no mention; «الديوان الملكي» as the Saudi institution (a centre belongs to it,
// an adviser works in it) is ORG with a null key (the gazetteer lists it only as a country metonym), and «مركز الدراسات
// والشؤون الإعلامية» before «بالديوان الملكي» is its own ORG; «إيران» in «سفارة إيران» is the country (an embassy named
// by a demonym or country is no facility name); «كأس العالم 2018 في روسيا» keeps «روسيا» (the locative after «في»);
// Jawhara FM's Tunisian «الحزب الجمهوري» is ORG with a null key (the gazetteer's row is the US party), «حزب تيار
// المحبة» gives «تيار المحبة» (the article uses the bare name four times), «حزب التحرير» keeps «حزب»; «الجوهرة أف أم»,
// «سي.إن.إن ترك» (not CNN), «بلان إنترناشيونال يو كيه», «سياتل تايمز», «الاسكا ايرلاينز» are ORG with null keys;
// «للأناضول» gives «أناضول» (after لل the span starts at the stem); spelling variants take the entry's key («عباس
// عرقجي» → person:abbas-araghchi, «ارنا» → org:irna, «فانوتو» → country:VU, «نيكارغوا» → country:NI). Counts: 187
// mentions, 97 entities (PER 20, LOC 49, ORG 28), 38 with a null key (74 mentions).
// Round 11 added 10 dev articles (`"round":11`), drawn like the held-out batches but on the dev side, so that dev
// mirrors held-out: per ant-multisource outlet (Al Arabiya, BBC, CNN, France 24, Sky News Arabia) the first two in the
// order of sha1('entities-round11:' + path) among internationalNews/ and middleEast/ stories whose <TEXT> has 700–1800
// characters, in no eval/gold file (nor its held-out additions) and off the events held-out side of the hash
// (scripts/select-entities-round11.ts reruns the selection; the candidate listing it shares with the round-10 and
// heldout3 scripts is selectionCandidates and worldNewsPools in eval/lib/gold.ts). Drawn: AL-internationalNews-239 and
// -143, BB-middleEast-492, BB-internationalNews-133, CN-internationalNews-106, CN-middleEast-55, FR-middleEast-242 and
// -231, SK-middleEast-123 and -96. Annotated blind by hand from the reader's text (reader + createDoc only, keys looked
// up in the gazetteer by name, no other stage run, no system output seen, the evaluation not run) and committed before
// the first score. In the order of the round-13 audit (scripts/audit-entities.ts) most of the ten lie within the folder
// positions earlier audits printed (AL-internationalNews-239 and CN-internationalNews-106 among the round-13 audit's 22
// per folder, CN-middleEast-55 near the positions 23–27 read in full in round 15, five more within the first 80 per
// folder of the later audits and diffs); only BB-middleEast-492 and SK-middleEast-123 lie beyond them, so the first
// score is less blind than the annotation. Choices made explicit: a hashtag inside a name leaves the whole name the
// span, «#» included («دونالد #ترمب», «رودريغو #دوتيرتي», «جو #بايدن»: a span is contiguous, as round 10's «#الكونغو
// الديموقراطية» spans the whole name); «للعمال #الفلبين» is a mention of the country; «البيت الأبيض» as the place of a
// speech («في كلمة بالبيت الأبيض») is LOC, keyed org:white-house (the building the entry is named after; ORG where it
// acts for the administration, round 6); «الزعيم الكوري الشمالي» is person:kim-jong-un; «نائب الرئيس الأميركي سابقا»
// after «جو #بايدن،» is a PER mention of Biden (a former role in apposition, round 10); «السفير الإيراني في فيينا» (an
// envoy title, no nested Vienna) and the later «السفير الإيراني عبادالله مولاي» are one PER entity with a null key, as
// «وزير الثقافة السعودي» (with and without the name) and «عواد بن صالح العواد», and «وزيرة الثقافة الفرنسية» and
// «فرانسواز نيسين»; «المتحدث باسم الكرملين» before «ديمتري بيسكوف» and «المتحدث باسم وزارة الخارجية التركية» before
// «حامي أقصوي» are PER mentions (round 4), while «المتحدث باسم الشرطة، هارالد سوروس» gives the name only (the police
// are nominal); «مكتب الرئاسة الفرنسية» gives «الرئاسة الفرنسية» (ORG, null key; a state organ named by a demonym, as
// the held-out README's «الرئاسة الفلسطينية»); «وزارة الدفاع الروسية» is org:russian-mod; «سفارة مانيلا» keeps «مانيلا»
// (place:rv:manila: a capital for its state, no facility name, as «سفارة إيران» in round 10); «مهرجان كان» is MISC and
// its «كان» no mention; Iraq's «مجلس النواب», «مركز دمشق الإعلامي» (no nested Damascus), «الجمعية الطبية السورية
// الأمريكية», «تي في 5 موند», «إيه.بي.سي» (after «شبكة»), «بانور أكتو» (after «موقع») are ORG and «الحرم القدسي» LOC,
// all with null keys; «منطقة نياروغورو» and «بلدة غيهيمفو» give the bare names (LOC, null keys); «طائفة السبتيين» (the
// Adventists, a denomination named by its followers) is no mention. SK-middleEast-96 has two entities («الكنيست»,
// «الحرم القدسي»). Counts: 152 mentions, 73 entities (PER 26, LOC 30, ORG 17), 20 with a null key (32 mentions).
// Round 12 added 10 dev articles (`"round":12`) that no audit had printed: drawn like round 11 (per ant-multisource
// outlet the first two in the order of sha1('entities-round12:' + path) among internationalNews/ and middleEast/
// stories whose <TEXT> has 700–1800 characters, in no eval/gold file nor its held-out additions, off the events
// held-out side of the hash) and, in addition, not among the first 200 eligible articles of their folder in the order
// of the linking audit (sha1('entities-round13-audit:' + path), body 400–2500 characters, gold and held-out excluded,
// the round-12 lines ignored; entityAuditFolders in eval/lib/gold.ts, which scripts/audit-entities.ts now uses too),
// the most any audit has printed. The 200 cover every eligible dev-side story of the Al Arabiya, CNN, France 24 and Sky
// News folders (each has fewer), so only BBC has candidates (128): the places those four outlets leave go to the next
// candidates of all outlets together in hash order, and all ten are BBC (scripts/select-entities-round12.ts reruns
// the selection): BB-internationalNews-883, -1218, -736, -1113, BB-middleEast-170, -1005, -872, -28, -974, -82.
// Annotated blind by hand from the reader's text (reader + createDoc only, keys looked up in the gazetteer by name, no
// other stage run, no system output seen, the evaluation not run) and committed before the first score. Choices made
// explicit: «البرلمان الإسرائيلي (الكنيست)» is two mentions of org:knesset and «الكنيست الإسرائيلي» gives «الكنيست»
// (the demonym after a name outside, as heldout3's «حزب الخضر الألماني»); «متحدث باسم الخارجية الإيرانية» (indefinite)
// gives the ORG «الخارجية الإيرانية» (null key); a school or current named after its founder («مدرستي الشيرازي»,
// «حوزة الشيرازي», «مدرسة الشيرازي», «تيار الشيرازي») is one ORG mention of the name (round 6's «حركة فتح الله غولن»;
// null key), while «الطائفة الشيرازية» (a denomination named adjectivally) and «الشيرازيين» are no mention (round 11's
// «طائفة السبتيين»); «مرشد الثورة» (no country) is no mention, «المرشد الأعلى الإيراني» is person:ali-khamenei and the
// truncated «علي خامنئ» a misspelt mention of him; role phrases through a place or body designating one officeholder
// are PER mentions with no nesting: «رئيس بلدية العاصمة التركية أنقرة» (Mustafa Tuna, named later), «رئيس وزراء ولاية
// البنجاب» before «أماريندر سينغ», «مندوبة بريطانيا في مجلس الأمن» after «كارين بيرس», «مدير مكتب المفوضية العليا لحقوق
// الإنسان في محافظة البصرة، مهدي التميمي», «مدير مطار تشوك، جيمي إميليو», «المرجع الشيعي الأعلى في العراق» before «علي
// السيستاني» (all null keys); the indefinite «رابع رئيس بلدية لمدينة انقرة» is none (the name PER, Ankara LOC); «بلدية
// أنقرة» acting as a body is ORG (null key, like «شرطة لندن»); «المحكمة العليا في كوينزلاند» gives only the place; «في
// المدينة بالسعودية» is Medina (place:geo:102865); «"فخر الدين باشا"» as a street's new name is a PER mention «فخر الدين»
// of the officer (the honorific outside), «"غصن الزيتون"» (the operation) MISC; «جزيرة ميكرونيزيا» gives «ميكرونيزيا»
// (country:FM: the country, not an island), while «جزيرة بوهنبي», «جزيرة وينو», «بحيرة تشوك» and «مطار تشوك الدولي» keep
// their noun (LOC, null keys); «بابوا نيوغينيا» is country:PG (a spelling of «بابوا غينيا الجديدة»); «دلهي» has a null key
// (Delhi, not the gazetteer's New Delhi). Counts: 173 mentions, 90 entities (PER 26, LOC 45, ORG 19), 35 with a null key
// (67 mentions). Round 17 added Delhi to the gazetteer, so that key follows it (place:rv:delhi, the dev convention).
// Round 13 added 10 dev articles (`"round":13`), drawn like round 11 (per ant-multisource outlet the first two in the
// order of sha1('entities-round13:' + path) among internationalNews/ and middleEast/ stories whose <TEXT> has 700–1800
// characters, in no eval/gold file nor its held-out additions, off the events held-out side of the hash) and off every
// folder position of the linking audit's order (entityAuditFolders) that an audit read in full: not among a folder's
// first 30, not at positions 75–90 (0-based), not among its last 6 (scripts/select-entities-round13.ts reruns the
// selection). The audits printed every eligible dev-side story of most folders and had their changed rows read, so
// an article of this round may have had a changed row printed: the annotation is blind, the first score nearly so.
// Drawn: AL-internationalNews-64 and -29, BB-internationalNews-1146, BB-middleEast-988, CN-middleEast-186 and -219,
// FR-middleEast-137, FR-internationalNews-4, SK-internationalNews-165, SK-middleEast-35. Annotated blind by hand from
// the reader's text (reader + createDoc only, keys looked up in the gazetteer by name, no other stage run, no system
// output seen, the evaluation not run) and committed before the first score. Choices made explicit: «الحريري» in an
// opinion column on the trial at The Hague is Rafik Hariri (null key: the gazetteer's «الحريري» is Saad); a
// «title + organization» phrase right before the name is a PER mention («الأمين العام لمنظمة التحرير» before «صائب
// عريقات», «زعيم حزب العمال الكردستاني» before «عبد الله أوجلان»), and so is one right after it, between commas or not
// («ينس ستولتنبرغ، أمين عام حلف شمال الأطلسي،», «روز كوتامولر نائبة الأمين العام لحلف الناتو»), while the same title
// with no name beside it gives the ORG («منذ توقيف زعيم حزب العمال الكردستاني عام 1999»; round 4); «مدير المرصد رامي
// عبد الرحمن» gives the name only (the bare «المرصد» is nominal); «جنديا سوريا» (an adjective) is no mention; «للمحكمة
// الجنائية الدولية» gives «محكمة الجنائية الدولية» (after لل the span starts at the stem) and «بالإضافة للكويت» gives
// «كويت»; «ومنظمة حلف شمال الأطلسي» gives «حلف شمال الأطلسي» (NATO's name is whole without the noun); «الضفة الغربية
// وغزة» is the Gaza Strip (place:rv:gaza-strip, as «قطاع غزة» before it); «مبعوثي الرئيس الأمريكي» keeps «الرئيس
// الأمريكي» (Trump); «المجلس الأوروبي» as the seat in Strasbourg is the Council of Europe (org:council-of-europe, not
// the EU's European Council); «الإليزيه» announcing is ORG with a null key (the gazetteer lists it only as a metonym
// of France), «محكمة دلهي العليا», «شبكة مستشفيات القدس الشرقية», «المحكمة الأوروبية لحقوق الإنسان», Saudi Arabia's
// «مجلس الشورى» (the demonym outside), «هيئة حقوق الإنسان», «لجنة حقوق الإنسان والهيئات الرقابية» and the newspaper
// «الحياة» are ORG with null keys (no nested places); «قاعدة العديد» (twice, «الأمريكية» and «الجوية» outside) and
// «جزيرة إمرالي» keep their noun (LOC, null keys); «#وحدات_حماية_الشعب_الكردية_السورية» gives
// «وحدات_حماية_الشعب_الكردية» (org:ypg; the demonym outside, as heldout3's «حزب الخضر الألماني»); «بتوقيت شرق الولايات
// المتحدة» keeps the country (a place in the zone's description, unlike «بتوقيت غرينتش», whose name is the zone's);
// «مبادرة إسطنبول للتعاون» is MISC and its «إسطنبول» no mention; «الوحدات الكردية», «قوات النظام السوري», «الزعيم
// الكردي», «الإدارة الأميركية» are nominal. Counts: 235 mentions, 118 entities (PER 23, LOC 56, ORG 39), 21 with a
// null key (37 mentions). Round 18 added the Élysée to the gazetteer (org:elysee), so SK-middleEast-35's «الإليزيه»
// follows it (the dev convention; it was null, the gazetteer listing it only as a metonym of France).
// Round 14 added 10 dev articles (`"round":14`), drawn like round 13 (per ant-multisource outlet the first two in the
// order of sha1('entities-round14:' + path) among internationalNews/ and middleEast/ stories whose <TEXT> has 700–1800
// characters, in no eval/gold file nor its held-out additions, off the events held-out side of the hash, and off every
// folder position of the audit order read in full, under the order with round 13 excluded or not, since the audits that
// read those positions ran before round 13 was in the gold; scripts/select-entities-round14.ts reruns the selection).
// Drawn: AL-internationalNews-285 and -268, BB-internationalNews-508 and -390, CN-middleEast-52 and -47, FR-middleEast-212
// and -260, SK-internationalNews-91, SK-middleEast-127. Annotated blind by hand from the raw text (occurrences counted
// on the reader's text, reader + createDoc only; keys looked up in the gazetteer by name, no other stage run, no system
// output seen, the evaluation not run) and committed before the first score. Choices made explicit: the reader drops
// FR-middleEast-260's «للمزيد:» link line, so its names are not annotated; «زعيم حزب العمال الكردستاني التاريخي» with
// no name beside it gives the ORG, «عبدالله أوجلان الزعيم التاريخي لحزب العمال» a PER mention of the title (round 13),
// and the bare «حزب العمال» in an article on Turkey is the PKK; «#ديليك أوجلان» gives «ديليك أوجلان» (the «#» before the
// span), «عبدالله #أوجلان» and «فتح الله #غولن» keep it (round 11); «#حزب_الشعوب_الديمقراطي» keeps «حزب» (the held-out
// README's reading of party names; null key); «محكمة شانلي أورفه» is ORG with a null key (a court named by its city, as
// «محكمة دلهي العليا», «شرطة لندن»); «وكالة أنباء الأناضول» gives «الأناضول»; «جزيرة ايمرالي» keeps its noun (LOC, null
// key, as «جزيرة إمرالي» in round 13); Yemeni features keep their noun («جبل الحمراء» and the misspelt «جبل الحمرا» one
// entity, «جبل الظهر», «وادي الضبوعة», «شعب صوران»), districts and governorates do not («مديرية ناطع» → «ناطع»,
// «محافظة البيضاء» → «البيضاء», the city's key, round 6); «المركز الإعلامي للقوات المسلحة», «الجيش
// اليمني», «المقاومة الشعبية», «#الميليشيات_الحوثية» are nominal (round 17's «المركز الإعلامي للجيش اليمني»); «السيدة
// الأولى في الولايات المتحدة» before «ميلانيا ترامب» is a PER mention of her (a title through a country designating one
// person, no nested country), the bare «السيدة الأولى» none; «زوجة الرئيس الأمريكي» keeps «الرئيس الأمريكي» (Trump;
// round 13's «مبعوثي الرئيس الأمريكي»); «الزعيم السابق للأغلبية الديمقراطية في مجلس الشيوخ الأمريكي» before «هاري رايد»
// is a PER mention (a former title in apposition, round 10), while «جون ماكين، 81 سنة، عضو مجلس الشيوخ الأمريكي عن
// الحزب الجمهوري» gives both bodies (a member designates many, round 4); hospitals and schools are LOC with their noun
// («مركز والتر ريد الطبي العسكري», «مستشفى جونز هوبكينز», «ثانوية باركلاند», «ثانوية ستونمان دوغلاس»), and so is
// «سجن غوانتانامو» and the bay «خليج غوانتانامو» (null keys; the gazetteer's «غوانتانامو» is the Cuban city); «الحزب
// الديمقراطي الاشتراكي الألماني» gives «الحزب الديمقراطي الاشتراكي» (the SPD, null key; the demonym outside), its
// «الحزب الاشتراكي الديمقراطي» and «الحزب الاشتراكي» one entity; «مارتن شولتز» has a null key (the gazetteer's «شولتز»
// is Olaf Scholz); the headline «وزير الداخلية الألماني» is a PER mention with a null key (no German interior minister
// in the gazetteer); «منظمة الأمم المتحدة للطفولة» keeps «منظمة» (UNICEF's own name in the gazetteer); «المدير الإقليمي
// لليونيسيف لمنطقة الشرق الأوسط وشمال أفريقيا» after «خيرت كابالاري،», «المتحدث باسم الرئاسة التركية» before «إبراهيم
// كالين», «الناطقة باسم وزارة الدفاع الأمريكية، سارة هيغنز» and «زعيم تنظيم الدولة الإسلامية "داعش"، أبوبكر البغدادي»
// are PER mentions of the title (no nested body), and so are «(لل)متحدث الرسمي باسم قوات "تحالف دعم الشرعية في اليمن"»
// before «العقيد الركن تركي المالكي» (after لل the span starts at the stem) and «صالح الصماد، رئيس الجناح السياسي
// للحوثيين،»; «التحالف بقيادة السعودية» gives only the country (round 12), «التحالف الدولي الذي تقوده واشنطن ضد تنظيم
// "الدولة الإسلامية"» is org:global-coalition, the bare «التحالف» nominal; «الإليزيه» where a delegation is received and
// «البيت الأبيض» where survivors are received are LOC (org:elysee, org:white-house; round 11), «قال البيت الأبيض» ORG;
// «وفدا تركيا» (an adjective) is no mention (round 13's «جنديا سوريا»); «الملك سلمان» gives «سلمان»; Saudi Arabia's bare
// «وزارة الدفاع» is ORG with a null key (dev convention); «بيلد», «NPR», «المسيرة», «إبسوس» are ORG with null keys.
// Counts: 239 mentions, 118 entities (PER 35, LOC 50, ORG 33), 44 with a null key (81 mentions).
// Round 15 added 10 dev articles (`"round":15`), drawn like round 14 (per ant-multisource outlet the first two in the
// order of sha1('entities-round15:' + path) among internationalNews/ and middleEast/ stories whose <TEXT> has 700–1800
// characters, in no eval/gold file nor its held-out additions (the round-14 articles taken), off the events held-out
// side of the hash, and off every folder position of the audit order read in full, under the order with rounds 13 and
// 14 excluded, with round 13 only, or with both; scripts/select-entities-round15.ts reruns the selection). Drawn:
// AL-internationalNews-236 and -267, BB-internationalNews-477 and -515, CN-middleEast-70 and -53,
// FR-internationalNews-282, FR-middleEast-195, SK-middleEast-261 and -179. Annotated blind by hand from the raw text
// (occurrences counted on the reader's text, reader + createDoc only, each located by its context and checked for a
// longer word around it; keys looked up in the gazetteer by name, every homonym listed; no other stage run, no system
// output seen, the evaluation not run) and committed before the first score. Choices made explicit: tribes («#قبيلة_ال_غليس»,
// «قبائل غليس», «آل غليس», «#قبائل_ريام») are groups of people by descent, like demonyms and sects, and not annotated,
// while a sheikh named after his tribe is a PER mention («الشيخ غليس أحمد غليس», «الشيخ #غليس»); a nickname in quotes
// after the name is a mention of the same person («خليل الريامي "أبو نصر"»); «مستشفى ذمار» is LOC with its noun and a
// null key (round 14's hospitals); religious figures named in a news report are PER mentions with null keys («السيدة
// فاطمة الزهراء» → «فاطمة الزهراء», «الزهراء»; «النبي محمد» → «محمد»; «الإمام علي» → «علي», «علي بن أبي طالب» the same
// entity), while «مصحف فاطمة» (a book) is MISC and «الرسول الأعظم» a bare title; a bare title without a country is no
// mention («وزير العدل، جيف سيشنز», «الزعيم السابق كيم جونغ إيل», «لرئيس الوزراء»), nor a plural title before two names
// («الرئيسين الكوريين الجنوبيين السابقين»), while «مستشار الأمن القومي في الجنوب» before «تشونغ أوي يونغ» is a PER
// mention (one officeholder, in apposition) and «رئيس حزب مصر القوية» after «عبدالمنعم أبوالفتوح، المرشح الرئاسي
// السابق و» one too (no nested party); «الرئيس الأمريكي السابق» before «باراك أوباما» is a PER mention (round 10);
// «نيابة أمن الدولة» and the bare «الرئاسة الفلسطينية» are ORG with null keys (round 3's «النيابة العامة السعودية»,
// round 11's «الرئاسة الفرنسية»), «وزارة العدل» (US) and «وزارة المواصلات» (China) too (bare ministries); «التلفزيون
// الحكومي الصيني», «موقع التلفزيون المصري الرسمي», «قوات الدفاع الجوي السعودية», «حكومة الوفاق» and «الكوريتان» are
// nominal; «قوات الحزام الأمني» keeps «قوات» (its name; null key) while «قوات التحالف العربي» gives «التحالف العربي»
// (org:saudi-coalition, round 10's «#التحالف_العربي») and «التحالف العسكري العربي بقيادة السعودية» the country only
// (round 14); «حركة فتح» keeps «حركة» (the gazetteer's name, as «حركة النهضة»), «حركة حماس» gives «حماس»;
// «للحوثيين» gives «حوثيين» (after لل the stem); «معبر بيت حانون» is one LOC mention with its noun (a crossing, a
// facility; null key); «منطقة جازان», «مديرية المحفد», «محافظة البحيرة» drop the noun (round 14; «البحيرة» keyed
// place:rv:beheira), «مدينة حرض» and «مديرية حرض» are one entity (round 6); «امتداد البستان» and «المغتربين» are two
// LOC mentions (null keys); «ديدي شكسنغ» and «(Didi Chuxing)» one ORG, «مجلة Caixin» gives «Caixin», «سينا ويبو» ORG
// (a platform, as Twitter); «مقاطعة هينان» gives «هينان»; «Hitch» (a service) is MISC.
// Counts: 241 mentions, 107 entities (PER 29, LOC 49, ORG 29), 34 with a null key (57 mentions). One slip fixed after the
// first score: the dateline «(CNN)» of CN-middleEast-53 was left out (a mention of org:cnn, as in every CNN article).
// Round 20's gazetteer rows keyed three of its null entities («قوات الحزام الأمني», «نيابة أمن الدولة», «سينا ويبو»), and
// one round-3 span followed the facility guideline (BB-middleEast-254's «معبر عربين» is one facility entity, the town
// keeping «وعربين», as round 7's «مطار دوسلدورف»).
// Round 16 added 10 dev articles (`"round":16`), drawn like round 15 with the salt 'entities-round16:' (the articles
// taken are the gold as it stood after round 15 and events batch 14, plus events dev batch 15's thirty, drawn first in
// the same session; scripts/select-entities-round16.ts reruns the selection). Drawn: AL-internationalNews-178 and -271,
// BB-internationalNews-835, BB-middleEast-688, CN-middleEast-244 and -28, FR-internationalNews-399 and -401,
// SK-middleEast-237, SK-internationalNews-222. Annotated blind by hand from the reader's text (reader + createDoc only,
// each mention located by a context string and its occurrence number computed from that position, every occurrence of
// a mention's text left out listed and read; keys looked up in the gazetteer index by name, every homonym listed; no
// other stage run, no system output seen, the evaluation not run) and committed before the first score. Choices made
// explicit: «#الديوان_الملكي_السعودي» gives «الديوان_الملكي» (ORG, null key; the demonym outside, round 10's «الديوان
// الملكي»), and «المستشار في الديوان الملكي» is no title mention (an adviser designates many); «ولي العهد» without a
// country is a bare title; «حركة طالبان» gives «طالبان» (as «حركة حماس»), while the nickname «"طالبان الأميركي"» after
// «ووكر ليند، الملقب بـ» is no mention and its «طالبان» none (a member described, like a demonym; unlike round 15's
// «"أبو نصر"», a name); «معسكر باستيون» and the apposition «قاعدة هلمند العسكرية» are one facility entity (LOC, null
// key, «العسكرية» outside, round 19's «قاعدة + place»), the province's other «هلمند» a LOC mention (null key); «للملا
// نصير» gives «نصير» (the title outside); «المتحدث باسم الحاكم المحلي» and «قائد شرطة الإقليم» are titles through an
// anaphoric noun (no mention, round 10); «(الوحدات الحمراء)» (a named Taliban unit) is ORG, «"وحدات النخبة"» nominal;
// «منطقة حيدر آباد» gives «حيدر آباد» (null key: the gazetteer's is Hyderabad in Pakistan); Netflix, «شرطة مومباي» (as
// «شرطة لندن») and «روسيا اليوم» are ORG with null keys, «بوليوود» and series titles («الألعاب المقدسة», «غول»)
// MISC, «السيخ» a group by religion (no mention); «المتحدث باسم الجيش السوري الحر، إبراهيم الجباوي» is a PER mention of
// the title (no nested FSA; round 14); Egypt's military spokesman with no name, «المتحدث العسكري باسم القوات المسلحة
// المصرية» and then «المتحدث العسكري المصري», is one PER entity with a null key (one officeholder, round 10's «السفير
// البريطاني في طهران»; the armed forces named by a demonym are nominal, so no ORG); «شبه جزيرة سيناء» keeps its noun
// (place:rv:sinai, a gazetteer variant) and «بوسط سيناء» is the same place; «برفح» in Sinai is Egypt's Rafah (null key:
// the gazetteer's «رفح» is the Palestinian city); «هضبة الجولان» keeps its noun (place:rv:golan); «منتدى "فالداي"
// الدولي للحوار» (a forum's session) is MISC; «شرق الفرات» gives the river «الفرات» (LOC, null key); mosques keep their
// noun («مسجد لندن المركزي», «مسجد فضل»; LOC, null keys, no nested London), while «مسجد "شاه جاهان"» gives the quoted
// name (round 9's quoted names after their noun); «وزارة الثقافة البريطانية» and «هيستوريك إنغلاند» (after «وكالة»)
// are ORG with null keys, «وزير الدولة لشؤون التراث» a bare title; «محافظة كركوك» is Kirkuk's key (round 6);
// «جهاز مكافحة الإرهاب» (Iraq's CTS, an agency with its own noun, as round 7's «إدارة الأمن الوطني») is ORG with a null
// key, while «الشرطة الاتحادية», «العمليات المشتركة» and «قوات النخبة» are nominal (round 5's «الدفاع المدني»);
// «القارة الأفريقية» is Africa (a gazetteer variant), the bare «القارة» nominal; «وصل إلى البيت الأبيض» is LOC
// org:white-house (round 11); «الرئيس الجمهوري» and «الرئيس الديموقراطي السابق» (a party, no country) are bare titles;
// «المتحدثة باسم الوزارة» (anaphoric) is no mention; «جيبوتي (جيبوتي)» is the city then the country; «مفوضية الاتحاد
// الأفريقي» is ORG with a null key (no nested AU), «دول الاتحاد الأفريقي» the AU; «مجلس الشيوخ» with Trump is
// ORG with a null key (a bare chamber, round 11's «مجلس النواب»; keyed org:us-senate at first, a slip fixed after the
// first score); «المكتب البيضوي» is LOC with a null key (a room of the White House, as a palace).
// Counts: 195 mentions, 114 entities (PER 23, LOC 61, ORG 30), 39 with a null key (53 mentions) as first committed;
// with the slip above 40, and round 22's gazetteer row for the African Union Commission keyed «مفوضية الاتحاد الأفريقي»
// (org:au-commission), 39 again; round 36's row for Iraq's Counter-Terrorism Service keyed SK-middleEast-237's «جهاز
// مكافحة الإرهاب» (org:iq-cts): 38.
// Round 17 added 8 dev articles (`"round":17`), drawn like round 15 in the same session as round 16 (salt
// 'entities-round17:'; round 16's taken and drawn articles taken, the same positions read in full; Al Arabiya has no
// candidate left; scripts/select-entities-round17.ts reruns the selection): BB-internationalNews-884, BB-middleEast-543,
// CN-middleEast-234 and -226, FR-internationalNews-474 and -313, SK-internationalNews-246 and -73. Annotated blind from
// the reader's text (each mention located by a context string, its occurrence number computed from that position, every
// other occurrence of its text listed and read; keys looked up in the gazetteer by name; no stage run, no system output
// seen, the evaluation not run) and committed before the first score. Choices made explicit: a demonym after a body
// whose name stands alone stays outside («الديوان الملكي السعودي» → «الديوان الملكي», round 10's null ORG; «مجلس الشعب
// الصيني» → «مجلس الشعب»; «القيادة المركزية الأمريكية» → «القيادة المركزية», CENTCOM, null key, the bare «القيادة
// المركزية» the same entity), while an agency named only descriptively keeps it («دائرة السجون الإسرائيلية», as «الأمن
// العام اللبناني»); «البرلمان الصيني» is nominal (a body named by a demonym, as armies and police); a war or conference
// named after a place is MISC and its place no mention («حرب غزة», «مؤتمر مدريد», as «مبادرة إسطنبول للتعاون»);
// «رئيس وزراء قطر السابق» between commas after «حمد بن جاسم آل ثاني» is a PER mention of him (a former role in
// apposition, round 10) and «الشيخ حمد» gives «حمد»; «مدير قناة الجزيرة» after «ياسر أبوهلالة،» and «قائد القيادة
// المركزية بالجيش الأمريكي» after «جوزيف فوتيل،» are PER mentions (title + organization in apposition, no nesting),
// «المستشار بالديوان الملكي السعودي» after «سعود القحطاني،» is not (an adviser designates many: the body is annotated),
// nor «الإعلامي المصري»; «نائب وزير الخارجية الإيراني عباس عرقجي» is a PER mention of Araghchi (round 10's deputy);
// «وزير الأمن العام الإسرائيلي جلعاد إردان» one PER entity with a null key; «القحاني» a misspelt mention of «سعود
// القحطاني»; the pseudonym «"ماري"» a PER mention (null key) each time; «الرائد أشرف» gives «أشرف»; «للقذافي» gives
// «قذافي» and «للصين» «صين» (after لل the stem), «للحزب الشيوعي» «حزب الشيوعي» (org:cpc, with «الحزب الشيوعي
// الصيني»); «بحركة حماس» gives «حماس» (round 15); «حركة الإخوان المسلمين» gives «الإخوان المسلمين»; «حزب الشعوب
// الديمقراطي» keeps «حزب» (round 14), «للمجلس الأعلى للانتخابات» gives «مجلس الأعلى للانتخابات» (ORG, null key);
// «أير آسيا», «يديعوت أحرونوت», «نادي الأسير الفلسطيني», «تلفزيون قطر», «اون تي في», «جامعة أوكسفورد» are ORG with
// null keys, «الجزيرة» (the channel) org:al-jazeera; «الشرطة الهندية», «شرطة المطار», «الشرطة البريطانية», «حزب
// الرئيس», «المعارضة» are nominal; SK-internationalNews-246 is the story of round 10's FR-internationalNews-350 and
// follows its reading («شرطة لندن» ORG, «نايت بريدج» LOC, «سفارة إيران» the country, «مفوضية شرطة وسط لندن» London,
// «السفير البريطاني في طهران» PER with a null key). Counts: 131 mentions, 75 entities (PER 23, LOC 26, ORG 26), 32 with a
// null key (55 mentions). Round 23's gazetteer rows keyed five of its null entities («دائرة السجون الإسرائيلية», «نادي
// الأسير الفلسطيني», «تلفزيون قطر», «القيادة المركزية», «مجلس الأعلى للانتخابات»), and one round-3 span followed the
// deputy guideline of round 10 (SK-middleEast-291: «نائب قائد القوة البحرية للحرس الثوري الإيراني» with its «نائب»).
// Round 18 added 8 dev articles (`"round":18`), drawn like round 17 with the salt 'entities-round18:' (the gold as it
// stood after round 17 and events batch 15 taken, plus events dev batch 16's thirty, drawn first in the same session;
// the positions of rounds 15–17 read in full; Al Arabiya has no candidate left; scripts/select-entities-round18.ts
// reruns the selection): BB-middleEast-60 and -848, CN-middleEast-289 and -89, FR-internationalNews-260 and -242,
// SK-internationalNews-143, SK-middleEast-270. Annotated blind from the reader's text (each mention located by a context
// string, its occurrence number computed from that position, every other occurrence of its text listed and read; keys
// looked up in the gazetteer by name; no stage run, no system output seen, the evaluation not run) and committed before
// the first score. Choices made explicit: a title + organization in apposition is a PER mention however long («محمد علي
// بك، المدير الحالي لدائرة عمان واليمن في الخارجية الإيرانية،», «عمار الحكيم، رئيس تيار الحكمة العراقي،», «أحمد صداك
// بطاح الدليمي ، قائد شرطة الأنبار السابق»; no nesting), and the same title later with no name beside it is a PER
// mention of the same person («رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية» twice, Bagheri; «رئيس الأركان العامة
// للقوات المسلحة الروسية», Gerasimov, whose «رئيس هيئة الأركان العامة الروسي» has a null key); «الرئيس السابق» (no
// country) and «نائب الرئيس» are bare titles, «سكرتير صدام الخاص» keeps «صدام» (a person named, the title not one
// of country or body); the nickname «"علي كيمياوي"» is a mention of «علي حسن المجيد» (round 15's «"أبو نصر"»);
// «وفدائيي صدام» is the militia (ORG, null key, no nested Saddam); «نظام البعث» gives «البعث», one ORG entity with «حزب
// البعث» (Iraq's party, null key: the gazetteer's row is Syria's); Iraq's security services listed by common nouns
// («جهاز المخابرات، الأمن الخاص، الأمن العسكري، الأمن العام») are nominal; «الهيئة العليا العراقية للمساءلة والعدالة»
// keeps its inner demonym, «الهيئة الوطنية العليا للمساءلة والعدالة العراقية» drops the final one (round 17), one ORG
// entity; «وكالة الجمهورية الإسلامية الإيرانية للأنباء» (IRNA) and «وكالة البحرين الرسمية للأنباء» (BNA) keep «وكالة» (the
// name needs it, as «وكالة الأنباء الألمانية») and take the gazetteer's keys, «أر آي أيه» after «وكالة أنباء» is
// org:ria-novosti, «الخوذات البيضاء» org:white-helmets (spelling variants); «الجمهورية الإسلامية الإيرانية» after «مصالح»
// is Iran; «للحرس الثوري الإيراني» gives «حرس الثوري الإيراني» (after لل the stem; org:irgc with its demonym, the
// gazetteer's name); «لجنة المخابرات» (ORG, null key) and «بمجلس النواب الأميركي» (org:us-house) are two mentions;
// «مكتب التحقيقات الاتحادي/الفدرالي» is org:fbi and the bare «مكتب التحقيقات» nominal (round 7's «المرصد»); «"ملف
// كريستوفر ستيل"» (a dossier's name in quotes) is MISC and its name no mention, Steele's other two mentions PER;
// «وزارة العدل» (US) and «وزارة المالية» (Iraq) are ORG with null keys (bare ministries, round 15); «الاتحاد السوفيتي»
// LOC with a null key; «مجلس الأمن للأمم المتحدة» gives «مجلس الأمن» (org:unsc) and «أمم المتحدة» (org:un), as round 3's
// «مجلس الأمن التابع للأمم المتحدة» (first committed as one unsc mention, a slip fixed after the first score);
// the CNN datelines «طهران، الإمارات العربية المتحدة» keep both places; the CNN teaser line «قد يهمك.. العبادي لـCNN» is
// annotated (round 13's CN-middleEast-288). Counts: 179 mentions, 87 entities (PER 20, LOC 44, ORG 23), 21 with a null
// key (42 mentions); 178 and 86 as first committed. Round 25's gazetteer rows
// keyed three of its null entities (Iraq's Accountability and Justice Commission, Valery Gerasimov, «فدائيي صدام»).
// Round 19 added 8 dev articles (`"round":19`), drawn like round 18 with the salt 'entities-round19:' (the gold as it
// stood after round 18 and events batch 16 taken; no events dev batch drawn in that session; the positions of rounds
// 15–18 read in full; Al Arabiya has no candidate left and the four others give two each;
// scripts/select-entities-round19.ts reruns the selection): BB-internationalNews-927 and -237, CN-middleEast-130 and
// -274, FR-internationalNews-17, FR-middleEast-347, SK-middleEast-208, SK-internationalNews-160. Annotated blind from
// the reader's text (every occurrence of each mention's text listed with its neighbourhood and read; keys looked up in
// the gazetteer by name; no stage run, no system output seen, the evaluation not run) and committed before the first
// score. Choices made explicit: «يوشيهايد سوغا» is person:yoshihide-suga (a misspelling; the key is the person's, his
// term as prime minister begins later) and «وزير شؤون مجلس الوزراء» after it a bare title; «روبرت وينغفيلد هايز، مراسل
// بي بي سي في طوكيو» gives the name, the BBC and Tokyo (a correspondent designates many, round 17's adviser);
// «صحيفة "لوموند"», «صحيفة "ديلي ميل"» give the quoted names (ORG, null keys); «بوابة الأهرام» is ORG with a null key
// (round 6) and the later «تقرير الأهرام» the same entity; «مستشفى إيتاي البارود ودمنهور» (one noun for two
// hospitals) gives the bare names, as round 9's dual «حقلي تمار وليفياثان» («إيتاي البارود» LOC with a null key,
// «دمنهور» the city); Egypt's bare «وزارة الداخلية» and «وزارة الصحة المصرية» (then «وزارة الصحة») are ORG with null
// keys (round 15's bare ministries), «موقع التلفزيون المصري» nominal (round 15); «العميد حسين دهقان وزير الدفاع
// الإيراني السابق» gives a PER mention of the former title (round 10), «مستشار المرشد علي خامنئي» only Khamenei (an
// adviser designates many, «المرشد» a bare title); «الكيان الصهيوني», «جبهة المقاومة», «الغرب» and «العالم العربي» are
// no mentions (descriptions, not names; CN-middleEast-89's «الغرب» is none either); the CNN teaser line is annotated
// (round 18); «المحكمة الجنائية المركزية» (Iraq's court) is ORG with a null key, «القضاء العراقي» nominal; «بلدة
// سين-إي-مارن» gives the name (LOC, null key); «وزير الخارجية الفرنسي» with no name beside it is Le Drian again (round
// 18's later bare title); «صالح الصماد رئيس "المجلس السياسي"» gives a PER mention of the title, quotes inside (title +
// organization in apposition, no nesting), while «المجلس السياسي "أقر ..."» and «للمجلس السياسي الأعلى» are one ORG
// (null key); «وكالة سبأ» gives «سبأ» (org:saba); «ضاحية البريهي» gives «البريهي» (LOC, null key; a district noun
// outside, round 10); «المملكة السعودية» gives «السعودية» (the state noun outside, round 10's «جمهورية»); «قوات
// التحالف الذي تتزعمه السعودية» gives the country only (round 14); «وزير الدولة الإماراتي للشؤون الخارجية» (twice,
// once before «الدكتور أنور قرقاش») is a PER mention of Gargash (null key); «أنقرة» acting for Turkey is LOC (the city);
// «جماعة محرر الأنصار» gives «محرر الأنصار» (ORG, null key); «"خالد مسعود"» gives the quoted name; «جسر ويستمنستر»
// keeps its noun (LOC, null key, round 3's «جسر تونجيل»); «الإعلانات الداعشية» is a demonym-like adjective (no mention).
// Counts: 141 mentions, 76 entities (PER 18, LOC 42, ORG 16), 20 with a null key (28 mentions).
// Round 20 added 9 dev articles (`"round":20`), drawn like round 19 with the salt 'entities-round20:' (the gold as it
// stood after round 19 and events batch 16 taken; the same positions read in full); Al Arabiya and CNN have no
// candidate left, so that salt gives six, and a second salt 'entities-round20b:', drawn with those six taken, adds the
// first candidate of each of the three other outlets (scripts/select-entities-round20.ts reruns the selection):
// BB-middleEast-40 and -896, BB-internationalNews-740, FR-middleEast-342, -116 and -257, SK-internationalNews-133,
// SK-middleEast-282 and -44. Annotated blind from the reader's text (every occurrence of each mention's text listed with
// its neighbourhood and read; keys looked up in the gazetteer by name; no stage run, no system output seen, the
// evaluation not run) and committed before the first score. Choices made explicit: animals named in a story (the
// octopuses «رابيو» and «بول») are no mentions (not persons); a country named for its national team («مباراة اليابان
// مع كولومبيا») is the country; «مركز الحياة البحرية» (an aquarium) and Raqqa's «المشفى الوطني» are LOC with their
// noun (facilities, round 14's hospitals; null keys); «حركة انصار الله (الحوثيين)» gives «انصار الله» and «الحوثيين»,
// «مليشيا الحوثي» «الحوثي» (round 10), the conference slogan «"الحوثي حركة إرهابية"» keeps its «الحوثي» (round 9's
// slogan), «الإرهاب الحوثي» is an adjective (no mention); «المتحدثة باسم الأمم المتحدة» with no name beside it gives
// the UN (round 13), «المتحدثة الساندرا فيلوتشي» the name only; «المبعوث الدولي الخاص باليمن، مارتن غريفيث» and
// «عبد ربه منصور هادي، الرئيس اليمني» give PER mentions of the titles (no nested Yemen); «هنرييت فور، المديرة التنفيذية
// لمنظمة الأمم المتحدة للطفولة (اليونيسيف)» a PER mention of the title (no nested UN) and «اليونيسيف» in parentheses
// after it an ORG mention of UNICEF (outside the title's span, round 12's «البرلمان الإسرائيلي (الكنيست)»); «دولة
// الإمارات المتحدة» gives «الإمارات المتحدة» (the state noun outside; country:AE); «معركة الرقة» is MISC and its
// place no mention (round 17's «حرب غزة»), «محافظة الرقة» and «ريف الرقة» the city (round 6); «عبدالله العريان رئيس
// لجنة إعادة الإعمار بمجلس الرقة المدني» gives a PER mention of the title (round 18, no nesting); «التحالف الدولي
// بقيادة واشنطن» gives org:global-coalition and Washington (round 14); «الجيش السوري» and «الدواعش» are nominal;
// «شركة طيران الهند» gives «طيران الهند» (Air India, ORG, null key) and the sloppy «طائرات شركة الهند» a mention
// «الهند» of the same company; «المديرية العامة للطيران الهندي» (ORG, null key) keeps its demonym (an agency named
// descriptively, round 17), as does «هيئة الطيران المدني السعودية» (ORG, null key), and the later bare «المديرية
// العامة» is nominal (round 7); «دلهي» beside «نيودلهي» is place:rv:delhi (round 12); «جمهورية كوريا الشعبية الديمقراطية»
// gives «كوريا الشعبية الديمقراطية» (country:KP; round 10's «جمهورية #الكونغو»); «وزارة الخارجية في بيونغيانغ» gives
// the bare ministry (ORG, null key, round 15) and the city; «ابنته إيفانكا» is person:ivanka-trump; Hong Kong in a list of
// countries is country:HK; «وفد من القوة البحرية للحرس الثوري الإيراني» gives «حرس الثوري الإيراني» (after لل the stem,
// round 18; «القوة البحرية» a common noun), «نائب قائد القوة البحرية في الحرس الثوري، العميد علي رضا تـنكسيري» and
// «نائب قائد القوة البحرية للحرس علي رضا تنكسيري» a PER entity of two titles and two names (null key; round 3's
// SK-middleEast-291 is the same story), «قوات قطر البحرية» keeps Qatar (a country named, not a demonym), «غرب آسيا» is
// LOC with a null key (a region, as «الشرق الأوسط»), «ديمدكس 2018» MISC, «وكالة الأنباء الإيرانية «إرنا»» two mentions
// of org:irna (round 3); football clubs drop their demonym as bodies do (round 17: «الزوراء العراقي» → «الزوراء»,
// org:al-zawraa-sc; «العهد اللبناني» → «العهد», org:al-ahed-fc), «مدرب الزوراء أيوب أوديشو» is a PER mention of the
// title (one officeholder), «مشجع الزوراء علي عصام» gives the club and the name (a fan designates many), «كأس الاتحاد
// الآسيوي» is MISC and «الاتحاد الدولي» (FIFA, unnamed) nominal, «الفيفا» org:fifa; «إقليم كردستان» keeps its noun
// (place:rv:kurdistan-iq, the region's name; «كردستان» alone is the wider region); «العاصمة الأردنية عمان» is Amman;
// «لجنة العقوبات في مجلس الأمن التابع للأمم المتحدة» gives the committee (ORG, null key, round 18's «لجنة المخابرات»),
// «مجلس الأمن» and «أمم المتحدة» (round 18); «رئيس جهاز الأمن القومي» with no name gives the ORG (null key, round 13);
// «حزب المؤتمر الشعبي العام» keeps «حزب» (ORG, null key, round 14); «رابطة الإعلام التنموي» ORG with a null key.
// Counts: 216 mentions, 102 entities (PER 16, LOC 55, ORG 31), 20 with a null key (35 mentions) as first committed;
// round 29's gazetteer rows keyed two of them (Air India, org:air-india; Yemen's General People's Congress,
// org:gpc-yemen): 18 (28 mentions).
// Round 21 added 8 dev articles (`"round":21`), drawn like round 20 with the salts 'entities-round21:' and
// 'entities-round21b:' (the gold as it stood after round 20 and events batch 16 taken; the same positions read in full;
// Al Arabiya and CNN have no candidate left and France 24 only the two of the first salt;
// scripts/select-entities-round21.ts reruns the selection): BB-internationalNews-639, -79 and -74, FR-middleEast-358 and
// -207, SK-middleEast-193 and -33, SK-internationalNews-212. Annotated blind from the reader's text (every occurrence of
// each mention's text listed with its neighbourhood and read, spans checked for overlap; keys looked up in the
// gazetteer index by name; no stage run, no system output seen, the evaluation not run) and committed before the first
// score. Choices made explicit: a nameless office through a place that designates one officeholder is a PER mention
// of the person named later («رئيس الأطباء الشرعيين في انجلترا وويلز» … «القاضي مارك لوكرافت»; round 10's «السفير
// البريطاني في طهران»; no nested places), while the same title later with no place («رئيس الأطباء الشرعيين،») is a
// bare title; «ماري هاسيل، الطبيبة الشرعية لمنطقة شمال لندن» gives a PER mention of the title (one officeholder in
// apposition, no nested London), «الطبيبة الشرعية التي» none; the UK's bare «المحكمة العليا» (the High Court) is ORG
// with a null key (round 15's bare ministries), the later «المحكمة» nominal; «جمعية دفن الموتى اليهود» is ORG with a
// null key (a body named descriptively keeps its noun and demonym, round 17); «جريدة "جمهورييت"» gives the quoted name
// (round 19), «رئيس تحرير جمهورييت مراد صابونجو» a PER mention of the title (title + organization right before the
// name, round 13), «مدير الصحيفة أكين أتالاي» and «رئيس تحريرها» none (an anaphoric noun, round 10); «لأتالاي» gives
// «أتالاي»; «منظمة مراسلون بلا حدود» gives «مراسلون بلا حدود»; «مدير عام الهيئة العامة للطيران المدني الإماراتي سيف
// السويدي» a PER mention of the title (null key, no nested body); «المنظمة الدولية للطيران المدني» (ICAO) is ORG with
// a null key; «دولة الإمارات» gives «الإمارات» (the state noun outside, round 20); «أزمة الخليج» is MISC and its «الخليج»
// no mention (round 17's «حرب غزة»), as «حرب فيتنام»; «الدوحة» acting for Qatar is the city (LOC); «ممر مخيم الوافدين»
// gives the camp «مخيم الوافدين» (LOC with its noun, null key); «هيئة تحرير الشام (جبهة النصرة)» one entity (org:hts);
// «لتنظيم القاعدة» gives «القاعدة»; «محافظة إدلب» gives «إدلب» (round 14); «قوات النظام السوري», «التلفزيون الرسمي»
// and «القيادة الفلسطينية» are nominal; the carrier «"يو أس أس كارل فينسون"» is MISC (a vehicle, round 10's aircraft
// type) and its name no mention; «مدينة دانانغ» gives «دانانغ» (LOC, null key); «منطقة الهند والمحيد الهادي» (the
// Indo-Pacific, misspelt) is one LOC mention with a null key, no India; «للصين» gives «صين» (after لل the stem, round
// 17); «بحر الصين الجنوبي والشرقي» gives «بحر الصين الجنوبي» (place:rv:south-china-sea) and no China; «هانوي» acting
// for Vietnam is LOC with a null key (the gazetteer knows it only as a capital); «وزير الخارجية الروسي» with no name
// beside it is Lavrov (round 18), «المسؤول الروسي» and «الوزير الروسي» none; «مؤتمر للأمم المتحدة لنزع السلاح» gives
// «أمم المتحدة» (org:un; the conference indefinite, no name); «القارة الأوروبية» is Europe (place:rv:europe, round
// 16's «القارة الأفريقية»); «مدينتي هيروشيما وناغاساكي» gives the bare names («ناغاساكي» LOC, null key); «المندوب
// الأمريكي روبرت وود» gives a PER mention of the title (title + demonym right before the name) and the name, one entity
// with a null key; «للبيت الأبيض» giving the agenda gives «بيت الأبيض» (ORG) and «لزيارته في البيت الأبيض» a LOC
// mention (round 14), both org:white-house; «إدارة ترامب» keeps «ترامب»; «أمين سر منظمة التحرير الفلسطينية، صائب
// عريقات» and «المتحدث باسم الرئيس الفلسطيني، نبيل أبو ردينة» give PER mentions of the titles (no nested PLO or
// Abbas). Counts: 175 mentions, 76 entities (PER 17, LOC 41, ORG 18), 17 with a null key (39 mentions).
// After the first score (round 31): «ناغاساكي» is place:geo:64071 (the gazetteer had Nagasaki as «ناغازاكي», a spelling
// not looked up at annotation: a misspelt name takes the entry's key, round 10) and «هانوي» place:rv:hanoi (a place
// row round 31 added; it was null): 15 with a null key. Round 31's title head «أمين عام» led round 3's
// CN-middleEast-288 to follow round 13's guideline: «قيس الخزعلي، أمين عام تنظيم "عصائب أهل الحق"» gives a PER
// mention of the title (no nested ORG; the ORG entity it had goes).
// Round 22 added 8 dev articles (`"round":22`), drawn like round 21 with the salts 'entities-round22:',
// 'entities-round22b:' and 'entities-round22c:' (the gold as it stood after round 21 and events batch 16 taken; the
// same positions read in full; Al Arabiya, CNN and France 24 have no candidate left, so each salt gives BBC and Sky
// News only; scripts/select-entities-round22.ts reruns the selection): BB-internationalNews-1129 and -721,
// BB-middleEast-91 and -1095, SK-middleEast-213, -167 and -146, SK-internationalNews-264. Annotated blind from the
// reader's text (every occurrence of each mention's text listed with its neighbourhood and read, spans checked for
// overlap; keys looked up in the gazetteer index by name; no stage run, no system output seen, the evaluation not
// run) and committed before the first score. Choices made explicit: «وزير الداخلية ماتيو سالفيني» gives the name
// only (a bare title, round 15; Salvini null: not in the gazetteer); «حزب الرابطة» keeps «حزب» (the bare «الرابطة» is
// a common noun) and is org:lega-nord (the same party renamed), «حركة النجوم الخمسة» org:m5s (a spelling of «حركة
// النجوم الخمس»); «جزيرة صقلية» keeps its noun (LOC, null key, round 10's islands); the ship «"أكواريوس"» is MISC
// (round 31); «"إس إم إس ميديتيرانيه"» ORG with a null key; «السلطة البحرية في بنما» is nominal and its Panama a LOC
// mention (round 10's «مكتب قائد الشرطة في بيرس كاونتي»); «الداخلية المصرية» and «وزارة الداخلية المصرية» are one
// ORG with a null key (rounds 12, 19); the department «إدارة "الهجرة غير الشرعية والإتجار بالبشر"» gives the quoted
// name (ORG, null key, round 9); Egypt's «الرقابة الإدارية» (the Administrative Control Authority; «للرقابة
// الإدارية» gives «رقابة الإدارية») is ORG with a null key (round 3's «النيابة العامة السعودية»); «الرئيس المصري»
// in 2017 is person:abdel-fattah-el-sisi; «الرئيسان الأميركي دونالد ترامب، والفرنسي إيمانويل ماكرون» gives the
// names only (a plural title, round 15); «مؤسسة تومسون رويترز» keeps its noun (the foundation, not the company; ORG,
// null key); «لتلفزيون سكاي نيوز» gives «سكاي نيوز» (Sky News, not Sky News Arabia: null key); «لوكالة فرانس» gives
// «وكالة فرانس» (AFP's name cut short: org:afp); «مساعد وزير الخارجية الإيراني عباس عراقجي» gives a PER mention of
// the title (round 17's deputy) and the name; «للسفارة الإيرانية» is no mention (round 10); «وادي الفرات» keeps its
// noun (LOC, null key, round 14's valleys); «معركة هجين» is MISC and its «هجين» no mention (round 20's «معركة
// الرقة»); «للتحالف الدولي بقيادة الولايات المتحدة» gives «تحالف الدولي» (org:global-coalition; after لل the stem)
// and the country (round 20); «مدير المركز، رامي عبد الرحمن» the name only (round 13); «"جنود الخلافة"» no mention;
// «التحالف العربي لدعم الشرعية» is one mention of org:saudi-coalition (its full name), and so is «تحالف دعم الشرعية في
// اليمن» (a gazetteer variant, no nested Yemen), while «التحالف الداعم للشرعية في اليمن» is a description (only
// Yemen); «خبراء حوثيين» is an adjective (no mention), «الحوثيين» the Houthis (round 15); «جبهة المليل» gives
// «المليل» (round 5's «جبهة نهم»), «مديرية كتاف» and «كتاف البقع» one LOC entity (the district; null key); «جبل عيبان»
// and «وادي مخدرة» keep their noun (LOC, null keys); «الساحل الغربي» (Yemen's west-coast front) is LOC with a null key
// (a named region, as round 20's «غرب آسيا»); «السيناتور الأمريكي بوب مينينديز» gives the name only (a senator
// designates many); «طائرة الرئاسة الأمريكية ( إير فورس ون )» is MISC (an aircraft) with no mention inside; «صهر ترامب
// جارد كوشنير» gives Trump and «جارد كوشنير» (person:jared-kushner, a spelling); «المحكمة العليا الأمريكية» gives
// «المحكمة العليا» (ORG, null key; the demonym outside, round 17). Counts: 168 mentions, 87 entities (PER 16, LOC 44,
// ORG 27), 28 with a null key (50 mentions).
// After the first score (round 33): «التحيتا» is place:geo:130799 (the generated row was «في التحيتا», renamed) and «الرقابة
// الإدارية» org:egypt-aca (a row round 33 added): 26 with a null key.
// Round 23 added 4 dev articles (`"round":23`), drawn with the salt 'entities-round23:' (the gold as it stood after
// round 22 and events batch 17 taken; the same positions read in full; only BBC and Sky News have candidates, and this
// short round takes the first salt's four; scripts/select-entities-round23.ts reruns the selection): BB-middleEast-210,
// BB-internationalNews-1076, SK-internationalNews-136 and -253. Annotated blind from the reader's text (each mention
// located by a context string, occurrences computed from it, spans checked for overlap; keys looked up in the gazetteer
// index by name; no stage run, no system output seen, the evaluation not run) and committed before the first score.
// Choices made explicit: «النائب العام في روما» is a PER mention with a null key and no nested Rome (round 4's «المدعي
// العام الفرنسي», round 10's envoy through a place), and so is «السفير الإيطالي في المملكة المتحدة» (no nested UK);
// «النيابة الإيطالية» is ORG with a null key (round 3's «النيابة العامة السعودية»), «وزارة الخارجية الإيطالية» ORG
// (round 22); «كلية نوتنغهام» ORG (round 9's universities), «مستشفى مدينة نوتنغهام», «مركز فيكتوريا» and «شارع
// البرلمان» LOC with their noun (facilities), «شرطة نوتنغهام» ORG (round 10's «شرطة لندن»), all null keys; «غرب
// أستراليا» (the state of Western Australia) LOC with a null key (round 20's «غرب آسيا»); «شركة آر إن سي الكندية
// للمعادن» gives «آر إن سي» (ORG, null key); «مدير كلية التعدين في جامعة كيرتين» after «سام سبيرينغ،» and «المدير
// التنفيذي لشركة آر إن سي» after «مارك سيلبي،» are PER mentions (rounds 7, 12, 13; no nested body); «منجم "بيتا هنت"»
// gives the quoted name (LOC, null key; round 9's quoted names); «وادي مسيسبي» and «نهر أوهايو» keep their noun (LOC,
// null keys; round 14's valleys); «حاكم إنديانا، إيريك هولكومب» gives a PER mention of the title and the name (round
// 10's «والي تونس»), while «حاكم الولاية، جون كاسيتش» gives the name only (an anaphoric noun); «قناة
// (دبليو.كيه.آر.إن)» gives the call sign (ORG, null key); «تنيسي» is place:rv:tennessee (a spelling); «المرشد
// الإيراني، علي خامنئي» gives the title and the name (round 15); «المتحدث باسم الحكومة الإيرانية» after «محمود باقر
// نوباخت،» is a PER mention (round 4); «نظام الولي الفقيه» no mention (round 5). Counts: 57 mentions, 37 entities
// (PER 9, LOC 19, ORG 9), 25 with a null key.
// Round 24 added 8 dev articles (`"round":24`), drawn with the salts 'entities-round24:', 'entities-round24b:' and
// 'entities-round24c:' (the gold as it stood after round 23 and events batch 17 taken; the same positions read in
// full; only BBC and Sky News have candidates, so the first salt gives two of each and the two later salts one of each;
// scripts/select-entities-round24.ts reruns the selection): BB-middleEast-888, -774, -705 and -748, SK-middleEast-216,
// -159, -225 and -87. Annotated blind from the reader's text (each mention located by a context string, occurrences
// computed from it, every other occurrence of each mention's text listed and read, spans checked for overlap; keys
// looked up in the gazetteer index by name; no stage run, no system output seen, the evaluation not run) and committed
// before the first score. Choices made explicit: «قضاء القرنة» gives «القرنة» (a district noun outside, round 10; LOC,
// null key); «مستوطنة "آدم"» and «(مستوطنة) آدم» give «آدم», «قرية "كوبر"» «كوبر» (LOC, null keys; round 9's quoted
// names after their noun); «حركة المقاومة الإسلامية (حماس)» two mentions of org:hamas; «الضفة الغربية والقدس الشرقية»
// gives place:rv:east-jerusalem, apart from «القدس»; «الجيش الإسرائيلي», «السلطات الإسرائيلية», «القيادة الفلسطينية»,
// «البحرية الليبية», «حرس السواحل», «القضاء الإيراني», «القوات الإماراتية» nominal (rounds 9, 19, 21); «المتحدث باسم
// البحرية الليبية، العميد أيوب قاسم» gives a PER mention of the title and the name (round 16's Egyptian military
// spokesman; the navy nominal); «قاعدة بحرية في طرابلس» gives Tripoli, «قاعدة طرابلس البحرية» the base «قاعدة طرابلس»
// (LOC, null key, round 16's «قاعدة هلمند العسكرية»); «جهاز مكافحة الهجرة غير الشرعية» is ORG (round 16's «جهاز
// مكافحة الإرهاب») and the quoted «"مركز إيواء تاجوراء"» a LOC facility with its noun (no nested town), both null;
// «متحدث باسم مكتب رئيس الوزراء العراقي، حيدر العبادي» gives «رئيس الوزراء العراقي» and the name (person:haider-al-abadi;
// round 13's «مبعوثي الرئيس الأمريكي»); Iraq's bare «مجلس النواب» ORG with a null key (round 11), «السومرية» ORG
// (null key); «الرئيس الإيراني السابق محمد خاتمي» a PER mention of the former title and the name (round 15; null key:
// Khatami is not in the gazetteer), «موقع محمد خاتمي الإلكتروني» keeps his name; «آية الله النائيني» gives «النائيني»
// (round 15's religious titles); «جمعية رجال الدين المناضلين (روحانيون مبارز)» one ORG of two mentions (round 7),
// «حزب" جبهة المشاركة"» the quoted «جبهة المشاركة» (ORG), both null; «الثورة الإيرانية» no mention; «للقاعدة» gives
// «قاعدة» (after لل the stem), «تنظيم القاعدة» «القاعدة»; «التحالف العربي بقيادة السعودية» and «تحالف دعم الشرعية
// بقيادة السعودية» give the coalition and the country (round 20), «تحالف دعم الشرعية في اليمن» one mention (round 22);
// «الهلال الأحمر الإماراتي» ORG with its demonym (the national society's name, as the gazetteer's «الهلال الأحمر
// السوري»; null key); «عملية "السيل الجارف"», «"السيف الحاسم"», «عاصفة الحزم» MISC; «المتمردين الحوثيين» an adjective
// (no mention, round 12's «المسلحين الحوثيين»), «الحوثيون» and «الحوثيين» as nouns org:houthis; the BBC link lines are
// annotated (round 14), and «مبعوث اليمن الدولي» in one of them is person:martin-griffiths (round 20's envoy; one
// officeholder with no name beside it, round 18); «ميناء الحديدة» LOC with its noun (a port, a facility; null key);
// «العاصمة السعودية الرياض» gives Riyadh only; the glued «السعوديةللتدخل» gives «السعودية»; «قوات النخبة الشبوانية»
// is ORG keeping «قوات» (round 15's «قوات الحزام الأمني»; null key) and the bare «قوات النخبة» nominal (round 16),
// «قائد قوات النخبة الشبوانية، سالم البوحر» a PER mention of the title and the name (round 13); «وادي سرع» and the
// misspelt «ودي سرع» one LOC entity, «وادي يشبم», «وادي حمارا» and «جبال الكور» LOC with their noun; «مديرية
// الصعيد», «منطقة المصينعة» give the bare names (LOC, null keys; «بالصعيد» gives «الصعيد»). Counts: 156 mentions, 72
// entities (PER 10, LOC 42, ORG 20), 29 with a null key. One slip fixed after the first score (round 36): «جبال
// الكور» gives «الكور», as round 5's «جبال النخش» (mountains leave their noun outside, descriptors.tsv).
// Round 36's gazetteer rows keyed three of its null entities («قوات النخبة الشبوانية» org:shabwani-elite, «محمد خاتمي»
// person:mohammad-khatami, «الهلال الأحمر الإماراتي» org:erc) and one more («جهاز مكافحة الهجرة غير الشرعية»
// org:ly-dcim): 25 with a null key.
// Round 25 added 8 dev articles (`"round":25`), drawn with the salts 'entities-round25:', 'entities-round25b:' and
// 'entities-round25c:' (the gold as it stood after round 24 and events batch 17 taken; the same positions read in
// full; only BBC and Sky News have candidates, so the first salt gives two of each and the two later salts one of each;
// scripts/select-entities-round25.ts reruns the selection): BB-internationalNews-201, BB-middleEast-1020, -446 and -5,
// SK-middleEast-257, -218 and -279, SK-internationalNews-43. Annotated blind from the reader's text (each mention
// located by a context string, occurrences computed from it, every other occurrence of each mention's text listed and
// read, spans checked for overlap; keys looked up in the gazetteer index by name; no stage run, no system output seen,
// the evaluation not run) and committed before the first score. Choices made explicit: «مدينة أوستن» gives «أوستن»
// (Austin, Texas; null key: the gazetteer's «أوستن» is Lloyd Austin); «إدارة سان انطونيو للإطفاء» is ORG (a body
// named by its city, round 10's «شرطة لندن»; null key), while «إدارة الإطفاء في مدينة أوستن» is nominal and its city
// a LOC mention (round 10's «مكتب قائد الشرطة في بيرس كاونتي»); «شركة فيديكس» gives «فيديكس» (ORG, null key);
// «رئيس مجلس مدينة شيراز الإيرانية» is a PER mention of the council head named later (round 12's «رئيس بلدية العاصمة
// التركية أنقرة»; the demonym inside, as round 10's «رئيس جامعة عثمان غازي التركية»; no nested Shiraz), «رئيس مجلس
// المدينة، سيد أحمد دستغيب» the name only (an anaphoric noun, round 23), «سيد» part of the Persian name; «الحرب بين
// إيران والعراق» keeps both countries (a description, no name), «الحرب العراقية الإيرانية» none; «حساب تويتر الفارسي
// التابع لوزارة الخارجية الإسرائيلية» gives Twitter and the ministry (ORG, null key); «عميد مؤسسة إحياء التراث والبحوث
// الإسلامية - بيت المقدس (ميثاق)، المستشار خليل قراجة الرفاعي» gives a PER mention of the title up to «المقدس» and the
// name, the acronym «ميثاق» in parentheses an ORG mention (null key), and «خالد عليان مدير دائرة المكتبة في ميثاق»
// a PER mention of the name and the title after it (round 6; no nested ميثاق); «وكالة الأنباء الفلسطينية "وفا"» two
// mentions of org:wafa (round 4's dpa); «وزير الأوقاف المصري محمد مختار جمعة» a PER title and name (null key);
// «الأمين العام المساعد للشؤون الاجتماعية السفير بدر الدين العلالي» the name only (no body named); «مندوبية فلسطين»
// keeps the country; «باب المغاربة» LOC with its noun (a gate; null key); «وكالة الأناضول للأنباء» gives «الأناضول»;
// «شبكة غولن» gives «غولن», the movement (ORG, null key; round 6's «حركة فتح الله غولن»); «رجب طيب أرودغان» and
// «أرودغان» misspelt mentions of Erdoğan; «مراسل بي بي سي في أسطنبول مارك لوين» gives the BBC, Istanbul and the name
// (a correspondent is no office); «ولاية يالوفا» gives «يالوفا»; «للمرصد السوري لحقوق الإنسان» gives «مرصد السوري
// لحقوق الإنسان» (after لل the stem) and the bare «المرصد» is nominal (round 7); «حي الزيتون», «منطقة نتساريم» give
// the bare names and «موقع ناحل عوز العسكري» «ناحل عوز» (LOC, null keys); «حركة حماس» and «حركة "حماس"» give «حماس»
// (as rounds 15 and 17 read it; the first commit kept «حركة», a slip fixed after the first score); «السفير السوداني لدى القاهرة، عبد المحمود عبد الحليم» a PER mention of the title
// and the name (round 11's envoy, no nested Cairo); «سد النهضة» LOC with its noun (round 10's dams; null key); «نهر
// النيل الأزرق» one LOC entity, «نهر النيل» and «مياه النيل» another (round 35's rivers; null keys); «القمة الأفريقية»,
// «يوم التراث العربي», «أسبوع الدفاع المقدس» MISC. Counts: 149 mentions, 74 entities (PER 15, LOC 42, ORG 17), 25 with
// a null key.
// Round 26 added 8 dev articles (`"round":26`), drawn with the salts 'entities-round26:', 'entities-round26b:' and
// 'entities-round26c:' (the gold as it stood after round 25 and events batch 18 taken; the same positions read in
// full; only BBC and Sky News have candidates, so the first salt gives two of each and the two later salts one of each;
// scripts/select-entities-round26.ts reruns the selection): BB-internationalNews-76 and -472, BB-middleEast-368 and
// -931, SK-internationalNews-58, SK-middleEast-98, -168 and -204. Annotated blind from the reader's text (each mention
// located by a context string, occurrences computed from it, every other occurrence of each mention's text listed and
// read, spans checked for overlap; keys looked up in the gazetteer index by name; no stage run, no system output seen,
// the evaluation not run) and committed before the first score. Choices made explicit: «مديرة الاتصالات بالبيت الأبيض
// هوب هيكس» gives a PER mention of the title and the name (title + organization right before the name, round 4; null
// key, no nested White House), «"هوب مميزة"» in Trump's statement the same person; «منصب مدير الاتصالات بالبيت الأبيض»
// (the post, held by four) gives the White House only, and «منصبها بالبيت الأبيض», «داخل البيت الأبيض», «منصبها في
// البيت الأبيض» are ORG (work in the institution, as round 15's «مسؤول في البيت الأبيض»); «منظمة ترامب» gives «ترامب», the
// company (ORG, null key; the descriptor outside, as round 25's «شبكة غولن»; the first commit kept «منظمة», a slip
// fixed after the first score); «مساعدي الرئيس الأمريكي» keeps «الرئيس الأمريكي» (round
// 13); «لجنة الاستخبارات بمجلس النواب» gives two ORG (round 18), the bare chamber with a null key (round 16's «مجلس
// الشيوخ»); «الإدارة الأمريكية» nominal; «لانطوني سكاراموتشي» gives «انطوني سكاراموتشي» (PER, null key); «مندوب سوريا
// لدى الأمم المتحدة» with no name beside it is person:bashar-al-jaafari (the gazetteer's title of 2018's envoy; round
// 18's bare title, round 24's envoy; no nested Syria or UN); «منظمة حظر الأسلحة الكيمياوية» is org:opcw (a spelling),
// «فريق الأمم المتحدة الأمني» gives the UN; «دمشق وموسكو» and «بغداد» acting for their states are the cities; «الغرب»
// no mention (round 19); «شركة لوكيهد مارتن» a misspelt mention of org:lockheed; «شركة ميتسوبيشي للصناعات الثقيلة»
// gives «ميتسوبيشي للصناعات الثقيلة» (Mitsubishi Heavy Industries: the company's whole name; ORG, null key) and «شركة
// ليونارد سبا» «ليونارد سبا» (ORG, null key); «إف-35 إيه» MISC (an aircraft type, round 10); «بيتر سلامة نائب مدير عام
// المنظمة لبرنامج الطوارئ الصحية» the name only (a title through an anaphoric noun, round 10); «مؤتمر دولي للمساعدات في
// الرياض» keeps Riyadh; «محكمة العدل الدولية في لاهاي» two mentions; «الثورة الإيرانية» none (round 24); «مركز الإعلام
// الأمني» (Iraq's security media cell, a body with its own name, as round 16's «جهاز مكافحة الإرهاب») ORG with a null
// key; «ناحية بادوش» gives «بادوش» (a district noun outside, round 10; LOC, null key); «محافظة نينوى» gives «نينوى»
// (place:rv:nineveh) and «محافظة كركوك» Kirkuk (round 16); «ميليشيات الحشد الشعبي» and the later «ميليشيات الحشد» are
// two mentions of org:pmf (the body's usual short name, in the same story; unlike a common noun such as round 7's
// «المرصد»); «ولاية جهارخاند» gives «جهارخاند», «قرية راجا كندوا» «راجا كندوا» (LOC, null keys); «المحقق العام بالشرطة
// شامبو ثاكور» the name only (the police nominal, round 11's «المتحدث باسم الشرطة، هارالد سوروس»); «لوكالة فرانس برس
// للأنباء» gives «فرانس برس»; «حزبي النهضة» and «حزب النهضة» give «النهضة» (org:ennahda; the bare name is used too,
// round 10's «حزب تيار المحبة»), «حزب نداء تونس» «نداء تونس»; «وزارة الشؤون الدينية التونسية» ORG keeping its
// demonym (round 16's «وزارة الثقافة البريطانية»; null key). Counts: 151 mentions, 69 entities (PER 10, LOC 38, ORG
// 21), 15 with a null key (25 mentions).
// Round 27 added 8 dev articles (`"round":27`), drawn with the salt 'entities-round27:' and the salts
// 'entities-round27b:' to 'entities-round27f:' (the gold as it stood after round 26 and events batch 18 taken; the same
// positions read in full; only BBC (190 candidates) and Sky News (one) are left, so the first salt gives two BBC and
// the Sky News article and each later salt one BBC; scripts/select-entities-round27.ts reruns the selection):
// BB-middleEast-438, -604, -440, -1029 and -80, BB-internationalNews-154 and -1206, SK-middleEast-25. Annotated blind
// from the reader's text (each mention located by a context string, occurrences computed from it, every other
// occurrence of each mention's text listed and read, spans checked for overlap; keys looked up in the gazetteer index
// by name; no stage run, no system output seen, the evaluation not run) and committed before the first score. Choices
// made explicit: «سجن إيفين» and «مستشفى امول» LOC with their noun (round 14's prisons and hospitals; null keys, no
// nested Amol); «جامعة كينغيستون», «كلية إمبريال» (round 9's universities) and the British Council «المجلس البريطاني»
// (a body's own name, not a body named by a demonym as «البرلمان الصيني») ORG with null keys; «موقع إيران واير» gives
// «إيران واير» (round 11's sites); Iran's bare «وزارة الثقافة في طهران» gives the ministry (ORG, null key) and the city
// (round 20); «أمينة غريب فقيم، رئيسة جمهورية موريشيوس» a PER mention of the title (title + country in apposition, no
// nested Mauritius), «رئيس وزراء البلاد» none (an anaphoric noun); «منظمة … اسمها لندن بلانيت إييرث إنستيتيوت ( PEI)»
// gives the name as the text gives it, London inside (ORG, null key), and «PEI» the same entity (round 5's Latin-script
// names); «مرجعية جنيف» (the Geneva process) no mention (round 17's conferences named after a place); «وكالة الأنباء
// الإماراتية (وام)» two mentions of org:wam (round 3); the UAE's «وزارة الخارجية والتعاون الدولي» ORG with a null key;
// «تنظيم الدولة الإسلامية» gives «الدولة الإسلامية» (the noun outside, as every earlier round) and the short «تنظيم
// الدولة» keeps its noun (the bare «الدولة» is a common noun; org:isis, a gazetteer variant), «التنظيم» nominal;
// «رامي عبد الرحمن رئيس المرصد» the name only (round 13); «معتقل خليج غوانتانامو» one LOC facility with its noun (round
// 14's «سجن غوانتانامو»; null key) and the bare «غوانتانامو»/«جوانتانامو» for the prison the same entity, while the
// link line's «"غوانتانامو الأسترالي"» (a nickname for Australia's offshore camps) is no mention; «وزارة الدفاع
// الأمريكية (البنتاغون)» and the later bare «وزارة الدفاع» org:pentagon; the tanker «إم في ليمبورغ» MISC (round 21's
// vessels); «خليج عدن» LOC with a null key; «المملكة العربية السعودية» whole (country:SA, as the dev gold reads it);
// «ستيفاني كليفورد» (Stormy Daniels's real name) the same PER entity; «حركة الحوثيين» gives «الحوثيين» (round 15's
// «حركة حماس»); «سارا ليا، مديرة قسم الشرق الأوسط في المنظمة» gives the name and the region (a title through an
// anaphoric noun, round 10); «مجلس حقوق الإنسان في الأمم المتحدة» two mentions (org:unhrc, org:un; round 18); Egypt's
// «رفح» has a null key (round 16); «شمال سيناء» (the governorate) is place:rv:north-sinai, «شمال ووسط سيناء» gives
// Sinai; «جماعة "ولاية سيناء"» gives the quoted name (ORG, null key); «"سيناء 2018"» MISC (round 9) and «الكتيبة 101»
// (a numbered unit) no mention; «سلاح حرس الحدود المصري» nominal (a force named by a common noun and a demonym);
// «حركة المقاومة الإسلامية "حماس"» two mentions of org:hamas (round 24); «وادي النيل» LOC with its noun (null key).
// Counts: 177 mentions, 73 entities (PER 14, LOC 35, ORG 24), 27 with a null key (59 mentions).
// Round 43's gazetteer row for the British Council keyed «المجلس البريطاني» (org:british-council; null at the first
// score): 26 with a null key (58 mentions).
// Round 45's gazetteer rows keyed Guantánamo and Egypt's Rafah (the dev convention): the camp (bare «غوانتانامو» or
// «جوانتانامو», and with «سجن»/«معتقل») is place:rv:guantanamo-camp, «خليج غوانتانامو» alone the bay
// place:rv:guantanamo-bay (round 14's prison and bay stay two entities; round 27's camp entity), the Cuban city's row
// dropped (news never names it); Egypt's «رفح» is place:rv:rafah-eg (rounds 16 and 27), Gaza's stays place:rv:rafah.
// Round 27: 24 with a null key (51 mentions).
// Round 28 added 8 dev articles (`"round":28`), the first from outlets other than BBC since round 22: per outlet of Al
// Arabiya, CNN, France 24 and Sky News Arabia the first two in the order of sha1('entities-round28:' + path) among
// internationalNews/ and middleEast/ stories with a raw <TEXT> of 400–3000 characters (the 700–1800 pools of those
// outlets are spent), the gold as it stood after round 27 and events batch 19 taken, events batch 20's draw taken, off
// the positions read in full (scripts/select-entities-round28.ts reruns the selection): AL-internationalNews-114 and -63,
// CN-middleEast-106 and -123, FR-middleEast-25, FR-internationalNews-351, SK-internationalNews-270 and -151. Annotated
// blind from the reader's text (each mention located by a context string, occurrences computed from it, every other
// occurrence of each mention's text listed and read, spans checked for overlap; keys looked up in the gazetteer index by
// name; no stage run, no system output seen, the evaluation not run) and committed before the first score. Choices made
// explicit: «مجالس الصحوات» and «مجالس الصحوة» (Iraq's Awakening councils, a movement's name) one ORG with a null key,
// the later «للصحوات السنية» a description (no mention); «الرئاسة الأميركية» ORG with a null key (round 11's «الرئاسة
// الفرنسية»); «رئيس مجلس النواب العراقي أسامة النجيفي», «وزير الخارجية الأميركي جون كيري», «حاكم (ولاية) فلوريدا ريك
// سكوت», «الرئيس النيجيري محمد بخاري», «مفتي جمهورية مصر/مفتي مصر شوقي علام», «مفتي القدس والديار الفلسطينية محمد
// حسين», «مفتي لبنان عبداللطيف دريان», «مطران ألمانيا ووسط أوروبا اسحق بركات» and «رئيس هيئة الإطفاء في نيويورك دانيال
// نيغرو» give a PER mention of the title and the name (no nesting; rounds 13, 21, 23), and so does «منصور شيشيفوروش رئيس
// مركز الأزمات المحلية» (a title right after the name, round 6); «الرئيس الأميركي السابق بوش الابن» the title and
// «بوش الابن» (the name as written; «بوش» later the same PER, null key); «حماس بوش» (zeal) no mention; «الأمين العام
// للمركز فيصل بن معمر» the name only (an anaphoric noun, round 10); «المرجعية الشيعية اللبنانية علي الأمين», «بطريريك
// الأرمن الاورثودكس آرام الأول», «الكاردينال بشارة الراعي», «إمام وخطيب المسجد الحرام في السعودية صالح بن حميد» and
// «غاندي مكارم ممثل طائفة الدروز في لبنان» the name (a title through a community or designating many), the mosque and
// the countries their own mentions; «بطريرك الكنيسة القبطية الاورثودكسية» with no name beside it gives the church (ORG,
// null key, round 13); «مركز الملك عبدالله بن عبدالعزيز العالمي للحوار بين أتباع الأديان (كايسيد)» two mentions of one
// ORG (null key, no nested king) and the later «مركز كايسيد» gives «كايسيد» (round 25's descriptor); «لـ CNN بالعربية»
// gives «CNN» (org:cnn); «الفاتيكان» LOC (country:VA); «مؤتمر جنيف2» and «مؤتمر فيينا» MISC, their places no mention
// (round 17); «دافوس» where Kerry spoke LOC; «تنظيم الدولة الإسلامية في العراق والشام» gives the name (org:isis, no
// nested Iraq); «(القاعدة) في العراق» the group and the country; «حلفائها الحوثيين» an adjective (round 24), «إلى
// الحوثيين», «الحوثيون» and «للحوثيين» («حوثيين») org:houthis; «للجنة الخبراء المعنية باليمن» (the UN panel) gives
// «لجنة الخبراء المعنية باليمن» (ORG, null key, no nested Yemen; round 20's sanctions committee); «جبال زاغروس» and
// «جبال دنا» give the bare names (round 24's mountains; LOC, null keys); «إذاعة الجمهورية الإسلامية في إيران (إيريب)»
// two mentions of one ORG (null key, no nested Iran); «متحدث باسم الحرس الثوري» gives the IRGC (an indefinite
// spokesman, round 12), «للحرس الثوري» «حرس الثوري»; «شركة آسمان», «شركة "آسمان" للطيران» give «آسمان» (ORG, null
// key); «وكالة "إيسنا" للأنباء» and «وكالة "بيا" الفرنسية» the quoted names (ORG, null keys); «مطار "مهرآباد "» gives
// «مهرآباد» and «قرية نوغول» «نوغول» (LOC, null keys; round 24's quoted names after their noun); the flight «"إي
// بي3704"», the aircraft «"ايه تي آر72"», the rifle «إيه.آر-15», the missile «قيام-1» and «"برنامج حراس"» MISC;
// «برلمان فلوريدا» ORG with a null key (a body named by its place, round 10's «شرطة لندن»), «برلمان الولاية» nominal;
// «الجمعية الوطنية للأسلحة النارية (إن آر إيه)» two mentions of one ORG (null key); «ثانوية مارجوري ستونمان دوغلاس»
// LOC with its noun (round 14); «نهر الشرق» and «جزيرة روزفلت» LOC with their noun (null keys); «شرطة نيويورك» ORG
// (null key, no nested city), «إدارة الطيران الاتحادية» (the FAA) ORG with a null key; Yemen's «مديرية صرواح»,
// «مديرية نهم», «محافظة الحديدة» give the bare names, «منطقة "المداريج"» and «منطقة "محلي"» the quoted names, «قطبين» LOC
// (null keys where the gazetteer has none), «#الجيش_اليمني» nominal; «المدرسة العلمية والفنية الحكومية» in Dapchi LOC
// with a null key (a school's name, round 14), «دابشي» and «بلدة دابتشي» one LOC entity, «ولاية يوبي», «ولاية بورنو»
// the bare names (null keys), «غرب أفريقيا» place:rv:west-africa. Counts: 211 mentions, 110 entities (PER 24, LOC 60,
// ORG 26), 52 with a null key. One slip fixed after the first score: the CNN datelines were committed as «(CNN)»
// (every CNN article's gold reads «CNN»). Round 47's gazetteer rows keyed five of its null entities (ISNA, IRIB, KAICIID,
// the NRA, «بوش الابن» person:george-w-bush): 47 with a null key.
// Round 29 added 9 dev articles (`"round":29`), drawn like round 28 from all five outlets: per outlet the first two
// in the order of sha1('entities-round29:' + path) among internationalNews/ and middleEast/ stories with a raw <TEXT> of
// 400–3000 characters, the gold as it stood after round 28 and events batch 20 taken, off the positions read in full
// (Al Arabiya has one candidate left; scripts/select-entities-round29.ts reruns the selection): AL-internationalNews-35,
// BB-middleEast-1023 and -1089, CN-middleEast-182 and -233, FR-middleEast-226, FR-internationalNews-403,
// SK-middleEast-141, SK-internationalNews-230. Annotated blind from the reader's text (each mention located by a
// context string, occurrences computed from it, every other occurrence of each mention's text listed and read, spans
// checked for overlap; keys looked up in the gazetteer index by name; no stage run, no system output seen, the
// evaluation not run) and committed before the first score. Choices made explicit: the rifle «أ ر- 15» MISC (round
// 28); «مدرسة ولاية فلوريدا_الثانوية» gives «فلوريدا» (round 3's hashtags); «مركز العلوم الصحية بجامعة تكساس» gives two
// ORG, «مركز العلوم الصحية» and «جامعة تكساس» (round 10's «مركز الدراسات … بالديوان الملكي»), «جامعة أريزونا» ORG (round
// 9; null keys, no nested state); «موقع wired» gives «wired» (ORG, null key; round 11's sites); book titles in a list of
// works keep no place («النيل يجري شمالا», «القصة العربية في الكويت»; round 17's names after a place), «جائزة الدولة
// التشجيعية» MISC, «العالم العربي» no mention; «الملتقى الثقافي الكويتي» and «المعهد العالي للفنون المسرحية» ORG (null
// keys); «ريتشارد برانسون، رئيس مجموعة فيرجين،» a PER mention of the name and of the title (round 13; no nested
// Virgin); «السفير السعودي في لندن محمد بن نواف» the title and the name (round 11's envoy; null key); «سفير الرياض لدى
// واشنطن» with no name beside it is a PER mention of Khalid bin Salman (person:khalid-bin-salman: the gazetteer knows
// the man, not this post; round 26's bare envoy title); the bare «وزارة الخارجية» after «وفي الولايات المتحدة» and in
// «وكيل وزارة الخارجية ستيف غولدشتاين» (an under-secretary, one of several: round 4's title that designates many) is
// org:state-department; «الجمهورية اللبنانية» is Lebanon (an official name, a gazetteer variant) while «الجمهورية
// الإيرانية» (no official name) is nominal, as «الدولة اللبنانية»; Lebanon's «المجلس النيابي», «المجلس النيابي اللبناني»
// (the demonym outside, round 12's «الكنيست الإسرائيلي») and «مجلس النواب» one ORG with a null key; «اتفاق الطائف» and
// the later «للطائف», «والطائف» for the accord MISC; «المرجع الشيعي الأمين» in CNN's «قد يهمك أيضا» line gives «الأمين»
// (PER, null key; round 28's Ali al-Amin; link lines are annotated, round 14); «ولي العهد نائب رئيس مجلس الوزراء وزير
// الدفاع» (no country) no mention; «قاعدة "نورث هولت" الجوية» gives «نورث هولت» (LOC, null key); «رؤية المملكة 2030»,
// «رؤية السعودية 2030» and the fighter «تايفون» MISC; «شركة "BAE Systems"» gives the Latin name (ORG, null key);
// Egypt's «محكمة القاهرة للأمور المستعجلة», «محكمة القضاء الإداري» and «المحكمة الإدارية العليا» ORG with null keys (no
// nested Cairo), the bare «القضاء الإداري» nominal; «كريم» (Careem) ORG with a null key; «عبد اللطيف وأكد المدير العام
// لأوبر في القاهرة» the name and the title after it (round 6; no nested Uber or Cairo); «المدير الحالي لوكالة
// الاستخبارات المركزية الأمريكية "سي آي إيه" مايك بومبيو» the title (PER), the acronym (org:cia) and the name (round
// 25's «ميثاق»), «مايك بومبيو مدير سي آي إيه» the name and the title (round 6), while «عندما كان مدير سي آي إيه» and
// «تعيين مدير وكالة الاستخبارات المركزية» with no name beside give the ORG (round 13); «وزير خارجيته ريكس تيلرسون» the
// name only (an anaphoric title); «جينا هاسبل» and «غافين وليامسون» misspelt mentions of person:gina-haspel and
// person:gavin-williamson; «دولة الإمارات العربية المتحدة» gives the name without «دولة», while «مملكة البحرين» and
// «جمهورية مصر العربية» are whole (official names; «مصر العربية» is no name alone); «السفير عبيد سالم الزعابي، المندوب
// الدائم للإمارات العربية المتحدة لدى الأمم المتحدة والمنظمات الدولية الأخرى في جنيف،» the name and the whole title
// (round 12; no nesting); «وزير الخارجية القطري» is person:mohammed-bin-abdulrahman; «جماعة الإخوان المسلمين» gives
// «الإخوان المسلمين»; «جبهة النصرة» org:hts (the gazetteer's variant). Counts: 281 mentions, 112 entities (PER 32, LOC
// 46, ORG 34), 30 with a null key (53 mentions).
// Round 50's gazetteer rows keyed four of its null entities (Egypt's «المحكمة الإدارية العليا», «محكمة القضاء الإداري»
// and «محكمة القاهرة للأمور المستعجلة»; «السفير السعودي في لندن محمد بن نواف» person:mohammed-bin-nawaf): 26 with a
// null key (41 mentions).
// Round 30 added 8 dev articles (`"round":30`), drawn like round 29 with the salt 'entities-round30:' (the gold as it
// stood after round 29 and events batch 20 taken, blind events batch 21's pinned draw taken too; Al Arabiya has no
// candidate left; scripts/select-entities-round30.ts reruns the selection): BB-middleEast-363, BB-internationalNews-494,
// CN-middleEast-271, CN-internationalNews-17, FR-middleEast-338 and -107, SK-internationalNews-293 and -53. Annotated
// blind from the reader's text like round 29 and committed before the first score. Choices made explicit: «التلفزيون
// السوري الرسمي» nominal (a broadcaster named by a demonym, as forces); «أحمد أوزومجو، المدير العام للمنظمة» the name
// only (an anaphoric title); «السفير الأمريكي في هولندا، كينيث وورد» the title and the name (round 11's envoy; no nested
// Netherlands; null key); «وكالة رويترز للأنباء» gives «رويترز»; «رئيس الوزراء الماليزي مهاتير محمد» and «رئيس الوزراء
// اللبناني الأسبق، رفيق الحريري» the title and the name (null keys); «ملك البلاد» (anaphoric), «زعيم المعارضة
// الماليزية» and «المعارض الماليزي» (through a nominal opposition or designating many) no mention; «أنور» and
// «إبراهيم» alone are Anwar Ibrahim; «منظمة الشباب الإسلامي الطلابية» whole and «حركة الشباب الإسلامي» whole (ORG,
// null keys; the movement's noun is part of its name, as «حركة فتح»); «المنظمة المالاوية القومية المتحدة (أومنو)»
// two mentions of one ORG; Malaysia's bare «المحكمة العليا» ORG (null key, round 16's chamber), the indefinite «محكمة
// عليا» nominal; «ائتلاف باكاتان هارابان» gives «باكاتان هارابان» (ORG); «حافظ الأسد» PER with a null key (the
// gazetteer's «بشار حافظ الأسد» is his son); «الجيش السوري» and «النظام السوري» nominal; «مكتب التحقيقات الفدرالية
// "FBI"» two mentions of org:fbi, «مكتب "FBI"» and «مكتب FBI» give «FBI», the shortened «مكتب التحقيقات» a mention
// of the bureau (it names it, unlike round 7's bare «المرصد»), the bare «المكتب» anaphoric; the username «"Nikolas
// Cruz"» and «نيكولاس كروز» one PER (a Latin name beside its Arabic form, round 5); «العميل الخاص من قسم مكتب التحقيقات
// الفدرالية في ميامي، روبرت لاسكي» the name, the FBI and Miami (a special agent designates many); «"BuzzFeed"» ORG;
// «وكالة حظر الأسلحة الكيميائية» a misnamed mention of org:opcw (round 4's misspelt names); «بيان الخارجية الروسية»
// org:russian-mfa; «متحدثة باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية» (indefinite) gives the office, and «ليندا
// توم متحدثة باسم مكتب تنسيق شؤون الإنسانية» the name and the office (misspelt; org:ocha); «الهلال الأحمر السوري»
// org:sarc; «للمرصد السوري لحقوق الإنسان» gives «مرصد السوري لحقوق الإنسان» and «للأمم المتحدة» «أمم المتحدة» (after لل
// the stem); «لوسي ألان النائبة المحافظة عن تلفورد» the name and the title after it (one MP for one seat, round 6's
// apposition; no nested Telford); «صحيفة "ميرور"» gives «ميرور» (ORG, null key); «بيكي» and «فيكي» PER; «التعاون
// الهيكلي الدائم» (an agreement), «الجيش الأوروبي», the tanks and «الحرب العالمية الثانية» MISC or nominal. Counts:
// 201 mentions, 81 entities (PER 18, LOC 37, ORG 26), 25 with a null key (68 mentions).
// Round 51's gazetteer rows keyed five of its null entities (Mahathir Mohamad, Najib Razak, Anwar Ibrahim, Hafez
// al-Assad, Pakatan Harapan): 20 with a null key (40 mentions).
// Round 31 added 8 dev articles (`"round":31`), drawn like round 30 with the salt 'entities-round31:' (the gold as it
// stood after round 30 and events batch 21 taken, blind events batch 22's pinned draw taken too; Al Arabiya has no
// candidate left, BBC needed no third; scripts/select-entities-round31.ts reruns the selection): BB-middleEast-509,
// BB-internationalNews-952, CN-middleEast-157 and -210, FR-middleEast-111 and -132, SK-middleEast-273 and -18. Annotated
// blind from the reader's text like round 30 and committed before the first score. Choices made explicit: «دونالد
// توسك، رئيس المجلس الأوروبي،» and «جان كلود يونكر رئيس المفوضية الأوروبية» the name and the title (rounds 6, 13; no
// nested body); «فيكتور وأماليا كنافس» gives «فيكتور» and «أماليا كنافس» (a span is contiguous), «ميلانيا ودونالد» two
// PER mentions («دونالد» Trump); «جمهورية سلوفينيا» whole (an official name, round 29; the lead's conventions below make it «سلوفينيا»), «بيوغوسلافيا السابقة» gives
// «يوغوسلافيا» (LOC, null key); villages and towns after their noun the bare names (round 28); «الحزب الشيوعي
// اليوغسلافي» whole (as «الحزب الشيوعي الصيني») and «عصبة الشيوعيين» ORG (null keys); «تأشيرة أينشتاين» no mention;
// «المرجع الشيعي اللبناني البارز علي الأمين» the name only and the bare «الأمين» the same PER (rounds 28, 29);
// «مركز المركز الملك عبد الله بن عبد العزيز العالمي للحوار» (the noun doubled) gives «المركز الملك … للحوار»
// (org:kaiciid); «المستشار الخاص، روبرت مولر» the name only (a bare title); «جزر السيشل» gives «السيشل» (country:SC;
// round 12's «جزيرة ميكرونيزيا»); «مطار دالاس الدولي» and the later «مطار دالاس» one LOC (null key); «ولي عهد إمارة
// أبوظبي، الشيخ محمد بن زايد» the title and the name (the honorific outside); «مستشار ترامب للشؤون الاستراتيجية» and
// «المرشح لتولي منصب مستشار الأمن الوطني» no title mention («ترامب» his own); «كبير مدراء الصندوق الاستثماري السيادي
// لروسيا، كيريل ديمتريف» the name and «روسيا» (a fund named descriptively); «متحدث باسم وزارة الدفاع (البنتاغون)»
// (indefinite) gives the two ORG mentions of org:pentagon, «المتحدث باسمها الكولونيل روب مانينغ» the name only;
// «قائد المنطقة العسكرية الوسطى (سنتكوم) الجنرال جو فوتيل» the title (PER), the acronym (org:centcom) and the name
// (round 29's CIA director); «لجنة القوات المسلحة في مجلس النواب» two ORG (the committee with a null key, the House
// org:us-house); «إقليم كردستان» place:rv:kurdistan-iq (the gazetteer's name); «وكالة الأنباء الرسمية السورية سانا»
// two mentions of org:sana (round 9's descriptive name then the name); «المجلس المحلي لمدينة دوما» one ORG (null key,
// no nested Douma); «ممثل مفوضية الأمم المتحدة لشؤون اللاجئين في سوريا سجاد مالك» the title and the name (round 12;
// null key); «رئيس هيئة الأركان العامة للجيش الروسي» later in the story Gerasimov again, «رئيس هيئة الأركان الأمريكية
// المشتركة» with no name a PER mention with a null key; «نيكي هيلي سفيرة الولايات المتحدة في الأمم المتحدة» the name
// and the title (round 6); «مكتب الأمم المتحدة للشؤون الإنسانية» a misnamed org:ocha; «مستشفيات عربين وصقبة والحياة»
// the bare names (round 19's «مستشفى إيتاي البارود ودمنهور»: «عربين» the town, the other two LOC with null keys),
// «مستشفى دار الشفاء» LOC with its noun; «ماريان جاسر، رئيسة البعثة الدولية للصليب الأحمر في سوريا،» the name and the
// title (null key). Counts: 308 mentions, 133 entities (PER 33, LOC 64, ORG 36), 36 with a null key (75 mentions).
// Round 54's gazetteer rows keyed three of its null entities (Yugoslavia, Michael Flynn, the nameless chairman of the
// US Joint Chiefs, person:joseph-dunford): 33 with a null key (72 mentions).
// Round 58's row for Ali al-Amin (person:ali-al-amin) keyed one more (10 mentions): 32 with a null key (62 mentions);
// in round 28 (CN-middleEast-106) his entity too (2 mentions).
// Round 32 added 8 dev articles (`"round":32`), drawn like round 31 with the salt 'entities-round32:' (the gold as it
// stood after round 31 and events batch 22 taken, blind events batch 23's pinned draw taken too; Al Arabiya has no
// candidate left; SK-middleEast-124 is short (594 characters) and BBC took no third; scripts/select-entities-round32.ts
// reruns the selection): BB-internationalNews-196 and -951, CN-middleEast-113 and -251, FR-middleEast-287,
// FR-internationalNews-449, SK-middleEast-124 and -65. Annotated blind from the reader's text like round 31, by the
// lead's conventions below, and committed before the first score. Choices made explicit: «تنظيم الدولة الإسلامية»
// gives «الدولة الإسلامية» and «تنظيم داعش» «داعش» (descriptor outside); «وزيرة الخارجية الهندية» (also with no name
// beside) Sushma Swaraj's title, the bare «وزيرة الخارجية» anaphoric, «سوارج» her misspelt name; «البرلمان الهندي» ORG
// (null key; a parliament named by its country), the bare «البرلمان» no mention; «رئيس وزراء إقليم البنجاب، أماريندر
// سينغ» the title and the name (no nested Punjab); «ولاية البنجاب», «مدينة ديترويت», «بلدة الخضر» the bare names;
// after «لل» the stem («للعراق» «عراق», «للكونغرس» «كونغرس», «للحزب الديمقراطي» «حزب الديمقراطي», «للرئيس السوري»
// «رئيس السوري», «للولايات المتحدة» «ولايات المتحدة», «للسعودية» «سعودية», «للأمم المتحدة» «أمم المتحدة»);
// «مقعد دائرة الكونغرس الثالثة عشرة» gives the Congress; «النائب الديمقراطي جون كونيرز» the name only (a descriptor
// designating many), «جون كوينرز» and «ميتشيغان» misspelt mentions; «صحيفة تايمز أوف اسرائيل» gives the name (ORG,
// null key); «مراسل الشؤون الدولية لدى CNN، بن ويدمان» the name and CNN (a correspondent designates many);
// «وكالة الأنباء العربية السورية الرسمية "سانا"» two mentions of org:sana, «الرسمية» outside; «منظمة اليونيسف،
// صندوق الأمم المتحدة للطفولة» two mentions of org:unicef; «الرئيس السابق للولايات المتحدة باراك أوباما» the title and
// the name (round 29's «الرئيس الأمريكي السابق»); «دول الخليج [العربية]» gives «الخليج» (place:rv:gulf), «حرب الخليج»
// no mention; «الهيئة القضائية الإيرانية» ORG (null key, as «الخارجية الإيرانية»); «التيار الشيرازي» and «الفرقة
// الشيرازية» one ORG (null key), the bare «الشيرازي» after «اعتقال» Hussein Shirazi, «الشيرازيين» none; «محمد
// الشّيرازي» and the later «شقيقه محمد» one PER; «المحكمة الخاصة برجال الدين» ORG; embassies («السفارة الإيرانية في
// لندن») no mention, London kept; «للجمهورية الاسلامية في ايران» gives «ايران»; «صحيفة "لو جورنال دو ديمانش"» ORG;
// «‘المجموعة المصغرة’» (the Small Group of states) ORG with a null key; «مجلس وزراء خارجية الاتحاد الأوروبي» one ORG
// (no nested EU); «نظام دمشق» gives Damascus; «ولي عهد السعودية» a title of MBS (no nested country), the bare «ولي
// العهد» anaphoric, «الأمير محمد» gives «محمد» (MBS); «المرشد الأعلى للجمهورية الإيرانية» and «المرشد الأعلى» before
// the name Khamenei's titles; «أدولف هتلر» PER (null key); «البيت اللأبيض» (misspelt) and «واشطن» mentions;
// «المتحدث باسم الخارجية الإيرانية بهرام قاسمي» the title and the name (null key, as round 10's line); «شبكة "سي بي
// إس"» gives «سي بي إس» (ORG, null key); «الجيش الإسرائيلي», «الجيش السوري», «النظام السوري» nominal; «السفير
// السويدي، أولوف سكوغ» the title and the name (null key); «طلبا روسيا» (an adjective, «a Russian request») no mention.
// Counts: 293 mentions, 124 entities (PER 25, LOC 71, ORG 28), 33 with a null key (64 mentions).
// Round 57's gazetteer row keyed one of its null entities (Adolf Hitler, person:adolf-hitler): 32 with a null key (59
// mentions).
// Conventions settled by the lead (twenty-third session), from questions rounds 47–52 raised; each follows a guideline
// above, and the dev gold lines against it were brought in line (dev entity F1 0.9211 → 0.9223, the system already
// following the guideline in three of the four): a title in apposition after the name is the person's mention with no
// nested body or place (rounds 4 and 6: «صلاح الدين الشعلان رئيس المجلس البلدي لقرية سديرة» in round 4 and «أكبر
// الباكر، الرئيس التنفيذي لشركة الخطوط الجوية القطرية،» in round 5, which had the village and the airline instead);
// a generic descriptor («حركة», «منظمة», «جماعة») is outside when the rest is the name news uses alone («حركة فتح» →
// «فتح» in round 15, as «حركة حماس» → «حماس» in the same sentence), inside when the rest alone is a common phrase
// («حركة النهضة», «حركة الخمس نجوم», «حركة الشباب الإسلامي», «منظمة التحرير الفلسطينية»); a state noun is outside
// when the rest is the country's usual name (round 10: «مملكة البحرين» → «البحرين» in round 29), inside otherwise
// («جمهورية مصر العربية»); a national parliament named by its country («برلمان جنوب السودان», «برلمان مالي») is the
// body, one ORG mention with no nested country, as «برلمان فلوريدا» (round 47); an agreement named after a place
// («اتفاق الطائف») is MISC like a conference (round 5's treaties), and the bare place standing for it is no mention.
// Round 31's «جمهورية سلوفينيا» and its slip «عبد المعين حمصي، المتحدث باسم مستشفى دار الشفاء» (the title a mention of
// the person, the hospital none) were brought in line after its first score (0.8561, as committed). Held-out gold is
// never edited: where a held-out line follows an older reading, it counts against the system. Round 32's slip, the
// adjective of «الحكومة السعودية» as a mention of Saudi Arabia (a demonym, no mention), was mended after its first
// score (0.8477, as committed).
// Held-out additions (2026-11-29, eval/gold/heldout-additions/entities.jsonl, `"round":"heldout2"`): 10 more held-out
// articles, two per outlet by sha1('entities-heldout2:' + path), annotated blind (no system output seen) before that
// day's tuning, by the guidelines above plus the choices listed in that folder's README. A second batch
// (`"round":"heldout3"`, same file) adds 10 more, two per outlet by sha1('entities-heldout3:' + path) among articles
// that are also on the events held-out side of the hash (scripts/select-heldout3-entities.ts reruns the selection),
// annotated blind the same way (choices in the README's heldout3 section). The held-out figure is given for the
// first 10, each added 10 and all 30.
// Scores: mentions by exact span and type; entities by canonical key, or, for names the gazetteer does not know,
// by their exact set of mention spans; linking accuracy = share of correctly detected mentions (span and type)
// whose entity has the gold canonical key (a name the gold marks unknown must get a document-local key).
import type { Doc, Entity } from '../src/doc/types.js';
import { type LinkOptions, linkEntities } from '../src/entities/link.js';
import type { Counts } from '../src/ner/conll.js';
import { groupMentions } from '../src/ner/group.js';
import { stagesThrough } from '../src/pipeline/stages.js';
import { canonicalKey, entityId, type GoldEntity, goldSpans, mentionSpans, SCORED_TYPES } from './lib/entity-match.js';
import { readGold, readGoldDoc } from './lib/gold.js';
import { formatArticleIntervals, formatPrf } from './lib/prf.js';

interface GoldArticle {
  file: string;
  published: string;
  split: 'dev' | 'heldout';
  /**
   * 3 to 22 (no 8) for the dev articles added in those rounds (annotated before any tuning on them; rounds 11 to 22
   * blind, drawn like the held-out batches on the dev side, round 12 also off every article an audit printed, rounds
   * 13 to 22 off every audit position read in full);
   * "heldout2" and
   * "heldout3" for the two batches of held-out articles of eval/gold/heldout-additions (annotated blind, see its
   * README); absent for the first 25.
   */
  round?: number | 'heldout2' | 'heldout3';
  entities: GoldEntity[];
}

interface Tally {
  goldMentions: number;
  sysMentions: number;
  mentionHits: number;
  goldEntities: number;
  sysEntities: number;
  entityHits: number;
  linked: number;
  linkedRight: number;
  errors: string[];
  /** Entity-level counts per article, for the bootstrap interval (articles are resampled whole). */
  entityCounts: Counts[];
}

function scoreArticle(article: GoldArticle, doc: Doc, entities: Entity[], tally: Tally, label: string): void {
  const { ids: goldIds, spans: goldSpan } = goldSpans(article.entities, doc, article.file);
  const sysSpan = new Map<string, { type: string; key: string | null; text: string }>();
  const sysIds = new Set<string>();
  for (const e of entities) {
    if (!SCORED_TYPES.has(e.type)) continue;
    const spans = mentionSpans(e);
    for (const [i, span] of spans.entries())
      sysSpan.set(span, { type: e.type, key: canonicalKey(e), text: e.mentions[i].text });
    sysIds.add(entityId(canonicalKey(e), spans));
  }
  tally.goldMentions += goldSpan.size;
  tally.sysMentions += sysSpan.size;
  for (const [span, s] of sysSpan) {
    const g = goldSpan.get(span);
    if (!g) {
      tally.errors.push(`${label}: extra ${s.type} «${s.text}» → ${s.key ?? 'local'}`);
      continue;
    }
    if (g.type !== s.type) {
      tally.errors.push(`${label}: type «${s.text}» ${s.type}, gold ${g.type}`);
      continue;
    }
    tally.mentionHits++;
    tally.linked++;
    if (g.key === s.key) tally.linkedRight++;
    else tally.errors.push(`${label}: link «${s.text}» → ${s.key ?? 'local'}, gold ${g.key ?? 'local'}`);
  }
  for (const [span, g] of goldSpan)
    if (!sysSpan.has(span)) tally.errors.push(`${label}: missed ${g.type} «${g.text}» (${g.key ?? 'local'})`);
  let entityHits = 0;
  for (const id of sysIds) if (goldIds.has(id)) entityHits++;
  tally.goldEntities += goldIds.size;
  tally.sysEntities += sysIds.size;
  tally.entityHits += entityHits;
  tally.entityCounts.push({ gold: goldIds.size, predicted: sysIds.size, correct: entityHits });
}

function report(name: string, t: Tally, articles: number): void {
  console.log(
    `${name.padEnd(22)} articles=${articles}  mentions ${formatPrf(t.mentionHits, t.sysMentions, t.goldMentions)} ` +
      `(gold ${t.goldMentions})  entities ${formatPrf(t.entityHits, t.sysEntities, t.goldEntities)} (gold ${t.goldEntities})  ` +
      `linking accuracy=${(t.linked ? t.linkedRight / t.linked : 0).toFixed(4)} (${t.linkedRight}/${t.linked})`,
  );
}

function emptyTally(): Tally {
  return {
    goldMentions: 0,
    sysMentions: 0,
    mentionHits: 0,
    goldEntities: 0,
    sysEntities: 0,
    entityHits: 0,
    linked: 0,
    linkedRight: 0,
    errors: [],
    entityCounts: [],
  };
}

const VARIANTS: Record<string, (doc: Doc) => Entity[]> = {
  linking: (doc) => linkEntities(doc).entities,
  'no added names': (doc) => linkEntities(doc, { addMissed: false } satisfies LinkOptions).entities,
  'tagger types': (doc) => linkEntities(doc, { fixTypes: false } satisfies LinkOptions).entities,
  // The tagger's own grouping has no canonical identities: all its keys are document-local.
  'NER grouping only': (doc) => groupMentions(doc.layers.mentions).map((e) => ({ ...e, key: `local:${e.key}` })),
};

/** The parts of each split scored on their own: the dev rounds, and the first and the added held-out articles. */
const PARTS: Record<'dev' | 'heldout', [string, GoldArticle['round']][]> = {
  dev: [
    ['dev (first 15)', undefined],
    ['dev (round 3)', 3],
    ['dev (round 4)', 4],
    ['dev (round 5)', 5],
    ['dev (round 6)', 6],
    ['dev (round 7)', 7],
    ['dev (round 9)', 9],
    ['dev (round 10)', 10],
    ['dev (round 11)', 11],
    ['dev (round 12)', 12],
    ['dev (round 13)', 13],
    ['dev (round 14)', 14],
    ['dev (round 15)', 15],
    ['dev (round 16)', 16],
    ['dev (round 17)', 17],
    ['dev (round 18)', 18],
    ['dev (round 19)', 19],
    ['dev (round 20)', 20],
    ['dev (round 21)', 21],
    ['dev (round 22)', 22],
    ['dev (round 23)', 23],
    ['dev (round 24)', 24],
    ['dev (round 25)', 25],
    ['dev (round 26)', 26],
    ['dev (round 27)', 27],
    ['dev (round 28)', 28],
    ['dev (round 29)', 29],
    ['dev (round 30)', 30],
    ['dev (round 31)', 31],
    ['dev (round 32)', 32],
  ],
  heldout: [
    ['heldout (first 10)', undefined],
    ['heldout (heldout2, 10 added)', 'heldout2'],
    ['heldout (heldout3, 10 added)', 'heldout3'],
  ],
};

function reportByPart(
  split: 'dev' | 'heldout',
  articles: GoldArticle[],
  docs: Map<string, Doc>,
  run: (doc: Doc) => Entity[],
): void {
  for (const [label, round] of PARTS[split]) {
    const part = articles.filter((a) => a.round === round);
    const tally = emptyTally();
    for (const a of part) scoreArticle(a, docs.get(a.file) as Doc, run(docs.get(a.file) as Doc), tally, a.file);
    report(`  ${label}`, tally, part.length);
  }
}

async function main(): Promise<void> {
  const gold = [...readGold<GoldArticle>('entities'), ...readGold<GoldArticle>('heldout-additions/entities')];
  const docs = new Map<string, Doc>();
  // The pipeline up to NER; the variants below each build the entities layer from it.
  const upToNer = stagesThrough('mentions');
  for (const a of gold) docs.set(a.file, await readGoldDoc(a, upToNer));
  const verbose = process.argv.includes('--errors');
  // --dev: dev only, for tuning rounds (the held-out figures are computed once, at the end).
  const splits = process.argv.includes('--dev') ? (['dev'] as const) : (['dev', 'heldout'] as const);
  for (const split of splits) {
    const articles = gold.filter((a) => a.split === split);
    for (const [name, run] of Object.entries(VARIANTS)) {
      const tally = emptyTally();
      for (const a of articles) {
        const doc = docs.get(a.file) as Doc;
        scoreArticle(a, doc, run(doc), tally, a.file.split('/').pop() ?? a.file);
      }
      report(`${split} ${name}`, tally, articles.length);
      if (name === 'linking') console.log(`  entities, ${formatArticleIntervals(tally.entityCounts)}`);
      if (name === 'linking') reportByPart(split, articles, docs, run);
      // Errors are printed for dev only: the held-out articles are never looked at while tuning.
      if (verbose && split === 'dev' && name === 'linking') for (const e of tally.errors) console.log(`  ${e}`);
    }
  }
}

await main();
