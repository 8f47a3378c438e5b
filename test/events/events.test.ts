// Event coding: trigger lexicon, argument finding, flags, merging and exports, on real Arabic news sentences
// (the BBC Arabic sample page in test/fixtures/pagedump/bbc-putin-north-korea, and sentences written the way
// Arabic outlets write them).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Article, Doc } from '../../src/doc/types.js';
import { csvRows, gdeltRows, ploverRecords } from '../../src/events/export.js';
import { eventLexicon, triggerTypes } from '../../src/events/index.js';
import { storedAnalysesWithEvents } from '../../src/events/stored.js';
import { parsePageDump } from '../../src/ingest/pagedump.js';
import { analyzeArticle, analyzeDoc } from '../../src/pipeline/analyze.js';
import { openStore } from '../../src/store/sqlite.js';

function article(text: string, published = '2023-08-15'): Article {
  return {
    source: { kind: 'text' },
    title: '',
    published,
    blocks: text.split('\n\n').map((t) => ({ kind: 'paragraph' as const, text: t })),
    captions: [],
    credits: [],
    related: [],
    removed: [],
    warnings: [],
  };
}

function coded(text: string): Doc {
  return analyzeDoc(article(text));
}

const triples = (doc: Doc) => doc.layers.events.map((e) => `${e.sourceCountry}>${e.targetCountry ?? '-'}:${e.type}`);

test('the ontology and lexicon load, and every trigger agrees with the CAMEO → PLOVER map', () => {
  const lex = eventLexicon();
  assert.ok(lex.entries.length > 50);
  assert.equal(lex.cameo.get('112')?.quad, 3);
  assert.equal(lex.cameo.get('190')?.quad, 4);
  assert.equal(lex.cameo.get('030')?.goldstein, 4);
});

test('conjugations and verbal nouns of a trigger hit: تتهم, اتهمت, اتهام', () => {
  for (const sentence of [
    'تتهم الولايات المتحدة كوريا الشمالية بتقديم أسلحة لروسيا.',
    'واتهمت قطر السعودية بانتهاك القانون الدولي.',
  ]) {
    const doc = coded(sentence);
    assert.equal(doc.layers.events[0]?.type, 'ACCUSE', sentence);
    assert.equal(doc.layers.events[0]?.cameo, '112');
  }
});

test('verb-subject-object and subject-verb-object both find source and target', () => {
  assert.deepEqual(triples(coded('قطعت أوكرانيا جميع العلاقات الدبلوماسية مع بيونغ يانغ.')), ['UA>KP:SANCTION']);
  assert.deepEqual(
    triples(coded('وكان وزير الدفاع الروسي، سيرغي شويغو، قد وصف كوريا الشمالية بأنها "شريك مهم" لموسكو.')),
    ['RU>KP:SUPPORT'],
  );
});

test('an aside between commas is not an argument: «التي تتعرض لاجتياح روسي»', () => {
  const doc = coded('وبناء على ذلك، قطعت أوكرانيا، التي تتعرض لاجتياح روسي، جميع العلاقات الدبلوماسية مع بيونغ يانغ.');
  // Round 43: the relative clause after «أوكرانيا،» is coded as a clause of its own (the invasion Ukraine undergoes);
  // its party is still no argument of the main verb.
  assert.deepEqual(triples(doc), ['UA>KP:SANCTION', 'RU>UA:COERCE']);
});

test('a particle complement must be an actor: اعترفت بدولتين تدعمهما روسيا codes no recognition of Russia', () => {
  const doc = coded(
    'كانت كوريا الشمالية بين عدد ضئيل من الدول التي اعترفت رسميا بدولتين تدعمهما روسيا في شرق أوكرانيا.',
  );
  assert.equal(doc.layers.events.filter((e) => e.type === 'SUPPORT').length, 0, JSON.stringify(triples(doc)));
});

test('coordinated subjects each get the event: وتنفي بيونغ يانغ وموسكو', () => {
  const doc = coded('وتنفي بيونغ يانغ وموسكو أي صفقات أسلحة بينهما.');
  assert.deepEqual(triples(doc).sort(), ['KP>-:REJECT', 'RU>-:REJECT']);
});

test('the content of an accusation is not an event of its own', () => {
  const doc = coded('تتهم الولايات المتحدة كوريا الشمالية بتقديم أسلحة لروسيا في حربها في أوكرانيا.');
  assert.deepEqual(triples(doc), ['US>KP:ACCUSE']);
});

