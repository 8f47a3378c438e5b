// Round 8: a person title ending in an organization no list knows (data/gazetteer/org-openers.tsv).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docWithMentions, entityWith, linkChecked as link, mentionTexts } from '../lib/docs.js';

describe('round 8: titles ending in an unlisted organization', () => {
  it('makes «رئيس الهيئة العامة للترفيه» a mention of the person after it (ANT Al Arabiya)', () => {
    const doc = docWithMentions(
      'وقال رئيس الهيئة العامة للترفيه أحمد الخطيب إن المشاريع ستبدأ العام المقبل.',
      [['أحمد الخطيب', 'PER']],
      '2018-02-22',
    );
    const khatib = entityWith(link(doc), 'أحمد الخطيب');
    assert.deepEqual(
      khatib.mentions.map((m) => m.text),
      ['رئيس الهيئة العامة للترفيه', 'أحمد الخطيب'],
    );
  });

  it('keeps no organization nested in the title and stops before an honorific (ANT France 24)', () => {
    const doc = docWithMentions(
      'ورئيس شركة المملكة القابضة الأمير الوليد بن طلال محتجز منذ نوفمبر.',
      [
        ['المملكة القابضة', 'ORG'],
        ['الوليد بن طلال', 'PER'],
      ],
      '2018-01-18',
    );
    const entities = link(doc);
    assert.ok(!mentionTexts(entities).includes('المملكة القابضة'));
    assert.ok(entityWith(entities, 'الوليد بن طلال').mentions.some((m) => m.text === 'رئيس شركة المملكة القابضة'));
  });

  it('leaves a title after «name،» to that name (ANT BBC)', () => {
    const doc = docWithMentions(
      'قال ديفيد كيرشو، مدير شركة إعلانات إم اند سي سآتشي، إن الكشف عن البيانات أضر بالثقة.',
      [
        ['ديفيد كيرشو', 'PER'],
        ['سي سآتشي', 'PER'],
      ],
      '2018-03-20',
    );
    assert.ok(!mentionTexts(link(doc)).some((t) => t.startsWith('مدير شركة')));
  });
});

describe('round 8: quoted names after a network, bloc or coalition', () => {
  it('reads «كتلة "الحرة لحركة مشروع تونس"» as the bloc, not Tunisia (ANT Jawhara FM)', () => {
    const doc = docWithMentions(
      'يذكر أن كتلة "الحرة لحركة مشروع تونس" قررت مساء الثلاثاء بأغلبية أعضائها الانسحاب.',
      [['تونس', 'LOC']],
      '2016-10-19',
    );
    const entities = link(doc);
    assert.ok(!entities.some((e) => e.key === 'country:TN'));
    assert.equal(entityWith(entities, 'الحرة لحركة مشروع تونس').type, 'ORG');
  });

  it('reads «لشبكة "روسيا اليوم"» as the channel (ANT France 24)', () => {
    const doc = docWithMentions(
      'وذلك قبل النظر في الترخيص الممنوح لشبكة "روسيا اليوم"، معتبرة أنها أداة دعاية.',
      [['روسيا', 'LOC']],
      '2018-03-14',
    );
    const entities = link(doc);
    assert.ok(!entities.some((e) => e.key === 'country:RU'));
    assert.equal(entityWith(entities, 'روسيا اليوم').type, 'ORG');
  });
});
