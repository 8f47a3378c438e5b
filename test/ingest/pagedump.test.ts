import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compileFurniture } from '../../src/ingest/furniture.js';
import { parsePageDump } from '../../src/ingest/pagedump.js';
import { fixtureNames, fixturesDir, readFixture } from '../fixtures/pagedump/regen.js';

const source = { kind: 'text' as const };
const read = (text: string, options?: { title?: string }) => parsePageDump(text, source, options);
const blockTexts = (text: string, options?: { title?: string }) => read(text, options).blocks.map((b) => b.text);

const P1 = 'دعا الرئيس الروسي، فلاديمير بوتين، يوم الثلاثاء، إلى تعزيز التعاون مع كوريا الشمالية.';
const P2 = 'وقال بوتين إنه مقتنع بأن البلدين سيواصلان تعزيز التعاون الثنائي في جميع المجالات.';
const P3 = 'وتتهم الولايات المتحدة كوريا الشمالية بتقديم أسلحة لروسيا في حربها في أوكرانيا.';
const TITLE = 'بوتين يدعو إلى تعزيز التعاون مع كوريا الشمالية';

/** A dump of the title and three paragraphs with `furniture` lines between the first two. */
const dumpWith = (...furniture: string[]) => [TITLE, '', P1, '', ...furniture, '', P2, '', P3].join('\n');

describe('parsePageDump: the BBC sample', () => {
  const article = readFixture('bbc-putin-north-korea');
  const input = readFileSync(path.join(fixturesDir, 'bbc-putin-north-korea/input.txt'), 'utf8');

  it('takes the first line as the title', () => {
    assert.equal(article.title, input.split('\n')[0]);
  });

  it('keeps exactly the 26 paragraphs and 2 subheadings, in order, without furniture', () => {
    assert.equal(article.blocks.filter((b) => b.kind === 'paragraph').length, 26);
    assert.deepEqual(
      article.blocks.filter((b) => b.kind === 'subheading').map((b) => b.text),
      ['قمة ثلاثية لمواجهة تهديدات كوريا الشمالية', 'ما مدى التقارب بين روسيا وكوريا الشمالية؟'],
    );
    assert.ok(article.blocks[0]?.text.startsWith('دعا الرئيس الروسي'));
    assert.ok(article.blocks.at(-1)?.text.startsWith('وبناء على ذلك'));
    const body = article.blocks.map((b) => b.text).join('\n');
    for (const furniture of ['صدر الصورة', 'التعليق على الصورة', '•', 'تخطى', 'نهاية', 'بودكاست', 'الحلقات']) {
      assert.ok(!body.includes(furniture), `body contains ${furniture}`);
    }
  });

  it('moves captions, credits, related stories and the podcast promo aside', () => {
    assert.equal(article.captions.length, 2);
    assert.deepEqual(article.credits, ['Getty Images', 'API/Gamma-Rapho via Getty Images', 'Getty Images']);
    assert.equal(article.related.length, 10);
    assert.ok(
      article.related.some((r) => r.title === 'العاهل المغربي يدعو الجزائر إلى استئناف العلاقات مع بلاده وفتح الحدود'),
    );
    assert.ok(article.removed.some((r) => r.kind === 'podcast-promo' && r.text.includes('بودكاست أسبوعي')));
  });
});

describe('parsePageDump: fixture folders match expected.json', () => {
  for (const name of fixtureNames()) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(path.join(fixturesDir, name, 'expected.json'), 'utf8'));
      assert.deepEqual(readFixture(name), expected);
    });
  }
});

