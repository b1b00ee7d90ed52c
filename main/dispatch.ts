/**
 * The one path every call takes, whichever host received it: look the method up, parse the
 * input with its schema, run the handler, and turn any failure into an error reply the UI can
 * show. Internal errors are logged here and reach the user as a plain message, not a stack.
 */
import { z } from 'zod';
import { contract, type Method, type Reply } from './contract';
import type { HandlerContext, Handlers } from './handlers/types';
import { AppError } from './library/errors';
import { LibraryTooNewError, storeFaultMessage } from '../db/errors';

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

export async function dispatch(handlers: Handlers, method: string, rawInput: unknown, ctx: HandlerContext): Promise<Reply<unknown>> {
  if (!isMethod(method)) return fail('invalid_input', `Unknown call "${method}".`);
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('invalid_input', `Invalid input for ${method}: ${z.prettifyError(parsed.error)}`);
  try {
    // The map is keyed by the same method, so this call is well-typed per method; TypeScript
    // cannot correlate the union of handler and input types, hence the widening.
    const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    if (error instanceof LibraryTooNewError) return fail('library_too_new', error.message);
    const fault = storeFaultMessage(error);
    if (fault !== null) return fail('refused', fault);
    console.error(`[commonplace] ${method} failed:`, error);
    return fail('internal', `Something went wrong in Commonplace (${method}). Your library was not changed. Details are in the log.`);
  }
}

function fail(code: string, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}
