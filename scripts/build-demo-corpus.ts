// Builds data/demo/saudinewsnet-2015-08-11.jsonl, the demo corpus `npm start` ingests: a deterministic selection of
// SaudiNewsNet articles (CC BY-NC-SA 4.0; ../shared/data/news/saudinewsnet/2015-08-11.json, see its SOURCE.md),
// preferring international and political news so that entities, quotes and events have something to show.
//
//   npx tsx scripts/build-demo-corpus.ts [--count 300]
//
// Selection: articles with a title and 300–6000 characters of content, scored by how many distinct
// international/political cue words (below) their title and first 1500 characters contain; highest score first,
// ties broken by URL, at most a quarter from any one newspaper so the corpus spans outlets. Records keep the
// upstream fields unchanged (source, url, date_extracted, title, author, content).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../src/arabic/data.js';

interface Record_ {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

/** Words that mark international/political news in Saudi outlets (countries, leaders' titles, bodies, conflicts). */
const CUES = [
  'روسيا',
  'موسكو',
  'بوتين',
  'إيران',
  'طهران',
  'اليمن',
  'الحوثي',
  'سوريا',
  'الأسد',
  'العراق',
  'بغداد',
  'داعش',
  'الولايات المتحدة',
  'واشنطن',
  'أوباما',
  'الأمم المتحدة',
  'مجلس الأمن',
  'الرئيس',
  'وزير الخارجية',
  'مصر',
  'القاهرة',
  'تركيا',
  'أنقرة',
  'فلسطين',
  'إسرائيل',
  'الاحتلال',
  'لبنان',
  'قطر',
  'الإمارات',
  'الكويت',
  'البحرين',
  'ليبيا',
  'الصين',
  'فرنسا',
  'بريطانيا',
  'ألمانيا',
  'الاتحاد الأوروبي',
  'التحالف',
  'غارات',
  'هجوم',
  'مفاوضات',
  'اتفاق',
  'قمة',
  'زيارة',
  'محادثات',
  'عقوبات',
  'الجامعة العربية',
  'مجلس التعاون',
];

const COUNT_FLAG = process.argv.indexOf('--count');
const COUNT = COUNT_FLAG > 0 ? Number(process.argv[COUNT_FLAG + 1]) : 300;
const SHARED = process.env.MARSAD_SHARED ?? resolve(REPO_ROOT, '../shared');
const INPUT = join(SHARED, 'data/news/saudinewsnet/2015-08-11.json');
const OUTPUT = join(REPO_ROOT, 'data/demo/saudinewsnet-2015-08-11.jsonl');

function score(record: Record_): number {
  const head = `${record.title}\n${record.content.slice(0, 1500)}`;
  return CUES.filter((cue) => head.includes(cue)).length;
}

function eligible(record: Record_): boolean {
  const length = record.content.trim().length;
  return record.title.trim() !== '' && length >= 300 && length <= 6000;
}

function select(records: Record_[], count: number): Record_[] {
  const ranked = records
    .filter(eligible)
    .map((record) => ({ record, score: score(record) }))
    .sort((a, b) => b.score - a.score || a.record.url.localeCompare(b.record.url));
  const perSource = new Map<string, number>();
  const cap = Math.ceil(count / 4);
  const chosen: Record_[] = [];
  for (const { record } of ranked) {
    const n = perSource.get(record.source) ?? 0;
    if (n >= cap) continue;
    perSource.set(record.source, n + 1);
    chosen.push(record);
    if (chosen.length === count) break;
  }
  return chosen.sort((a, b) => a.url.localeCompare(b.url));
}

function main(): void {
  if (!existsSync(INPUT)) {
    console.error(`build-demo-corpus: ${INPUT} not found (set MARSAD_SHARED to the shared data folder)`);
    process.exit(1);
  }
  const records = JSON.parse(readFileSync(INPUT, 'utf8')) as Record_[];
  const chosen = select(records, COUNT);
  const fields = (r: Record_) => ({
    source: r.source,
    url: r.url,
    date_extracted: r.date_extracted,
    title: r.title,
    author: r.author,
    content: r.content,
  });
  writeFileSync(OUTPUT, `${chosen.map((r) => JSON.stringify(fields(r))).join('\n')}\n`);
  const bySource = new Map<string, number>();
  for (const r of chosen) bySource.set(r.source, (bySource.get(r.source) ?? 0) + 1);
  const size = readFileSync(OUTPUT).length;
  console.log(`wrote ${chosen.length} of ${records.length} articles (${(size / 1e6).toFixed(2)} MB) to ${OUTPUT}`);
  console.log([...bySource].map(([s, n]) => `${s} ${n}`).join(', '));
}

main();
