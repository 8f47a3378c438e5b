import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadModels } from '../../src/ner/model.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const slice = join(root, 'test/fixtures/ner/anercorp-slice.txt');

function marsad(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

test('train ner on a small slice, then eval ner with that model prints the contract line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-train-'));
  try {
    const out = join(dir, 'ner.bin.gz');
    const trained = marsad(['train', 'ner', '--train', slice, '--holdout-dev', '--epochs', '3', '--out', out]);
    assert.equal(trained.status, 0, trained.stderr);
    assert.match(trained.stdout, /epoch 3\/3: dev F1=0\.\d{4}/);
    // The window network is trained beside the perceptron by default, with its progress printed.
    assert.match(trained.stdout, /window network epoch 6\/6: loss \d+/);
    assert.ok(existsSync(out));
    const evaluated = marsad(['eval', 'ner', slice], { MARSAD_NER_MODEL: out });
    assert.equal(evaluated.status, 0, evaluated.stderr);
    const lines = evaluated.stdout.trim().split('\n');
    assert.match(lines.at(-1) ?? '', /^micro P=\d\.\d{4} R=\d\.\d{4} F1=(\d\.\d{4})$/);
    assert.match(evaluated.stdout, /^PERS +P=/m);
    // Trained on 90% of the slice, the model must fit its own training data far better than chance.
    const f1 = Number((lines.at(-1) ?? '').split('F1=')[1]);
    assert.ok(f1 > 0.5, `F1 ${f1}`);
    // The bootstrap interval comes just before the contract line, and holds the F1 it qualifies.
    const interval = (lines.at(-2) ?? '').match(
      /^95% bootstrap interval of micro F1 over (\d+) sentences: (\d\.\d{4})–(\d\.\d{4})$/,
    );
    assert.ok(interval, lines.at(-2));
    assert.ok(Number(interval[2]) <= f1 && f1 <= Number(interval[3]), interval[0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('train ner --add learns names that only the added sentences contain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-train-'));
  const fixture = (name: string) => join(root, 'test/fixtures/ner', name);
  const f1With = (model: string) => {
    const evaluated = marsad(['eval', 'ner', fixture('news-added-gold.txt')], { MARSAD_NER_MODEL: model });
    assert.equal(evaluated.status, 0, evaluated.stderr);
    return Number(evaluated.stdout.trim().split('F1=').at(-1));
  };
  try {
    const plain = join(dir, 'plain.bin.gz');
    const added = join(dir, 'added.bin.gz');
    // The perceptron alone: a window network trained on 68 sentences is noise at its shipped weight.
    const perceptronOnly = ['--net-epochs', '0'];
    assert.equal(
      marsad(['train', 'ner', '--train', slice, '--epochs', '3', ...perceptronOnly, '--out', plain]).status,
      0,
    );
    const trained = marsad([
      'train',
      'ner',
      '--train',
      slice,
      '--add',
      fixture('news-added.txt'),
      '--add-weight',
      '2',
      '--epochs',
      '3',
      ...perceptronOnly,
      '--out',
      added,
    ]);
    assert.equal(trained.status, 0, trained.stderr);
    // 60 slice sentences + 4 added sentences twice.
    assert.match(trained.stdout, /training on 68 sentences/);
    const [withAdded, without] = [f1With(added), f1With(plain)];
    assert.ok(withAdded > without && withAdded >= 0.5, `F1 with --add ${withAdded}, without ${without}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('training is deterministic: two runs write identical models', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-train-'));
  try {
    for (const name of ['a', 'b'])
      assert.equal(marsad(['train', 'ner', '--train', slice, '--epochs', '2', '--out', join(dir, name)]).status, 0);
    const read = (name: string) => spawnSync('gzip', ['-dc', join(dir, name)]).stdout;
    assert.deepEqual(read('a'), read('b'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--net-epochs 0 trains the perceptron alone; a negative count is a usage error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-train-'));
  try {
    const out = join(dir, 'plain.bin.gz');
    const trained = marsad(['train', 'ner', '--train', slice, '--epochs', '1', '--net-epochs', '0', '--out', out]);
    assert.equal(trained.status, 0, trained.stderr);
    assert.doesNotMatch(trained.stdout, /window network/);
    assert.equal(loadModels(out).net, null);
    const bad = marsad(['train', 'ner', '--train', slice, '--net-epochs', '-1', '--out', out]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--net-epochs takes a whole number, 0 or more, not "-1"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad gold input is a one-line error, not a stack trace', () => {
  const missing = marsad(['eval', 'ner', '/nonexistent/gold.txt']);
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /^marsad: cannot read \/nonexistent\/gold\.txt\n$/);
  const garbage = marsad(['eval', 'ner', join(root, 'package.json')]);
  assert.notEqual(garbage.status, 0);
  assert.match(garbage.stderr, /expected "token TAG"/);
  assert.doesNotMatch(garbage.stderr, /at .*\.ts:\d+/);
});