describe('parsePageDump: furniture kinds', () => {
  it('image credit and caption on the same line', () => {
    const a = read(dumpWith('صدر الصورة، Reuters', 'التعليق على الصورة، جنود في موقع الانفجار.'));
    assert.deepEqual(a.credits, ['Reuters']);
    assert.deepEqual(a.captions, ['جنود في موقع الانفجار.']);
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [P1, P2, P3],
    );
  });

  it('caption label with the caption on the next line (video caption too)', () => {
    const a = read(dumpWith('التعليق على الفيديو،', '', 'لقطات من موقع الحادث.'));
    assert.deepEqual(a.captions, ['لقطات من موقع الحادث.']);
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [P1, P2, P3],
    );
  });

  it('related-story bullets go to related, title only', () => {
    const a = read(dumpWith('  • كوريا الشمالية تطلق صاروخا جديدا', '  • ماذا نعرف عن برنامجها النووي؟'));
    assert.deepEqual(
      a.related.map((r) => r.title),
      ['كوريا الشمالية تطلق صاروخا جديدا', 'ماذا نعرف عن برنامجها النووي؟'],
    );
    assert.equal(a.blocks.length, 3);
  });

  it('skip blocks of both templates and social embeds are removed with their kind', () => {
    const a = read(
      dumpWith(
        'تخطَّ البودكاست وتابع',
        'يستحق الانتباه',
        'نهاية البودكاست',
        'أهمل تويتر مشاركة',
        'المحتوى في موقع تويتر قد يتضمن إعلانات',
        'تغريدة عن القمة.',
        'نهاية تويتر مشاركة',
      ),
    );
    assert.deepEqual(
      a.removed.map((r) => r.kind),
      ['podcast-promo', 'social-embed'],
    );
    assert.ok(a.removed[1]?.text.includes('تغريدة عن القمة.'));
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [P1, P2, P3],
    );
  });

  it('bullets inside a «الأكثر قراءة» skip block are related stories', () => {
    const a = read(
      dumpWith(
        'تخطى الأكثر قراءة وواصل القراءة',
        'الأكثر قراءة',
        '  • قصة أولى',
        '  • قصة ثانية',
        'الأكثر قراءة نهاية',
      ),
    );
    assert.deepEqual(
      a.related.map((r) => r.title),
      ['قصة أولى', 'قصة ثانية'],
    );
    assert.equal(a.removed[0]?.kind, 'recommendations');
  });

  it('a skip-block opening line without its closing line removes only that line', () => {
    const a = read(dumpWith('تخطى قصص مقترحة وواصل القراءة'));
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [P1, P2, P3],
    );
    assert.equal(a.removed.length, 1);
  });

  it('section labels, read time, timestamps, warnings and footer lines are removed and logged', () => {
    const lines = [
      'المزيد حول هذه القصة',
      'مدة القراءة: 4 دقائق',
      'آخر تحديث: 15 أغسطس/ آب 2023',
      'تحذير: بي بي سي غير مسؤولة عن محتوى المواقع الخارجية',
      'سياسة الخصوصية',
      'BBC News عربي',
    ];
    const a = read(dumpWith(...lines));
    assert.deepEqual(
      a.removed.map((r) => r.text),
      lines,
    );
    assert.deepEqual(
      a.removed.map((r) => r.kind),
      ['section-label', 'read-time', 'timestamp', 'warning', 'footer', 'brand'],
    );
    assert.equal(a.blocks.length, 3);
  });

  it('a link with the external suffix «، خارجي» is a related link', () => {
    const a = read(dumpWith('الموقع الرسمي للكرملين، خارجي'));
    assert.deepEqual(a.related, [{ title: 'الموقع الرسمي للكرملين' }]);
  });

  it('«اقرأ أيضا» with a title, and a bare label followed by headlines', () => {
    const a = read(
      dumpWith(
        'إقرأ أيضاً: قمة ثلاثية في كامب ديفيد',
        'اقرأ أيضا:',
        'من هو كيم جونغ أون؟',
        'روسيا وكوريا: تاريخ من التحالف',
      ),
    );
    assert.deepEqual(
      a.related.map((r) => r.title),
      ['قمة ثلاثية في كامب ديفيد', 'من هو كيم جونغ أون؟', 'روسيا وكوريا: تاريخ من التحالف'],
    );
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [P1, P2, P3],
    );
  });

  it('share, follow, newsletter, byline, source and agency lines are removed', () => {
    const lines = [
      'شارك هذا المقال',
      'تابعونا على تويتر',
      'اشترك في النشرة البريدية',
      'كتب: سامي الحسن',
      'المصدر: رويترز',
      '(أ ف ب)',
    ];
    const a = read(dumpWith(...lines));
    assert.deepEqual(
      a.removed.map((r) => r.kind),
      ['share', 'follow', 'newsletter', 'byline', 'source-note', 'agency-credit'],
    );
    assert.equal(a.blocks.length, 3);
  });
});

