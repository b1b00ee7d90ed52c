/**
 * Learns the text cleaner's models on the extraction corpus: a unit holding one of a page's
 * "with" strings is content, one holding a "without" string is furniture. Run
 * `npx tsx tests/corpus/train-classifier.ts` for the furniture lexicon (furniture-words.ts) and the
 * furniture trees that read it (FURNITURE_TREE_FEATURES → furniture-trees.ts), and with
 * `UNIT_TREES=1` the unit trees too (TREE_FEATURES → unit-trees.ts, what the title's trees read;
 * the cleaner drops a unit by the mean of the two trees' probabilities); `LINEAR=1`
 * prints the units' logistic weights and `TITLE=1` the title's first-pass weights, to paste into
 * weights.ts; `TITLE_TREES=1` fits the title's trees (it writes title-trees.ts). The order
 * matters, as each reads the one before: LINEAR, TITLE, the trees, TITLE_TREES. Sites are split
 * in two halves for honest held-out figures; the models written are then fitted on all pages, or
 * on one half with TRAIN_SITES=even|odd, to measure the whole cleaner on the other.
 *
 * Only general features are learned (lengths, densities, positions, classes, and words found on
 * at least MIN_SITES sites), never a site's strings, so the models carry to sites the corpus does
 * not have; the held-out half shows whether they do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyse } from '../../main/library/import/text/index';
import { UNIT_FEATURES, dot, sigmoid, topicOf, unitVector } from '../../main/library/import/text/unit-vector';
import { sharedFixtures } from '../unit/fixtures';
import { normalise } from './measures';
import { TITLE_FEATURES, titleTreeVectors, titleVectors, titleWindow } from '../../main/library/import/text/title-candidates';
import { titleMatches } from './measures';
import { boost, DEFAULT_BOOST, softmaxPerGroup } from './boost';
import { scoreTrees, type TreeModel } from '../../main/library/import/text/trees';
import { lexiconFeaturesOf, lexiconWords, MIN_SITES } from '../../main/library/import/text/furniture-lexicon';

interface Expectation {
  url?: string;
  with: string[];
  without: string[];
}

const root = path.join(sharedFixtures, 'extraction');
const expectations = JSON.parse(readFileSync(path.join(root, 'expectations.json'), 'utf8')) as Record<string, Expectation>;

interface Labelled {
  x: number[];
  y: number;
  page: number;
}

interface Sample extends Labelled {
  /** The page's site, so that held-out figures never test on a site the model was trained on. */
  site: number;
  /** The words of every unit of its page, as the furniture lexicon reads them (shared by the page's samples)… */
  pageWords: string[][];
  /** …and which unit it is. */
  index: number;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  Object.entries(expectations).forEach(([name, e], page) => {
    // Numbered in page order whether or not the page has labelled units, as the held-out measures number them.
    const site = siteOf(e, name);
    const a = analyse(readFileSync(path.join(root, 'txt', `${name}.txt`), 'utf8'), `${name}.txt`);
    const pageWords = a.units.map(lexiconWords);
    const topic = topicOf(a.units, a.c, a.language);
    const texts = a.units.map((u) => normalise(u.text));
    const label = new Map<number, number>();
    for (const [strings, y] of [[e.with, 1], [e.without, 0]] as const) {
      for (const s of strings) {
        const i = texts.findIndex((t) => t.includes(normalise(s)));
        if (i < 0 || a.rules[i]) continue;
        label.set(i, label.has(i) && label.get(i) !== y ? -1 : y);
      }
    }
    for (const [i, y] of label) if (y >= 0) out.push({ x: process.env.LINEAR ? unitVector(i, a.units, a.rules, a.c, a.language, topic) : a.vectors[i]!, y, page, site, pageWords, index: i });
  });
  return out;
}

/**
 * TRAIN_SITES=even (or odd): the models written are trained on those sites' pages alone, so the
 * whole cleaner can be measured on the other sites' pages, none of which it learned from.
 */
const TRAIN_SITES = process.env.TRAIN_SITES;
const onTrainSites = (site: number) => TRAIN_SITES === undefined || site % 2 === (TRAIN_SITES === 'odd' ? 1 : 0);

const sites = new Map<string, number>();

/** A number per site (host name), in order of first appearance. */
function siteOf(e: { url?: string }, name: string): number {
  let host = name;
  try {
    host = new URL(e.url ?? '').hostname.replace(/^www\./, '');
  } catch {
    // No usable address: the page is its own site.
  }
  if (!sites.has(host)) sites.set(host, sites.size);
  return sites.get(host)!;
}

interface Expected extends Expectation {
  title: string;
  title_candidates?: string[];
}