test('negation and future are flagged', () => {
  const negated = coded('لم تقصف روسيا أوكرانيا يوم الثلاثاء.').layers.events;
  assert.equal(negated.length, 1);
  assert.equal(negated[0].negated, true);
  const future = coded('سيزور الرئيس الفرنسي الجزائر الأسبوع المقبل.').layers.events;
  assert.equal(future.length, 1);
  assert.equal(future[0].type, 'CONSULT');
  assert.equal(future[0].hypothetical, true);
});

test('a summit between three leaders gives one meeting per pair, dated by the sentence', () => {
  const doc = coded('عقدت قمة ثلاثية بين قادة كوريا الجنوبية والولايات المتحدة واليابان يوم الجمعة في واشنطن.');
  assert.deepEqual(triples(doc).sort(), ['KR>JP:CONSULT', 'KR>US:CONSULT', 'US>JP:CONSULT']);
  assert.ok(doc.layers.events.every((e) => e.date === '2023-08-18'));
});

test('the same event twice in an article is one event with both mentions', () => {
  const doc = coded(
    'اتهمت قطر السعودية بانتهاك القانون الدولي.\n\nوكانت قطر قد اتهمت السعودية بانتهاك القانون الدولي.',
  );
  assert.equal(doc.layers.events.length, 1);
  assert.equal(doc.layers.events[0].mentions?.length, 2);
  const [first, second] = doc.layers.events[0].mentions ?? [];
  assert.ok(second.sentence.start > first.sentence.end);
});

