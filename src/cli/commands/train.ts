// marsad train ner --train FILE [--add FILE]… [--add-weight N] [--dev FILE | --holdout-dev] [--out PATH] [--epochs N]
//                  [--seed N] [--runs N] [--net-epochs N]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { MarsadError } from '../../doc/errors.js';
import { formatScore, prf, readConll, splitCorpus, type TaggedSentence } from '../../ner/conll.js';
import { saveModels } from '../../ner/model.js';
import { SHIPPED_MODEL } from '../../ner/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../../ner/train.js';
import { DEFAULT_NET_OPTIONS } from '../../ner/window-net.js';
import { parseNonNegativeInt, parsePositiveInt } from '../options.js';

interface TrainFlags {
  train: string;
  add: string[];
  addWeight: number;
  dev?: string;
  holdoutDev?: boolean;
  out: string;
  epochs: number;
  seed: number;
  runs: number;
  netEpochs: number;
}

export function registerTrain(program: Command): void {
  const train = program.command('train').description('train a model');
  train
    .command('ner')
    .description('train the named-entity tagger (averaged perceptron, deterministic) on CoNLL/IOB2 data')
    .requiredOption('--train <file>', 'training data: `token TAG` per line, blank line between sentences')
    .option(
      '--add <file>',
      'more training data in the same format (repeatable), appended after --train and never split off as dev',
      (file: string, files: string[]) => [...files, file],
      [] as string[],
    )
    .option(
      '--add-weight <n>',
      'how many times the --add sentences are repeated in training',
      parsePositiveInt('--add-weight'),
      1,
    )
    .option('--dev <file>', 'dev data scored after every epoch')
    .option('--holdout-dev', 'use the last 10% of the --train sentences as dev (not trained on)')
    .option('--out <path>', 'where to write the model', SHIPPED_MODEL)
    .option('--epochs <n>', 'passes over the training data', parsePositiveInt('--epochs'), DEFAULT_TRAIN_OPTIONS.epochs)
    .option('--seed <n>', 'shuffling seed', parsePositiveInt('--seed'), DEFAULT_TRAIN_OPTIONS.seed)
    .option(
      '--runs <n>',
      'perceptrons per pass (each its own shuffling order), averaged into one',
      parsePositiveInt('--runs'),
      DEFAULT_TRAIN_OPTIONS.runs,
    )
    .option(
      '--net-epochs <n>',
      'epochs of the window network trained beside the perceptron (0: no network)',
      parseNonNegativeInt('--net-epochs'),
      DEFAULT_NET_OPTIONS.epochs,
    )
    .action((flags: TrainFlags) => runTrainNer(flags));
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function runTrainNer(flags: TrainFlags): void {
  if (flags.dev && flags.holdoutDev) throw new MarsadError('give either --dev or --holdout-dev, not both', 'usage', 2);
  const all = readConll(flags.train);
  let train: TaggedSentence[] = all;
  let dev: TaggedSentence[] | null = flags.dev ? readConll(flags.dev) : null;
  if (flags.holdoutDev) ({ train, dev } = splitCorpus(all));
  const added = flags.add.map((file) => ({ file, sentences: readConll(file) }));
  for (let k = 0; k < flags.addWeight; k++) train = [...train, ...added.flatMap((a) => a.sentences)];
  const tokens = train.reduce((n, s) => n + s.words.length, 0);
  console.log(`training on ${train.length} sentences (${tokens} tokens)${dev ? `, dev ${dev.length} sentences` : ''}`);
  const started = Date.now();
  const command = ['marsad train ner', `--train ${basename(flags.train)}`];
  for (const file of flags.add) command.push(`--add ${basename(file)}`);
  if (flags.add.length > 0) command.push(`--add-weight ${flags.addWeight}`);
  if (flags.dev) command.push(`--dev ${basename(flags.dev)}`);
  if (flags.holdoutDev) command.push('--holdout-dev');
  command.push(`--epochs ${flags.epochs}`, `--seed ${flags.seed}`);
  if (flags.runs !== 1) command.push(`--runs ${flags.runs}`);
  command.push(`--net-epochs ${flags.netEpochs}`);
  const net = flags.netEpochs > 0 ? { ...DEFAULT_NET_OPTIONS, epochs: flags.netEpochs, seed: flags.seed } : null;
  const options = { ...DEFAULT_TRAIN_OPTIONS, epochs: flags.epochs, seed: flags.seed, runs: flags.runs, net };
  const {
    models,
    net: trainedNet,
    dev: devScore,
  } = trainTagger(train, dev, {
    ...options,
    onNetEpoch: (epoch, loss, seconds) =>
      console.log(
        `window network epoch ${epoch}/${flags.netEpochs}: loss ${loss.toFixed(0)} (${seconds.toFixed(1)} s)`,
      ),
    onEpoch: (epoch, score, seconds, run) => {
      const f1 = score ? ` dev F1=${prf(score.micro).f1.toFixed(4)}` : '';
      const of = flags.runs > 1 ? `run ${run + 1}/${flags.runs}, ` : '';
      console.log(`${of}epoch ${epoch}/${flags.epochs}:${f1} (${seconds.toFixed(1)} s)`);
    },
  });
  if (devScore) console.log(formatScore(devScore));
  const info = {
    command: command.join(' '),
    trainFile: basename(flags.train),
    trainSha256: sha256(flags.train),
    added: added.map((a) => ({ file: basename(a.file), sha256: sha256(a.file), sentences: a.sentences.length })),
    addWeight: flags.addWeight,
    trainSentences: train.length,
    devSentences: dev?.length ?? 0,
    devMicroF1: devScore ? Number(prf(devScore.micro).f1.toFixed(4)) : null,
    bits: options.bits,
    window: options.window,
    folds: options.folds,
    // Written only when not 1, so models built before the option existed rebuild byte for byte.
    ...(options.runs !== 1 && { runs: options.runs }),
    ...(net && {
      net: {
        dim: net.dim,
        hidden: net.hidden,
        epochs: net.epochs,
        dropout: net.dropout,
        rate: net.rate,
        weight: net.weight,
        gate: net.gate,
      },
    }),
  };
  const bytes = saveModels(flags.out, models, info, trainedNet ?? undefined);
  console.log(`wrote ${flags.out} (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