interface Candidate {
  i: number;
  x: number[];
  /** The same candidate as the title's trees see it (TITLE_TREE_FEATURES). */
  tree: number[];
  y: number;
}

/** Title candidates of every page: positives are those `titleMatches` accepts. */
function titleSamples(withFileNames = true): { pages: Map<number, Candidate[]>; sitesOf: Map<number, number>; covered: number } {
  const pages = new Map<number, Candidate[]>();
  const sitesOf = new Map<number, number>();
  let covered = 0;
  Object.entries(expectations as Record<string, Expected>).forEach(([name, e], page) => {
    const a = analyse(readFileSync(path.join(root, 'txt', `${name}.txt`), 'utf8'), withFileNames ? `${name}.txt` : '');
    const window = titleWindow(a, 0, a.units.length);
    const vectors = titleVectors(a, window, a.units.length);
    const trees = titleTreeVectors(a.keep, window, vectors);
    const wanted = e.title_candidates?.length ? e.title_candidates : [e.title];
    const rows = window.map((i, k) => ({ i, x: vectors[k]!, tree: trees[k]!, y: titleMatches(a.units[i]!.text, wanted) ? 1 : 0 }));
    if (rows.some((r) => r.y === 1)) covered++;
    pages.set(page, rows);
    sitesOf.set(page, siteOf(e, name));
  });
  return { pages, sitesOf, covered };
}

/**
 * A softmax over each page's candidates (a listwise ranking loss): the weights are pushed to
 * put the page's true title first, which is all the import asks of them.
 */
function fitTitle(pages: readonly { x: number[]; y: number }[][], iterations = 1500, rate = 0.5, l2 = 1e-3): number[] {
  const n = TITLE_FEATURES.length;
  const w = new Array<number>(n).fill(0);
  const useful = pages.filter((rows) => rows.some((r) => r.y === 1));
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(n).fill(0);
    for (const rows of useful) {
      const scores = rows.map((r) => dot(w, r.x));
      const top = Math.max(...scores);
      const exps = scores.map((z) => Math.exp(z - top));
      const sum = exps.reduce((a, b) => a + b, 0);
      const positives = rows.filter((r) => r.y === 1).length;
      rows.forEach((r, j) => {
        const diff = exps[j]! / sum - (r.y === 1 ? 1 / positives : 0);
        for (let k = 0; k < n; k++) grad[k]! += diff * r.x[k]!;
      });
    }
    for (let k = 0; k < n; k++) w[k]! -= rate * (grad[k]! / useful.length + l2 * w[k]!);
  }
  return w;
}

function titleAccuracy(score: (row: Candidate) => number, pages: Map<number, Candidate[]>, keep: (page: number) => boolean): number {
  let right = 0;
  let total = 0;
  for (const [page, rows] of pages) {
    if (!keep(page)) continue;
    total++;
    let best: { y: number; score: number } | null = null;
    for (const r of rows) {
      const s = score(r);
      if (!best || s > best.score) best = { y: r.y, score: s };
    }
    if (best?.y === 1) right++;
  }
  return right / total;
}

/** The title's trees: the same boosting, with a softmax over each page's candidates as the loss. */
const TITLE_BOOST = { ...DEFAULT_BOOST, trees: 400, rate: 0.03, minLeaf: 30 };

function trainTitleTrees(groups: readonly Candidate[][]): TreeModel {
  const rows = groups.flatMap((g, n) => g.map((r) => ({ ...r, group: n })));
  return boost(rows.map((r) => r.tree), rows.map((r) => r.y), rows.map(() => 1), TITLE_BOOST, softmaxPerGroup(rows.map((r) => r.y), rows.map((r) => r.group)));
}

