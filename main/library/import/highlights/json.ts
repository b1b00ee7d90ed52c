/**
 * Reading a JSON export (Hypothesis, Zotero, Omnivore's metadata) and checking its shape with zod,
 * so a malformed file is refused with a message naming the field that is wrong
 * ("rows[2].target[0].selector[1].exact: expected text, found a number"), never half-read.
 * zod/mini, not zod's full API: these parsers load in every parse worker, and the full API was a
 * quarter of the worker's bundle (734 of 2,900 KB), read and run at each worker's start.
 */
import type * as z from 'zod/mini';
import { ImportRefusal } from '../../errors';

/** Deeper than any of these exports nests (Hypothesis's selectors sit 5 levels down); the recursion of checking and re-writing a file stays bounded. */
export const MAX_JSON_DEPTH = 64;

/** Whether the value nests deeper than `limit`, walked without recursion. */
function nestsDeeper(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The parsed JSON, or a refusal saying where the syntax broke or that it nests too deep. */
export function readJson(text: string, what: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportRefusal(`This ${what} is not valid JSON (${(error as Error).message}), so nothing was imported. Export it again.`);
  }
  if (nestsDeeper(json, MAX_JSON_DEPTH)) {
    throw new ImportRefusal(`This ${what} nests more than ${MAX_JSON_DEPTH} levels deep, which no export Commonplace reads does, so nothing was imported.`);
  }
  return json;
}

/** "rows[2].target[0].exact" from zod's path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || 'the top level';
}

function found(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED: Readonly<Record<string, string>> = { string: 'text', number: 'a number', array: 'a list', object: 'an object', boolean: 'true or false' };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** The value checked against `schema`, or a refusal naming the first bad field in words. */
export function checked<T>(schema: z.ZodMiniType<T>, value: unknown, what: string, at: readonly PropertyKey[] = []): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = [...at, ...issue.path];
  const here = valueAt(value, issue.path);
  let problem: string;
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    problem = here === undefined ? `is missing (it should be ${expected})` : `should be ${expected}, not ${found(here)}`;
  } else if (issue.code === 'invalid_union') problem = 'is not in any form this export uses';
  else problem = issue.message;
  throw new ImportRefusal(`This ${what} is malformed: ${fieldPath(path)} ${problem}. Nothing was imported; export it again.`);
}
