// The annotation tool behind eval/gold/ner-news.jsonl (guidelines and batches: eval/gold/ner-news.md).
//
//   npx tsx scripts/annotate-ner-news.ts next COUNT BATCH.json
//       the next COUNT articles to annotate: the first kept articles in selection order (eval/lib/ner-news-select.ts)
//       that ner-news.jsonl does not hold yet, written as [{key, split, length}] to BATCH.json
//   npx tsx scripts/annotate-ner-news.ts show BATCH.json INDEX…
//       the reader's body text (doc.text, the text the gold is placed in) of those articles
//   npx tsx scripts/annotate-ner-news.ts place BATCH.json NAMES.jsonl
//       places an annotator's name lists and writes NAMES.out.jsonl (lines in the format of ner-news.jsonl); prints
//       each article with its mentions bracketed [name|TYPE] and every occurrence left untagged, for re-reading
//
// A NAMES.jsonl line: {"key": "<key>", "names": [["روسيا","LOC"], ["السعودية","LOC",{"skip":[2]}]],
// "extra": [{"text":"الحوثي","occurrence":2,"type":"ORG"}]}. Every occurrence of a listed name is tagged when it starts
// at a word start (or after the glued clitics و ف ب ل ك, or لل for a name without ال) and ends at a word end, longest
// names first, never inside an already tagged span; `skip` lists occurrence numbers not to tag, `extra` places
// mentions by hand. Occurrences count every indexOf hit, as nthOccurrence (eval/lib/gold.ts) does.
import { readFileSync, writeFileSync } from 'node:fs';
import { goldPath, readGold, readGoldDoc } from '../eval/lib/gold.js';
import { keyOf, parseKey, type SelectedArticle, selectNerNewsArticles } from '../eval/lib/ner-news-select.js';

const TYPES = new Set(['PERS', 'LOC', 'ORG', 'MISC']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

interface NameList {
  key: string;
  names: [string, string, { skip?: number[] }?][];
  extra?: GoldMention[];
}

interface GoldMention {
  text: string;
  occurrence: number;
  type: string;
}

interface Placed extends GoldMention {
  start: number;
  end: number;
}

async function bodyOf(key: string): Promise<string> {
  return (await readGoldDoc(parseKey(key), [])).text;
}

function hitsOf(text: string, needle: string): number[] {
  const hits: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) hits.push(at);
  return hits;
}

/** Whether a name found at [start, end) is a whole word, possibly behind glued clitics. */
function atWordBoundary(text: string, start: number, end: number, name: string): boolean {
  if (end < text.length && WORD_CHAR.test(text[end])) return false;
  let wordStart = start;
  while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1])) wordStart--;
  const clitics = text.slice(wordStart, start);
  if (clitics === '' || /^[وف]?[بلك]?$/.test(clitics)) return true;
  return /^[وف]?لل$/.test(clitics) && !name.startsWith('ال');
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 15), start)}[${text.slice(start, end)}]${text.slice(end, end + 15)}`.replace(
    /\n/g,
    ' ',
  );
}

function placeNames(text: string, list: NameList, problems: string[]): { placed: Placed[]; untagged: string[] } {
  const placed: Placed[] = [];
  const untagged: string[] = [];
  const overlaps = (start: number, end: number) => placed.some((m) => start < m.end && m.start < end);
  for (const extra of list.extra ?? []) {
    const start = hitsOf(text, extra.text)[extra.occurrence - 1];
    if (start === undefined) problems.push(`extra «${extra.text}» #${extra.occurrence} not found in ${list.key}`);
    else placed.push({ ...extra, start, end: start + extra.text.length });
  }
  for (const [name, type, options] of [...list.names].sort((a, b) => b[0].length - a[0].length)) {
    if (!TYPES.has(type)) problems.push(`bad type ${type} for «${name}» in ${list.key}`);
    const hits = hitsOf(text, name);
    if (hits.length === 0) problems.push(`«${name}» not found in ${list.key}`);
    hits.forEach((start, i) => {
      const occurrence = i + 1;
      const end = start + name.length;
      const where = `#${occurrence} «${name}» ${context(text, start, end)}`;
      if (options?.skip?.includes(occurrence)) untagged.push(`skipped ${where}`);
      else if (!atWordBoundary(text, start, end, name)) untagged.push(`not a whole word ${where}`);
      else if (overlaps(start, end)) untagged.push(`inside a longer name ${where}`);
      else placed.push({ text: name, occurrence, type, start, end });
    });
  }
  return { placed: placed.sort((a, b) => a.start - b.start), untagged };
}

function bracketed(text: string, placed: readonly Placed[]): string {
  let out = '';
  let at = 0;
  for (const m of placed) {
    out += `${text.slice(at, m.start)}[${text.slice(m.start, m.end)}|${m.type}]`;
    at = m.end;
  }
  return out + text.slice(at);
}

async function place(batchFile: string, namesFile: string): Promise<number> {
  const batch = new Map((JSON.parse(readFileSync(batchFile, 'utf8')) as SelectedArticle[]).map((a) => [a.key, a]));
  const problems: string[] = [];
  const out: string[] = [];
  for (const line of readFileSync(namesFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const list = JSON.parse(line) as NameList;
    const article = batch.get(list.key);
    if (!article) {
      problems.push(`${list.key} is not in ${batchFile}`);
      continue;
    }
    const text = await bodyOf(list.key);
    const { placed, untagged } = placeNames(text, list, problems);
    console.log(`\n===== ${list.key} (${article.split}) ${placed.length} mentions\n${bracketed(text, placed)}`);
    console.log(`-- not tagged:\n${untagged.map((u) => `   ${u}`).join('\n')}`);
    const mentions = placed.map(({ text, occurrence, type }) => ({ text, occurrence, type }));
    out.push(JSON.stringify({ ...parseKey(list.key), split: article.split, mentions }));
  }
  writeFileSync(namesFile.replace(/\.jsonl$/, '.out.jsonl'), `${out.join('\n')}\n`);
  for (const problem of problems) console.log(`!! ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

async function next(count: number, batchFile: string): Promise<void> {
  const annotated = new Set(readGold<{ file: string; record?: number }>('ner-news').map(keyOf));
  const selected: SelectedArticle[] = [];
  for (let want = annotated.size + count; selected.length < count; want += count) {
    const kept = await selectNerNewsArticles(want);
    selected.splice(0, selected.length, ...kept.filter((a) => !annotated.has(a.key)).slice(0, count));
    if (kept.length < want) break;
  }
  writeFileSync(batchFile, `${JSON.stringify(selected)}\n`);
  console.log(`${selected.length} articles not yet in ${goldPath('ner-news')} → ${batchFile}`);
}

async function show(batchFile: string, indices: string[]): Promise<void> {
  const batch = JSON.parse(readFileSync(batchFile, 'utf8')) as SelectedArticle[];
  for (const index of indices) {
    const article = batch[Number(index)];
    if (!article) console.log(`no article ${index} in ${batchFile}`);
    else console.log(`\n===== [${index}] ${article.key} (${article.split})\n${await bodyOf(article.key)}`);
  }
}

const [command, ...args] = process.argv.slice(2);
if (command === 'next' && args.length === 2) await next(Number(args[0]), args[1]);
else if (command === 'show' && args.length >= 2) await show(args[0], args.slice(1));
else if (command === 'place' && args.length === 2) process.exitCode = await place(args[0], args[1]);
else {
  console.error(
    'usage: annotate-ner-news.ts next COUNT BATCH.json | show BATCH.json INDEX… | place BATCH.json NAMES.jsonl',
  );
  process.exitCode = 2;
}