if (process.env.TITLE || process.env.TITLE_TREES) {
  const { pages, sitesOf, covered } = titleSamples();
  // Files named by a machine (a hash) say nothing: the ranking must hold up without the name, so
  // it learns from every page twice, once under its name and once unnamed.
  const unnamed = titleSamples(false).pages;
  console.log(`${[...pages.values()].flat().length} title candidates on ${pages.size} pages; the title is among them on ${covered}`);
  const both = (keep: (page: number) => boolean) => [...pages, ...unnamed].filter(([p]) => keep(p)).map(([, rows]) => rows);
  // Held out by site, as the keep-or-drop trees are: a site prints its headlines the same way on every page.
  const fold = (parity: number) => (p: number) => (sitesOf.get(p) ?? p) % 2 === parity;
  const fit = process.env.TITLE_TREES
    ? (groups: Candidate[][]) => { const model = trainTitleTrees(groups); return (r: Candidate) => scoreTrees(model, r.tree); }
    : (groups: Candidate[][]) => { const w = fitTitle(groups); return (r: Candidate) => dot(w, r.x); };
  for (const parity of [0, 1]) {
    const score = fit(both(fold(parity)));
    const test = fold(1 - parity);
    console.log(`title held out (trained on sites ${parity ? 'odd' : 'even'}, tested on the others): named ${titleAccuracy(score, pages, test).toFixed(3)}, unnamed ${titleAccuracy(score, unnamed, test).toFixed(3)}`);
  }
  if (process.env.TITLE_TREES) {
    const final = trainTitleTrees(both((p) => onTrainSites(sitesOf.get(p) ?? p)));
    const score = (r: Candidate) => scoreTrees(final, r.tree);
    console.log(`title accuracy on all pages: ${titleAccuracy(score, pages, () => true).toFixed(3)}, unnamed ${titleAccuracy(score, unnamed, () => true).toFixed(3)}`);
    if (!process.env.NO_WRITE) writeModel('title-trees.ts', 'TITLE_TREES', 'the title\'s trees, TITLE_TREE_FEATURES', final);
  } else {
    const all = fitTitle(both(() => true));
    console.log(`title accuracy on all pages: ${titleAccuracy((r) => dot(all, r.x), pages, () => true).toFixed(3)}, unnamed ${titleAccuracy((r) => dot(all, r.x), unnamed, () => true).toFixed(3)}`);
    console.log(`export const TITLE_WEIGHTS: readonly number[] = [${all.map((v) => v.toFixed(4)).join(', ')}];`);
  }
  process.exit(0);
}

/** Writes the furniture lexicon beside the cleaner, words sorted, weights to two decimals. */
function writeLexicon(lexicon: ReadonlyMap<string, number>): void {
  const here = path.join(import.meta.dirname, '../../main/library/import/text');
  const entries = [...lexicon].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, v]) => `${JSON.stringify(w)}: ${Number(v.toFixed(2))}`);
  const header = '// Generated by tests/corpus/train-classifier.ts (the furniture lexicon, furniture-lexicon.ts); never edit by hand: rerun it.\n';
  writeFileSync(path.join(here, 'furniture-words.ts'), `${header}export const FURNITURE_WORDS: Readonly<Record<string, number>> = {\n${entries.map((e) => `  ${e},`).join('\n')}\n};\n`);
  console.log(`wrote ${lexicon.size} words to furniture-words.ts`);
}

/** Writes a generated model file beside the cleaner. */
function writeModel(file: string, name: string, what: string, model: TreeModel): void {
  const here = path.join(import.meta.dirname, '../../main/library/import/text');
  const round = (v: number) => Number(v.toFixed(4));
  const trees = model.trees.map((t) => t.map((n) => n.map(round)));
  const header = `// Generated by tests/corpus/train-classifier.ts (${what}); never edit by hand: change a feature, rerun it.\n`;
  writeFileSync(path.join(here, file), `${header}import type { TreeModel } from './trees';\n\nexport const ${name}: TreeModel = { base: ${round(model.base)}, trees: ${JSON.stringify(trees)} as TreeModel['trees'] };\n`);
  console.log(`wrote ${trees.length} trees to ${file}`);
}

const data = samples();
console.log(`${data.length} labelled units (${data.filter((s) => s.y === 1).length} content)`);

/** Balanced: each class weighs as much as the other. */
function balance(set: readonly Sample[]): number[] {
  const positives = set.filter((s) => s.y === 1).length;
  return set.map((s) => (s.y === 1 ? set.length / (2 * positives) : set.length / (2 * (set.length - positives))));
}

/** Logistic regression over the same features: the smooth probability the title's ranking reads. */
function fitLinear(set: readonly Sample[], iterations = 4000, rate = 0.5, l2 = 1e-3): number[] {
  const n = UNIT_FEATURES.length;
  const w = new Array<number>(n).fill(0);
  const weights = balance(set);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(n).fill(0);
    set.forEach((s, j) => {
      const err = (sigmoid(dot(w, s.x)) - s.y) * weights[j]!;
      for (let k = 0; k < n; k++) grad[k]! += err * s.x[k]!;
    });
    for (let k = 0; k < n; k++) w[k]! -= rate * (grad[k]! / set.length + (k === 0 ? 0 : l2 * w[k]!));
  }
  return w;
}

if (process.env.LINEAR) {
  console.log(`export const UNIT_WEIGHTS: readonly number[] = [${fitLinear(data).map((v) => v.toFixed(4)).join(', ')}];`);
  process.exit(0);
}

/** TREES and DEPTH override the boosting's defaults, to compare model sizes by their held-out figures. */
const boostOptions = { ...DEFAULT_BOOST, trees: Number(process.env.TREES ?? DEFAULT_BOOST.trees), depth: Number(process.env.DEPTH ?? DEFAULT_BOOST.depth) };

