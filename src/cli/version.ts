import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../arabic/data.js';

export const VERSION: string = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;
