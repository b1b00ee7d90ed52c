/**
 * `commonplace review [--due] [--json] [--time-zone ZONE]`: today's round as text or JSON.
 * `commonplace review export --anki <file>`: the highlights still in review as a file Anki imports.
 * `commonplace review recompute [--dry-run]`: every schedule rebuilt from the review log.
 * The first two only read the library (answering is the app's: the Review view).
 */
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/open';
import { promptsForReviewExport } from '../../db/repos/recall';
import { highlightsForReviewExport } from '../../db/repos/review';
import type { ReviewItem, ReviewSettings } from '../contract/review';
import { ankiFile } from '../library/review/anki';
import { isTimeZone } from '../library/review/day';
import { buildRound, type Round } from '../library/review/round';
import { recomputeSchedules } from '../library/review/recompute';
import { readReviewSettings } from '../library/review/settings';
import type { REVIEW_OPTIONS } from './commands';
import type { Invocation } from './options';
import { UsageError } from './usage-error';
import { oneLine, out, outJson } from './output';

export function runReviewCommand(db: Db, inv: Invocation<typeof REVIEW_OPTIONS>): number {
  const [sub, ...rest] = inv.positionals;
  if (sub === 'export') return runAnkiExport(db, inv, rest);
  if (sub === 'recompute') return runRecompute(db, inv, rest);
  if (sub !== undefined)
    throw new UsageError(`\`review\` takes no "${sub}": use \`commonplace review --due\`, \`commonplace review export --anki <file>\` or \`commonplace review recompute\`.`);
  if (inv.flag('dry-run')) throw new UsageError('--dry-run goes with `review recompute`: `commonplace review recompute --dry-run`.');
  if (inv.text('anki') !== undefined) throw new UsageError('--anki goes with `review export`: `commonplace review export --anki <file>`.');
  const settings = readReviewSettings(db);
  const round = buildRound(db, { now: new Date(), timeZone: timeZoneOption(inv), settings });
  if (inv.json) outJson(round);
  else out(formatRound(round) + formatWeights(settings));
  return 0;
}