function train(set: readonly Sample[]): TreeModel {
  return boost(set.map((s) => s.x), set.map((s) => s.y), balance(set), boostOptions);
}

function reportTrees(label: string, model: TreeModel, set: readonly Sample[]): void {
  const p = set.map((s) => sigmoid(scoreTrees(model, s.x)));
  const content = set.filter((s) => s.y === 1).length;
  for (const threshold of [0.1, 0.13, 0.15, 0.2, 0.3, 0.5]) {
    const kept = set.filter((s, i) => s.y === 1 && p[i]! >= threshold).length / content;
    const removed = set.filter((s, i) => s.y === 0 && p[i]! < threshold).length / (set.length - content);
    console.log(`${label} threshold ${threshold}: content kept ${kept.toFixed(3)}, furniture removed ${removed.toFixed(3)}`);
  }
}

/**
 * The furniture lexicon (furniture-lexicon.ts) of a set of labelled units: each word's log-odds
 * of standing in furniture rather than content, for words on units of at least MIN_SITES sites.
 */
function learnLexicon(set: readonly Sample[]): Map<string, number> {
  const stats = new Map<string, { content: number; furniture: number; sites: Set<number> }>();
  let content = 0;
  let furniture = 0;
  for (const s of set) {
    if (s.y === 1) content++;
    else furniture++;
    for (const w of s.pageWords[s.index]!) {
      let stat = stats.get(w);
      if (!stat) stats.set(w, (stat = { content: 0, furniture: 0, sites: new Set() }));
      if (s.y === 1) stat.content++;
      else stat.furniture++;
      stat.sites.add(s.site);
    }
  }
  const lexicon = new Map<string, number>();
  for (const [w, stat] of stats) {
    if (stat.sites.size >= MIN_SITES) lexicon.set(w, Math.log((stat.furniture + 1) / (furniture + 2)) - Math.log((stat.content + 1) / (content + 2)));
  }
  return lexicon;
}

/** Each page's lexicon features under one lexicon, worked out once per page. */
const lexiconFeatureCache = new Map<ReadonlyMap<string, number>, WeakMap<string[][], number[][]>>();

/** The sample as the furniture trees see it with this lexicon (FURNITURE_TREE_FEATURES). */
function withLexicon(s: Sample, lexicon: ReadonlyMap<string, number>): Sample {
  let byPage = lexiconFeatureCache.get(lexicon);
  if (!byPage) lexiconFeatureCache.set(lexicon, (byPage = new WeakMap()));
  let features = byPage.get(s.pageWords);
  if (!features) byPage.set(s.pageWords, (features = lexiconFeaturesOf(s.pageWords, lexicon)));
  return { ...s, x: [...s.x, ...features[s.index]!] };
}

/**
 * Each sample with lexicon features from a lexicon learned without its own site's group (five
 * groups of sites): a lexicon learned on a unit's own label would tell the trees that label, and
 * they would trust the lexicon far more than it deserves on a page it never saw.
 */
function crossFitted(set: readonly Sample[], groups = 5): Sample[] {
  const group = (s: Sample) => s.site % groups;
  const lexicons = Array.from({ length: groups }, (_, g) => learnLexicon(set.filter((s) => group(s) !== g)));
  return set.map((s) => withLexicon(s, lexicons[group(s)]!));
}

// Held out by site: a site's pages share their furniture, so testing on a site seen in training
// would flatter the model. The lexicon too is learned on the training half alone.
for (const [trained, tested, parity] of [['even', 'odd', 0], ['odd', 'even', 1]] as const) {
  const trainSet = data.filter((s) => s.site % 2 === parity);
  const testSet = data.filter((s) => s.site % 2 !== parity);
  reportTrees(`unit trees held out (trained on ${trained} sites, tested on ${tested})`, train(trainSet), testSet);
  const lexicon = learnLexicon(trainSet);
  reportTrees(`furniture trees, held out (trained on ${trained} sites, tested on ${tested})`, train(crossFitted(trainSet)), testSet.map((s) => withLexicon(s, lexicon)));
}
if (process.env.NO_WRITE) process.exit(0);
const trainOn = data.filter((s) => onTrainSites(s.site));
// The unit trees are refitted only when asked: the title's trees read them, so refitting them means refitting those too.
if (process.env.UNIT_TREES) writeModel('unit-trees.ts', 'UNIT_TREES', 'the unit trees, TREE_FEATURES', train(trainOn));
writeLexicon(learnLexicon(trainOn));
writeModel('furniture-trees.ts', 'FURNITURE_TREES', 'the furniture trees, FURNITURE_TREE_FEATURES', train(crossFitted(trainOn)));
