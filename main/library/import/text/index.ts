/**
 * Plain text → articles: units (logical lines) → the clutter rules' marks → the classifier
 * (classify.ts) → the article's title by score → head metadata → blocks, with every unit the
 * cleaner took out kept as a removed passage.
 */
import type { Article, RemovalReason, RemovedPassage } from '../../article';
import { unitsToBlocks } from './blocks';
import { classifyUnits, type Classification } from './classify';
import { dot, sigmoid, placeFeatures, surfaceFeatures, topicOf, unitVector } from './unit-vector';
import { KEEP_THRESHOLD, PROSE_KEEP_THRESHOLD, UNIT_WEIGHTS } from './weights';
import { compileTrees } from './trees';
import { UNIT_TREES } from './unit-trees';
import { FURNITURE_TREES } from './furniture-trees';
import { lexiconFeaturesOf, lexiconWords } from './furniture-lexicon';
import { stripTrailingLinkLabel } from './clutter-rules';
import { markClutter } from './clutter';
import { articleStarts } from './articles';
import { detectLanguage, wordsOf } from './language';
import { classifyHeadLine, splitByline, splitHead } from './metadata';
import { chooseTitle, kickerAbove, titleCandidates, type TitleChoice, type TitleContext } from './title-candidates';
import { fileNameStem, foldAccents } from './title';
import { toUnits, type Unit } from './units';

/** The unit trees (what the title's trees read) and the furniture trees, compiled on first use. */
const scoreUnit = compileTrees(UNIT_TREES);
const scoreStay = compileTrees(FURNITURE_TREES);

export interface TextImportOptions {
  /** The file's name: a fallback title when the text states none. */
  fileName?: string;
}

/** Everything the cleaner knows about a file's units once it has looked at them all. */
export interface Analysed extends TitleContext {
  units: Unit[];
  rules: (RemovalReason | null)[];
  /** Each unit's probability of being content by the unit trees (TREE_FEATURES): what the title's trees read. */
  keep: number[];
  /**
   * Each unit's probability of being content as the keep-or-drop decision reads it: the mean of
   * `keep` and the furniture trees' (which read the furniture lexicon too, FURNITURE_TREE_FEATURES).
   * Alone, the furniture trees kept menus and teaser lists on pages unlike the corpus (a Chinese
   * news page, a celebrity site's headlines), and the title's trees reading them lost titles held
   * out; the mean removes more furniture than either model held out and loses nothing on the
   * Readability pages (docs/formats.md).
   */
  stays: number[];
  /** What the trees read for each unit (TREE_FEATURES), null for a unit the rules took. */
  vectors: (number[] | null)[];
  /** The whole file's likeliest title (the first article's, when the file holds several). */
  title: TitleChoice | null;
}

export function analyse(text: string, fileName = ''): Analysed {
  const units = toUnits(text).map((u) => ({ ...u, text: stripTrailingLinkLabel(u.text) }));
  const rules = markClutter(units);
  const language = detectLanguage(units.map((u) => u.text));
  const c = classifyUnits(units, rules, language);
  const topic = topicOf(units, c, language);
  const vectors = units.map((_, i) => (rules[i] ? null : unitVector(i, units, rules, c, language, topic)));
  const content = vectors.map((x) => (x ? sigmoid(dot(UNIT_WEIGHTS, x)) : 0));
  const fileWords = new Set(wordsOf(fileNameStem(fileName)).map(foldAccents));
  // Where the headline most likely is tells the trees where the article starts: most of what
  // sits above it is the page's header.
  const context = { language, units, rules, c, topic, content, fileWords };
  const candidates = titleCandidates(context);
  const firstPass = chooseTitle(context, 0, units.length, candidates);
  const place = placeFeatures(c, firstPass?.index);
  const treeVectors = vectors.map((x, i) => (x ? [...x, ...place[i]!, ...surfaceFeatures((units[i] as Unit).text)] : null));
  const keep = treeVectors.map((x) => (x ? sigmoid(scoreUnit(x)) : 0));
  const lexicon = lexiconFeaturesOf(units.map(lexiconWords));
  const stays = treeVectors.map((x, i) => (x ? (sigmoid(scoreStay([...x, ...(lexicon[i] as number[])])) + (keep[i] as number)) / 2 : 0));
  const title = chooseTitle({ ...context, keep }, 0, units.length, candidates);
  return { ...context, keep, stays, vectors: treeVectors, title };
}

/** How near the title a metadata line must be to count as the article's own. */
const HEAD_REACH = 8;

/** The units of a byline printed one piece per line just below the title ("By" / name / "and" / name): head metadata, read by splitHead. */
function splitBylineUnits(units: readonly Unit[], titleAt: number | undefined): Set<number> {
  const pieces = new Set<number>();
  if (titleAt === undefined) return pieces;
  for (let k = titleAt + 1; k < Math.min(units.length, titleAt + HEAD_REACH); k++) {
    const run = splitByline(units, k);
    if (!run) continue;
    for (let j = k; j < run.end; j++) pieces.add(j);
    break;
  }
  return pieces;
}