describe('parsePageDump: what must stay', () => {
  it('a body line containing «المزيد» or «شارك» is kept', () => {
    const kept = [
      'وقال مدير المعرض إن المزيد من دور النشر طلبت المشاركة هذا العام.',
      'شارك آلاف الأشخاص في المسيرة التي جابت شوارع العاصمة.',
      'اقرأ هذا المقال بعناية قبل أن تحكم على الرجل.',
      'شارك في القمة قادة عشرين دولة',
      'وأكد أن المزيد من الإجراءات قادمة.',
    ];
    assert.deepEqual(blockTexts([TITLE, ...kept].join('\n')), kept);
  });

  it('a dateline and agency tag inside the first sentence are article text', () => {
    const first = 'باريس (أ ف ب) - دعت الأمم المتحدة الجمعة إلى هدنة إنسانية فورية.';
    const second = 'الرياض - واس: أعلنت الوزارة اليوم عن مشروع جديد.';
    assert.deepEqual(blockTexts([TITLE, first, second].join('\n')), [first, second]);
  });

  it('text with no furniture comes back unchanged, one paragraph per line', () => {
    const a = read([TITLE, P1, P2, P3].join('\n'));
    assert.equal(a.title, TITLE);
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [P1, P2, P3],
    );
    assert.deepEqual([a.captions, a.credits, a.related, a.removed, a.warnings], [[], [], [], [], []]);
  });

  it('English-only text is read the same way', () => {
    const a = read(
      'Putin calls for closer ties with North Korea\n\nPutin said on Tuesday that cooperation would grow.\n\nHe sent a letter to Kim Jong Un.',
    );
    assert.equal(a.title, 'Putin calls for closer ties with North Korea');
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      ['Putin said on Tuesday that cooperation would grow.', 'He sent a letter to Kim Jong Un.'],
    );
  });

  it('with options.title the text is body only: the first line is a paragraph', () => {
    const a = read([P1, P2].join('\n'), { title: TITLE });
    assert.equal(a.title, TITLE);
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [P1, P2],
    );
  });

  it('a headline of the form «شاهد.. …» on the first line stays the title', () => {
    assert.equal(read(`شاهد.. الجيش يدخل المدينة\n${P1}`).title, 'شاهد.. الجيش يدخل المدينة');
  });
});

describe('parsePageDump: layout and bad input', () => {
  it('joins hard-wrapped lines into paragraphs, not list items', () => {
    const wrapped = readFixture('hard-wrapped');
    assert.equal(wrapped.blocks.length, 3);
    assert.ok(wrapped.blocks.every((b) => b.kind === 'paragraph' && b.text.endsWith('.')));
    const list = [TITLE, P1, '1- المصادقة على القائمة الأولى', '2- المصادقة على القائمة الثانية', P2, P3, P1].join(
      '\n',
    );
    assert.equal(read(list).blocks.length, 6);
  });

  it('empty input gives an article with no blocks and a warning', () => {
    for (const text of ['', '  \n\n\t\n']) {
      const a = read(text);
      assert.deepEqual(a.blocks, []);
      assert.equal(a.warnings.length, 1);
    }
  });

  it('furniture only: no blocks and a warning', () => {
    const a = read('عنوان الخبر\nشارك\nسياسة الخصوصية');
    assert.deepEqual(a.blocks, []);
    assert.deepEqual(a.warnings, ['no article text found']);
  });

  it('a first line that reads as body text is not taken as the title', () => {
    const long = `${P1} ${P2} ${P3}`;
    const a = read(`${long}\n${P1}`);
    assert.equal(a.title, '');
    assert.equal(a.blocks[0]?.text, long);
    assert.equal(a.warnings.length, 1);
  });

  it('a malformed furniture table is a one-line MarsadError', () => {
    assert.throws(() => compileFurniture('# header\nfoo\tnot-a-kind\tx\tremove\n'), { name: 'MarsadError' });
    assert.throws(() => compileFurniture('(\tregex\tx\tremove\n'), { name: 'MarsadError' });
  });
});
