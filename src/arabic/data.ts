// Locating and reading the project's data files (data/ at the repository root).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(): string {
  // Works from src/ (tsx) and from dist/src/ (compiled): walk up until data/ is found.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = resolve(dir, '..');
    }
  }
  throw new Error('cannot locate the marsad package root (package.json)');
}

export const REPO_ROOT = findRepoRoot();

export function dataPath(relative: string): string {
  return join(REPO_ROOT, 'data', relative);
}

/** A TSV data file whose first row names its columns: the other rows, and a column's index by its name (-1 if none). */
export function readTsvTable(relative: string): { rows: string[][]; col: (name: string) => number } {
  const [header = [], ...rows] = readTsv(relative);
  return { rows, col: (name) => header.indexOf(name) };
}

/** Reads a TSV data file: '#' lines are comments, blank lines skipped, cells split on tabs. */
export function readTsv(relative: string): string[][] {
  const rows: string[][] = [];
  for (const line of readFileSync(dataPath(relative), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    rows.push(line.replace(/\r$/, '').split('\t'));
  }
  return rows;
}
