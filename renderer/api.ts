/**
 * The renderer's only door to the rest of the app: a typed client over `window.commonplace`,
 * which the Electron preload or the browser host's shim defines. Both speak the same contract,
 * so nothing here knows (or needs to know) which host is serving the page.
 */
import type { Bridge, EventName, EventPayload, Input, Method, Output, Reply } from '../main/contract';

declare global {
  interface Window {
    commonplace?: Bridge;
  }
}

/** A failed call, with the host's machine-readable code and its message written for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function hasBridge(): boolean {
  return window.commonplace !== undefined;
}

function bridge(): Bridge {
  const found = window.commonplace;
  if (!found) {
    throw new ApiError('no_bridge', 'Commonplace could not reach its library. Restart the app; if you opened this page yourself, use the address the preview printed.');
  }
  return found;
}

/** Turns anything thrown at a call site into an ApiError, so views only handle one shape. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', `Something unexpected went wrong: ${message}`);
}

export const api = {
  async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    let reply: Reply<unknown>;
    try {
      reply = await bridge().invoke(method, input);
    } catch (error) {
      throw toApiError(error);
    }
    if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
    // The Node side produced this value from the handler typed against the same contract; the
    // bridge only erases the type in transit, so re-validating it here would be pure cost.
    return reply.value as Output<M>;
  },

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    // Same reasoning as `call`: payloads are emitted by typed code on the other side.
    return bridge().on(event, (payload) => listener(payload as EventPayload<E>));
  },

  /** Electron only: where a dropped file lives on disk, so the Node side can read it in place. */
  pathForFile(file: File): string | null {
    const host = window.commonplace;
    if (!host?.pathForFile) return null;
    try {
      return host.pathForFile(file) || null;
    } catch {
      return null;
    }
  },
};
