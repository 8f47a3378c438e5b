// The unlabeled Arabic news the NER build scripts learn from (read from ../shared, never shipped): ANT Corpus v2.1
// multi-source and ANT v1.1 Jawhara FM (Chouigui et al.; citation licence), SaudiNewsNet 2015-08-11
// (CC BY-SA-NC 4.0). Not ANERcorp: nothing built from here may see the NER evaluation text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** One article at a time, as its texts (title, abstract, body); files in sorted order so that builds are deterministic. */
export function* newsArticles(shared: string): Generator<string[]> {
  for (const corpus of ['news/ant-multisource', 'news/ant-jawharafm']) {
    for (const path of walk(join(shared, 'data', corpus))) {
      if (!path.endsWith('.txt')) continue;
      const text = readFileSync(path, 'utf8');
      const fields: string[] = [];
      for (const field of ['TITLE', 'ABSTRACT', 'TEXT']) {
        const m = text.match(new RegExp(`<${field}>([\\s\\S]*?)</${field}>`));
        if (m) fields.push(m[1]);
      }
      yield fields;
    }
  }
  for (const path of walk(join(shared, 'data/news/saudinewsnet'))) {
    if (!path.endsWith('.json')) continue;
    for (const record of JSON.parse(readFileSync(path, 'utf8')))
      yield [`${record.title ?? ''}\n${record.content ?? ''}`];
  }
}

/** Article texts (title, abstract, body) one by one, in the order of newsArticles. */
export function* newsTexts(shared: string): Generator<string> {
  for (const article of newsArticles(shared)) yield* article;
}