function timeZoneOption(inv: Invocation<typeof REVIEW_OPTIONS>): string {
  const zone = inv.text('time-zone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(zone)) throw new UsageError(`--time-zone: "${zone}" is not a time zone; give an IANA name such as Europe/Berlin or UTC.`);
  return zone;
}

export function formatRound(round: Round): string {
  // Past the size after "More" in the app: the round is that much longer today.
  const more = round.extra > 0 ? `, ${round.extra} more asked for` : '';
  const left = `${round.items.length} of ${round.size + round.extra} left${round.done > 0 || more ? ` (${round.done} done${more})` : ''}`;
  if (round.items.length === 0) {
    return round.done > 0 ? `Today’s review (${round.day}) is done: ${round.done} answered.` : `Nothing to review on ${round.day}: the library has no highlights to review.`;
  }
  const lines = [`Today’s review, ${round.day}: ${left}.`];
  for (const item of round.items) lines.push('', ...formatItem(item));
  return lines.join('\n');
}

/** The weights that differ from the defaults, so what drew the round can be seen: `` when none do. */
export function formatWeights(settings: ReviewSettings): string {
  const parts: string[] = [];
  const colors = Object.entries(settings.colorWeights).filter(([, w]) => w !== 1);
  if (colors.length > 0) parts.push(`colours ${colors.map(([c, w]) => `${c} ×${w}`).join(', ')}`);
  const tags = Object.entries(settings.tagWeights);
  if (tags.length > 0) parts.push(`tags ${tags.map(([t, w]) => `${oneLine(t)} ×${w}`).join(', ')}`);
  if (settings.recency > 0) parts.push(`recency ${settings.recency}`);
  return parts.length === 0 ? '' : `\n\nDrawn with the weights: ${parts.join('; ')}.`;
}

function formatItem(item: ReviewItem): string[] {
  const when = item.kind === 'new' ? 'new' : `due ${item.due?.slice(0, 10) ?? ''}, seen ${item.reps}×`;
  if (item.prompt) {
    const lines = [`#${item.highlightId} card ${item.prompt.id} (${item.prompt.kind})  ${when}  “${oneLine(item.documentTitle)}”`];
    lines.push(...item.prompt.front.split('\n').filter((l) => l.trim() !== '').map((l) => `  ? ${l}`));
    return lines;
  }
  const lines = [`#${item.highlightId}  ${when}  ${item.color} (${oneLine(item.colorMeaning)})  “${oneLine(item.documentTitle)}”`];
  lines.push(...item.exact.split('\n').filter((l) => l.trim() !== '').map((l) => `  > ${l}`));
  if (item.comment) lines.push(`  Comment: ${oneLine(item.comment)}`);
  if (item.tags.length > 0) lines.push(`  Tags: ${item.tags.map((t) => `#${oneLine(t)}`).join(' ')}`);
  return lines;
}

function runAnkiExport(db: Db, inv: Invocation<typeof REVIEW_OPTIONS>, rest: readonly string[]): number {
  const file = inv.text('anki');
  if (file === undefined || file === '') throw new UsageError('Name the file to write: `commonplace review export --anki highlights.txt`.');
  if (rest.length > 0) throw new UsageError(`\`review export\` takes only --anki <file>; got "${rest.join(' ')}".`);
  const target = path.resolve(file);
  const rows = highlightsForReviewExport(db);
  const prompts = promptsForReviewExport(db);
  // Written beside the target, then renamed over it: a reader never sees half a file.
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, ankiFile(rows, prompts), 'utf8');
  renameSync(temp, target);
  if (inv.json) outJson({ file: target, written: rows.length, cards: prompts.length });
  else {
    const cards = prompts.length > 0 ? ` and ${prompts.length} recall card${prompts.length === 1 ? '' : 's'}` : '';
    out(`Wrote ${rows.length} highlight${rows.length === 1 ? '' : 's'}${cards} to ${oneLine(target)} for Anki (File → Import; tab-separated, HTML, tags in column 3).`);
  }
  return 0;
}

function runRecompute(db: Db, inv: Invocation<typeof REVIEW_OPTIONS>, rest: readonly string[]): number {
  if (rest.length > 0) throw new UsageError(`\`review recompute\` takes only --dry-run; got "${rest.join(' ')}".`);
  if (inv.text('anki') !== undefined) throw new UsageError('--anki goes with `review export`, not `review recompute`.');
  const dryRun = inv.flag('dry-run');
  const report = recomputeSchedules(db, undefined, { dryRun });
  if (inv.json) outJson({ ...report, dryRun });
  else out(formatRecompute(report, dryRun));
  return 0;
}

export function formatRecompute(report: { cards: number; answers: number; changed: readonly number[]; changedPrompts?: readonly number[] }, dryRun: boolean): string {
  const { cards, answers, changed } = report;
  const prompts = report.changedPrompts ?? [];
  const head = `${dryRun ? 'Would rebuild' : 'Rebuilt'} ${cards} ${cards === 1 ? 'schedule' : 'schedules'} from ${answers} ${answers === 1 ? 'answer' : 'answers'} in the review log`;
  if (changed.length === 0 && prompts.length === 0) return `${head}: every one is as stored.`;
  const list = (ids: readonly number[]) => ids.slice(0, 20).map((id) => `#${id}`).join(', ') + (ids.length > 20 ? ` and ${ids.length - 20} more` : '');
  const which = [changed.length > 0 ? `highlights ${list(changed)}` : '', prompts.length > 0 ? `cards ${list(prompts)}` : ''].filter((x) => x !== '').join('; ');
  return `${head}: ${changed.length + prompts.length} ${dryRun ? 'would change' : 'changed'} (${which}).`;
}
