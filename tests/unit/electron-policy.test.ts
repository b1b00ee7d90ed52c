/** The Electron host's security decisions, on plain inputs and hostile ones (main/hosts/electron-policy.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/hosts/csp';
import {
  allowsNavigation,
  allowsPermission,
  allowsRedirect,
  allowsRequest,
  allowsWebview,
  APP_ENTRY_URL,
  appResponseHeaders,
  decideIpcCall,
  externalUrlToOpen,
  isAppUrl,
  resolveAppFile,
  windowOpenDecision,
  type IpcSender,
} from '../../main/hosts/electron-policy';

describe('isAppUrl', () => {
  it('accepts the app’s own pages', () => {
    expect(isAppUrl('app://commonplace/index.html')).toBe(true);
    expect(isAppUrl('app://commonplace/')).toBe(true);
    expect(isAppUrl('app://commonplace/index.html#/notes?x=1')).toBe(true);
    // The URL parser lowercases the scheme: APP: is the same scheme.
    expect(isAppUrl('APP://commonplace/index.html')).toBe(true);
  });

  it('refuses other hosts, ports, credentials, schemes and non-URLs', () => {
    for (const url of [
      'app://evil/index.html',
      'app://commonplace.evil/index.html',
      'app://evil.commonplace/index.html',
      'app://COMMONPLACE/index.html',
      'app://commonplace:8080/index.html',
      'app://user@commonplace/index.html',
      'app://user:secret@commonplace/index.html',
      'app://commonplace@evil/index.html',
      'file:///index.html',
      'https://commonplace/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('decideIpcCall', () => {
  const own: IpcSender = { fromMainWindow: true, isMainFrame: true, frameUrl: APP_ENTRY_URL };
  const forbidden = { accept: false, reply: { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the Commonplace window.' } } };

  it('accepts a call from our window’s main frame at our origin', () => {
    expect(decideIpcCall(own, 'library.list')).toEqual({ accept: true, method: 'library.list' });
  });

  it('refuses another window, a subframe, a gone frame and a frame at another URL', () => {
    expect(decideIpcCall({ ...own, fromMainWindow: false }, 'library.list')).toEqual(forbidden);
    expect(decideIpcCall({ ...own, isMainFrame: false }, 'library.list')).toEqual(forbidden);
    expect(decideIpcCall({ ...own, frameUrl: null }, 'library.list')).toEqual(forbidden);
    for (const frameUrl of ['app://evil/index.html', 'https://example.com/', 'file:///etc/passwd', 'data:text/html,x', 'about:blank', 'app://x@commonplace/index.html', 'devtools://devtools/bundled/inspector.html']) {
      expect(decideIpcCall({ ...own, frameUrl }, 'library.list'), frameUrl).toEqual(forbidden);
    }
  });

  it('checks the sender before the method, and refuses a call without a method name', () => {
    expect(decideIpcCall({ ...own, isMainFrame: false }, 42)).toEqual(forbidden);
    for (const method of [undefined, null, 42, { toString: () => 'library.list' }, ['library.list']]) {
      expect(decideIpcCall(own, method)).toEqual({ accept: false, reply: { ok: false, error: { code: 'invalid_input', message: 'A call needs a method name.' } } });
    }
  });
});

describe('resolveAppFile', () => {
  const root = '/opt/commonplace/out/renderer';
  const resolve = (url: string) => resolveAppFile(url, root, path.posix);

  it('maps the app’s URLs to files under the renderer folder', () => {
    expect(resolve('app://commonplace/index.html')).toBe(`${root}/index.html`);
    expect(resolve('app://commonplace/')).toBe(`${root}/index.html`);
    expect(resolve('app://commonplace')).toBe(`${root}/index.html`);
    expect(resolve('app://commonplace/assets/index-Abc123.js')).toBe(`${root}/assets/index-Abc123.js`);
    expect(resolve('app://commonplace/assets/index.css?v=2#x')).toBe(`${root}/assets/index.css`);
    expect(resolve('app://commonplace/fonts/Source%20Serif.woff2')).toBe(`${root}/fonts/Source Serif.woff2`);
  });

  it('keeps dot segments inside the folder: the URL parser folds them before we look', () => {
    expect(resolve('app://commonplace/../../etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(resolve('app://commonplace/%2e%2e/%2E%2E/etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(resolve('app://commonplace/.%2e/index.html')).toBe(`${root}/index.html`);
  });

  it('refuses encoded separators, encoded dots that survive parsing, NUL and malformed escapes', () => {
    for (const url of [
      'app://commonplace/..%2f..%2fetc%2fpasswd',
      'app://commonplace/assets%2F..%2F..%2Fsecret',
      'app://commonplace/..%5c..%5cwindows%5cwin.ini',
      'app://commonplace/assets/%2e%2e%2f%2e%2e%2fsecret',
      'app://commonplace/index.html%00.png',
      'app://commonplace/%00',
      'app://commonplace/%E0%A4%A',
      'app://commonplace/%',
    ]) {
      expect(resolve(url), url).toBeNull();
    }
  });

  it('refuses absolute paths smuggled in as empty segments', () => {
    expect(resolve('app://commonplace//etc/passwd')).toBeNull();
  });

  it('refuses other hosts, ports, credentials and schemes', () => {
    for (const url of ['app://evil/index.html', 'app://commonplace:1/index.html', 'app://u:p@commonplace/index.html', 'file:///opt/commonplace/out/renderer/index.html', 'https://commonplace/index.html']) {
      expect(resolve(url), url).toBeNull();
    }
  });

  it('on Windows, refuses backslashes and drive paths too', () => {
    const winRoot = 'C:\\Program Files\\Commonplace\\resources\\renderer';
    const win = (url: string) => resolveAppFile(url, winRoot, path.win32);
    expect(win('app://commonplace/assets/app.js')).toBe(`${winRoot}\\assets\\app.js`);
    expect(win('app://commonplace/..%5C..%5Csecret.txt')).toBeNull();
    expect(win('app://commonplace/C:/Windows/win.ini')).toBeNull();
    expect(win('app://commonplace/D:secret.txt')).toBeNull();
    // A literal backslash is a path character to the URL parser on a non-special scheme: still refused.
    expect(win('app://commonplace/assets\\..\\..\\secret.txt')).toBeNull();
  });

  it('never returns the folder itself or a sibling folder sharing its prefix', () => {
    expect(resolve('app://commonplace/.')).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://commonplace/x', '/srv/renderer', path.posix)).toBe('/srv/renderer/x');
    expect(resolveAppFile('app://commonplace/../renderer-secrets/x', '/srv/renderer', path.posix)).toBe('/srv/renderer/renderer-secrets/x');
  });
});

describe('appResponseHeaders', () => {
  it('adds the CSP and nosniff, replacing what the file response said, and keeps the rest', () => {
    const headers = appResponseHeaders(new Headers({ 'Content-Type': 'text/html', 'Content-Security-Policy': "default-src *", 'X-Content-Type-Options': 'sniff' }));
    expect(headers.get('content-type')).toBe('text/html');
    expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the CSP', () => {
  const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(' ')]));

  it('allows only the app’s own files and inline images, and nothing inline or evaluated', () => {
    expect(Object.fromEntries(directives(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-src': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('matches the page’s own meta tag (which cannot carry frame-ancestors)', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(header);
  });
});

describe('allowsRequest', () => {
  it('lets the app’s own files, devtools and the page’s inline data load', () => {
    for (const url of ['app://commonplace/index.html', 'app://commonplace/assets/x.js', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,iVBOR', 'blob:app://commonplace/1b4e28ba-2fa1-11d2-883f-0016d3cca427']) {
      expect(allowsRequest(url), url).toBe(true);
    }
  });

  it('cancels everything else: the network, files, other app hosts', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'wss://example.com/socket',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://commonplace.evil/x.js',
      'app://commonplace@evil/x.js',
      'app://commonplace',
      'APP://COMMONPLACE/index.html',
      'ftp://example.com/',
      'chrome://settings',
      'javascript:alert(1)',
    ]) {
      expect(allowsRequest(url), url).toBe(false);
    }
  });
});

describe('allowsPermission', () => {
  it('grants only writing to the clipboard', () => {
    expect(allowsPermission('clipboard-sanitized-write')).toBe(true);
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'midiSysex', 'pointerLock', 'hid', 'serial', 'usb', 'fileSystem', '']) {
      expect(allowsPermission(permission), permission).toBe(false);
    }
  });
});

describe('navigation, redirects, webviews and new windows', () => {
  const urls = [APP_ENTRY_URL, 'app://commonplace/other.html', 'https://example.com/', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'about:blank', ''];

  it('refuses them all, even to the app’s own pages', () => {
    for (const url of urls) {
      expect(allowsNavigation(url), url).toBe(false);
      expect(allowsRedirect(url), url).toBe(false);
      expect(allowsWebview(url), url).toBe(false);
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny' });
    }
  });
});

describe('externalUrlToOpen', () => {
  it('opens web links, normalised', () => {
    expect(externalUrlToOpen('https://www.dawn.com/news/1949563')).toBe('https://www.dawn.com/news/1949563');
    expect(externalUrlToOpen('http://example.com')).toBe('http://example.com/');
    expect(externalUrlToOpen('HTTPS://Example.COM/Path')).toBe('https://example.com/Path');
    expect(externalUrlToOpen('https://example.com/a b?q=ü')).toBe('https://example.com/a%20b?q=%C3%BC');
  });

  it('never opens other schemes, links with credentials or non-URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'FILE:///C:/Windows/System32/calc.exe',
      'data:text/html,<script>alert(1)</script>',
      'app://commonplace/index.html',
      'mailto:someone@example.com',
      'ftp://example.com/',
      'smb://server/share',
      'ms-settings:',
      'vbscript:msgbox(1)',
      'https://user:pass@example.com/',
      'https://bank.example@evil.example/',
      '//example.com/',
      'example.com',
      '',
    ]) {
      expect(externalUrlToOpen(url), url).toBeNull();
    }
  });
});
