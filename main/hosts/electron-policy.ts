/**
 * Every security decision of the Electron host, as pure functions of plain inputs (URL strings,
 * frame facts, paths), so each can be unit-tested without Electron
 * (tests/unit/electron-policy.test.ts). `electron.ts` only wires them to Electron's hooks.
 * No Electron import here: lint keeps it so.
 */
import nodePath from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'commonplace';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The one permission the app uses: writing to the clipboard ("Copy as quote"). */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is one of the app's own pages or files. Chromium hands us canonical URLs
 * (lowercase host, no credentials, no port), so anything else is refused rather than guessed at.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** What the main process knows about the frame an IPC call came from. */
export interface IpcSender {
  /** The call came from our window's webContents (not another window or a webview). */
  fromMainWindow: boolean;
  /** It came from that window's main frame, not an iframe. */
  isMainFrame: boolean;
  /** The frame's URL; null when the frame is gone (navigated or destroyed) by the time we look. */
  frameUrl: string | null;
}

export type IpcDecision = { accept: true; method: string } | { accept: false; reply: { ok: false; error: { code: string; message: string } } };

/** An IPC call runs only from our window's main frame at our origin, and only with a method name. */
export function decideIpcCall(sender: IpcSender, method: unknown): IpcDecision {
  if (!sender.fromMainWindow || !sender.isMainFrame || sender.frameUrl === null || !isAppUrl(sender.frameUrl)) {
    return { accept: false, reply: { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the Commonplace window.' } } };
  }
  if (typeof method !== 'string') return { accept: false, reply: { ok: false, error: { code: 'invalid_input', message: 'A call needs a method name.' } } };
  return { accept: true, method };
}

/**
 * The file an `app://` request may read, or null (answered 404). Each path segment is decoded on
 * its own and refused if it could mean anything but a plain name: `.`/`..` (the URL parser has
 * already folded literal and `%2e` dot segments), encoded `/` or `\` (a separator on Windows),
 * NUL, or a malformed escape. The resolved file must then still lie inside `rendererDir`.
 * `path` is a parameter so the Windows rules can be tested on any machine.
 */
export function resolveAppFile(requestUrl: string, rendererDir: string, path: nodePath.PlatformPath = nodePath): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const segments: string[] = [];
  for (const raw of new URL(requestUrl).pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const relative = segments.join('/') || 'index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}

/** The headers an `app://` response carries: the upstream ones plus the CSP and no sniffing. */
export function appResponseHeaders(upstream: Headers): Headers {
  const headers = new Headers(upstream);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
  return headers;
}

/**
 * The app never touches the network: a request may load only the app's own files, devtools,
 * and inline data the page made itself (`data:`, `blob:`).
 */
export function allowsRequest(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:');
}

export function allowsPermission(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

/**
 * The window never navigates, is never redirected and never attaches a webview: the app is one
 * page, and a link in an article opens (after the user agrees) through `externalUrlToOpen`.
 * The URL is taken so the decision reads like the hook it answers, and so a future exception
 * has one place to go.
 */
export function allowsNavigation(_url: string): boolean {
  return false;
}

export function allowsRedirect(_url: string): boolean {
  return false;
}

export function allowsWebview(_src: string): boolean {
  return false;
}

/** `window.open` and target=_blank never make a window. */
export function windowOpenDecision(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * The URL `host.openExternal` may hand to the system, or null. Only web links leave the app
 * (file:, javascript:, data:, custom schemes never do), and not ones with credentials, which
 * can pass off one site as another (`https://bank.example@evil.example/`).
 */
export function externalUrlToOpen(url: string): string | null {
  const parsed = parse(url);
  if (!parsed) return null;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.toString();
}

/** Media types "Open original" hands to the system's viewer, with the extension the file gets. */
const OPENABLE_ORIGINALS: Readonly<Record<string, string>> = { 'application/pdf': '.pdf' };

/**
 * Whether "Open original" may write these bytes to a temporary file and open it with the
 * system's default program, and under which file name. Opening runs whatever program the
 * extension names, so the page (which sends the bytes) never chooses it: only a kept PDF is
 * opened, its bytes must be a PDF's, and the name is the imported name's stem, stripped to
 * letters, digits, spaces, dots, dashes and underscores, with `.pdf` put on by us.
 */
export function originalFileToOpen(file: { name: string; mediaType: string; bytes: Uint8Array }): { fileName: string } | null {
  const extension = OPENABLE_ORIGINALS[file.mediaType];
  if (!extension) return null;
  const head = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, Math.min(file.bytes.byteLength, 5)).toString('latin1');
  if (head !== '%PDF-') return null;
  const base = file.name.slice(Math.max(file.name.lastIndexOf('/'), file.name.lastIndexOf('\\')) + 1);
  const stem = base.replace(/\.[^.]*$/, '').normalize('NFC').replace(/[^\p{L}\p{N} ._-]+/gu, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 100);
  return { fileName: `${stem || 'original'}${extension}` };
}