test('BBC sample page: the expected events, with exact offsets, and nothing from the related-story titles', () => {
  const input = readFileSync('test/fixtures/pagedump/bbc-putin-north-korea/input.txt', 'utf8');
  const analysis = analyzeArticle(parsePageDump(input, { kind: 'text', path: 'input.txt' }), {
    published: '2023-08-15',
  });
  const found = new Set(
    analysis.events.filter((e) => !e.negated).map((e) => `${e.sourceCountry}>${e.targetCountry ?? '-'}:${e.type}`),
  );
  for (const expected of [
    'RU>KP:AGREE', // Putin calls for strengthening cooperation with North Korea
    'RU>KP:SUPPORT', // Shoigu: North Korea an "important partner"
    'US>KP:ACCUSE', // the US accuses North Korea of supplying arms
    'KP>-:REJECT', // Pyongyang denies
    'RU>-:REJECT', // Moscow denies
    'UA>KP:SANCTION', // Ukraine cuts ties with Pyongyang
    'KR>JP:AGREE', // Yoon: improving relations with Tokyo
    'KR>US:CONSULT', // the trilateral summit
    'KR>JP:CONSULT',
  ]) {
    assert.ok(found.has(expected), `${expected} missing from ${[...found].join(' ')}`);
  }
  for (const e of analysis.events) {
    assert.equal(analysis.body.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.ok(e.sentence.start <= e.trigger.start && e.trigger.end <= e.sentence.end);
  }
  // Related-story bullets («العاهل المغربي يدعو الجزائر …») are not in the body, so no Morocco → Algeria appeal.
  assert.ok(!analysis.events.some((e) => e.sourceCountry === 'MA' || e.targetCountry === 'DZ'));
});

test('exports: 61 GDELT columns, PLOVER records with provenance, CSV rows', () => {
  const analysis = analyzeArticle(article('قطعت أوكرانيا جميع العلاقات الدبلوماسية مع بيونغ يانغ.'));
  const [row] = gdeltRows(analysis);
  const cells = row.split('\t');
  assert.equal(cells.length, 61);
  assert.equal(cells[1], '20230815');
  assert.equal(cells[5], 'UA');
  assert.equal(cells[17], 'KP');
  assert.equal(cells[26], '161');
  assert.equal(cells[29], '4');
  const [record] = ploverRecords(analysis) as { event_type: string; mentions: unknown[] }[];
  assert.equal(record.event_type, 'SANCTION');
  assert.equal(record.mentions.length, 1);
  assert.match(csvRows(analysis)[0], /,UA,KP,SANCTION,withdraw,161,4,/);
});

test('a conjoined verb whose next actor cannot be its subject takes the last-named subject: «… منوشين … وحثّ دول الاتحاد»', () => {
  const doc = coded(
    'لكن وزير الخزانة الأمريكي، ستيفن منوشين، دافع عن الرسوم الجمركية، وحثّ الصين على فتح أسواقها للمنافسة الحرة.',
  );
  assert.deepEqual(triples(doc), ['US>CN:REQUEST']);
});

test("بلاده is the speaker's country, and a verbal noun's bare genitive is its object: «بطرد دبلوماسيين بريطانيين»", () => {
  const doc = coded('قال وزير الخارجية الروسي سيرغي لافروف إن بلاده ستقوم بطرد دبلوماسيين بريطانيين ردا على الخطوة.');
  assert.deepEqual(triples(doc), ['RU>GB:SANCTION']);
  // A singular demonym after the noun is its agent, not its object: no event without a named object.
  assert.deepEqual(triples(coded('ورفضت الحكومة الاعتقال الروسي.')), []);
});

test('casualties with a named attacker; an attack with no named party is aimed at the place it hits', () => {
  assert.deepEqual(triples(coded('أفادت مصادر طبية بإصابة ثلاثة فلسطينيين برصاص القوات الإسرائيلية قرب الحدود.')), [
    'IL>PS:ASSAULT',
  ]);
  assert.deepEqual(triples(coded('وشنت تركيا عملية عسكرية ضد المسلحين الأكراد في منطقة عفرين شمالي سوريا.')), [
    'TR>SY:ASSAULT',
  ]);
  // تم شن: a passive names no attacker, and no earlier actor is carried over to it.
  assert.deepEqual(triples(coded('وهدد نتنياهو برد عنيف في حال تم شن هجوم على إسرائيل.')), []);
});

test('a singular demonym right after another party is its label: «ميليشيا الحوثي الإيرانية» is not Iran', () => {
  const doc = coded('أدانت السعودية هجوم ميليشيا الحوثي الإيرانية على مدينة جازان.');
  assert.ok(!triples(doc).some((t) => t.includes('IR')), triples(doc).join(' '));
});

test('a circumstantial participle takes the main subject: «أعلنت تركيا … متهمة واشنطن»', () => {
  const doc = coded('أعلنت تركيا أن القرار "مقلق للغاية" متهمة واشنطن بالقضاء على آمال السلام.');
  assert.deepEqual(triples(doc), ['TR>US:ACCUSE']);
});

test("concern and regret about a party's act are disapproval: «قلقها بشأن برنامج إيران»، «تأسف لقرار»", () => {
  assert.deepEqual(triples(coded('أعربت فرنسا عن قلقها بشأن برنامج إيران النووي.')), ['FR>IR:ACCUSE']);
  assert.deepEqual(triples(coded('قال الوزير إن فرنسا تأسف لقرار الولايات المتحدة فرض رسوم جمركية.')), [
    'FR>US:ACCUSE',
  ]);
});

test('taking control of a place is a seizure aimed at its country; a ceasefire is no attack', () => {
  assert.deepEqual(triples(coded('وأعلنت أنقرة السيطرة على مدينة عفرين.')), ['TR>SY:COERCE']);
  const ceasefire = coded('والتقت روسيا مع الولايات المتحدة وأعلنتا وقفا لإطلاق النار في جنوب غرب سوريا.');
  assert.ok(!ceasefire.layers.events.some((e) => e.type === 'ASSAULT' && !e.negated));
});

test("export events --db: the stored articles' events, as analyze coded them", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-events-'));
  const db = path.join(dir, 'store.db');
  try {
    const analysis = analyzeArticle(article('قطعت أوكرانيا جميع العلاقات الدبلوماسية مع بيونغ يانغ.'));
    const store = openStore(db);
    store.putAnalysis(analysis);
    store.close();
    const stored = [];
    for await (const analysis of storedAnalysesWithEvents({ db })) stored.push(analysis);
    assert.equal(stored.length, 1);
    assert.deepEqual(csvRows(stored[0]), csvRows(analysis));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('trigger types can be read for one sentence of a document (eval:events --diagnose)', () => {
  const first = 'وأدانت فرنسا الهجوم على السفارة.';
  const doc = analyzeDoc(article(`${first} والتقى الوزير نظيره الياباني في طوكيو.`));
  assert.ok(triggerTypes(doc).has('ACCUSE'));
  assert.ok(triggerTypes(doc).has('CONSULT'));
  const inFirst = triggerTypes(doc, 0, first.length);
  assert.ok(inFirst.has('ACCUSE'));
  assert.ok(!inFirst.has('CONSULT'));
});