/** Why a unit goes, or null when it stays. */
function verdict(a: Analysed, i: number, titleAt: number | undefined, rulesOnly: boolean, byline: ReadonlySet<number>): RemovalReason | null {
  // The chosen title stays even when a rule marked its line: the ranking weighed the rules' marks
  // among its features and chose it anyway (a headline printed first in a trail, or marked a
  // teaser because teaser-shaped), and dropping it would leave a worse title or the file's name.
  if (i === titleAt) return null;
  const rule = a.rules[i] ?? null;
  if (rule) return rule;
  if (rulesOnly || byline.has(i)) return null;
  // Bylines, dates and the site's name around the title become the article's fields (metadata.ts).
  if (titleAt !== undefined && i > titleAt - HEAD_REACH && i < titleAt + HEAD_REACH && classifyHeadLine((a.units[i] as Unit).text, i > titleAt)) return null;
  const { span } = a.c;
  // No prose anywhere (a list, a table, a recipe's ingredients): the rules alone decide. So
  // too when only sentence shape found the prose: the trees lean on stopwords that did not fit
  // this text, so their verdicts are no surer than the rules.
  if (span.end === span.start || a.c.byShape) return null;
  // Prose in the main span stays unless the trees are nearly sure: when unsure, keep. A short
  // clean article's last paragraph shares few words with the rest and sits where footers sit,
  // which the trees learned to distrust.
  if (i >= span.start && i < span.end && a.c.classes[i] === 'good' && a.c.initial[i] === 'good' && a.c.features[i]!.sentence && (a.stays[i] as number) >= PROSE_KEEP_THRESHOLD) return null;
  return (a.stays[i] as number) < KEEP_THRESHOLD ? 'boilerplate' : null;
}

function buildArticle(a: Analysed, from: number, to: number, options: TextImportOptions, known?: TitleChoice | null, rulesOnly = false): Article {
  const choice = known !== undefined ? known : chooseTitle(a, from, to);
  const titleAt = choice?.index;
  const kicker = titleAt === undefined ? null : kickerAbove(a.units, titleAt);
  const kept: Unit[] = [];
  const dropped: { unit: Unit; why: RemovalReason }[] = [];
  const byline = splitBylineUnits(a.units, titleAt);
  for (let i = from; i < to; i++) {
    const unit = a.units[i] as Unit;
    if (i === kicker) continue;
    const why = verdict(a, i, titleAt, rulesOnly, byline);
    if (why) dropped.push({ unit, why });
    else kept.push(unit);
  }
  const keptTitleAt = titleAt === undefined ? undefined : kept.indexOf(a.units[titleAt] as Unit);
  const { meta, titleFromText, body } = splitHead(kept, options.fileName ?? '', keptTitleAt === -1 ? undefined : keptTitleAt);
  const { blocks, removed } = assemble(a.units.slice(from, to), body, dropped, titleFromText ? meta.title : null);
  // The classifier took everything: when unsure, keep the lines (only the rules' labels go).
  if (!rulesOnly && !blocks.some((b) => b.text.trim() !== '')) return buildArticle(a, from, to, options, choice, true);
  const title = kicker !== null && titleFromText && kicker >= from ? `${(a.units[kicker] as Unit).text} ${meta.title}` : meta.title;
  const article: Article = { title, blocks };
  if (removed.length) article.removed = removed;
  if (meta.summary) article.summary = meta.summary;
  if (meta.byline) article.byline = meta.byline;
  if (meta.site) article.site = meta.site;
  if (meta.url) article.url = meta.url;
  if (meta.publishedAt) article.publishedAt = meta.publishedAt;
  return article;
}

/**
 * Blocks from the body units, and each dropped unit as a removed passage placed before the
 * block that followed it in the file. Units the head took (title, dek, metadata) are neither.
 */
function assemble(all: readonly Unit[], body: readonly Unit[], dropped: readonly { unit: Unit; why: RemovalReason }[], title: string | null): { blocks: Article['blocks']; removed: RemovedPassage[] } {
  const inBody = new Set(body);
  const why = new Map(dropped.map((d) => [d.unit, d.why]));
  const blockCounts = new Map<Unit, number>();
  const blocks = unitsToBlocks(body, title, (unit, count) => blockCounts.set(unit, count));
  const removed: RemovedPassage[] = [];
  let before = 0;
  for (const unit of all) {
    if (inBody.has(unit)) before += blockCounts.get(unit) ?? 0;
    const reason = why.get(unit);
    if (reason) removed.push({ before, text: unit.text, why: reason });
  }
  return { blocks, removed };
}

/**
 * A file → its articles, in file order. A file holding several scraped articles gives each
 * as its own (each with `original` set to its part of the file).
 */
export function parseTextArticles(text: string, options: TextImportOptions = {}): Article[] {
  const a = analyse(text, options.fileName);
  const first = a.title;
  const starts = first ? articleStarts(a.units, a.rules, a.c, a.language, first.index) : [];
  if (starts.length === 0) return [buildArticle(a, 0, a.units.length, options, first)];
  const bounds = [0, ...starts, a.units.length];
  // Each article's original is its lines of the file exactly as they were (the first from the
  // file's start, the last to its end), so the parts together are the whole file.
  const lines = text.split('\n');
  const lineOf = (unit: number) => (unit === 0 ? 0 : unit >= a.units.length ? lines.length : (a.units[unit]?.line ?? 0));
  const articles: Article[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] as number;
    const to = bounds[k + 1] as number;
    // Each article gets its own span and title; the file name says nothing about the later ones.
    const part = { ...a, c: { ...a.c, span: spanWithin(a.c, from, to) } };
    const article = buildArticle(part, from, to, k === 0 ? options : {});
    article.original = lines.slice(lineOf(from), lineOf(to)).join('\n');
    articles.push(article);
  }
  return articles;
}

/** The part of the main span inside [from, to), or the whole part when they don't meet. */
function spanWithin(c: Classification, from: number, to: number): { start: number; end: number } {
  if (from !== 0) return { start: from + 1, end: to };
  const start = Math.max(from, c.span.start);
  const end = Math.min(to, c.span.end);
  return end > start ? { start, end } : { start: from, end: to };
}

export function parseTextArticle(text: string, options: TextImportOptions = {}): Article {
  const a = analyse(text, options.fileName);
  return buildArticle(a, 0, a.units.length, options, a.title);
}
