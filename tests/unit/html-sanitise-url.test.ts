import { describe, expect, it } from 'vitest';
import { safeLinkHref, safePageUrl } from '../../main/library/import/html/sanitise-url';

describe('safeLinkHref', () => {
  it('keeps absolute http, https and mailto links, normalised', () => {
    expect(safeLinkHref('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeLinkHref('  HTTP://Example.com  ')).toBe('http://example.com/');
    expect(safeLinkHref('mailto:someone@example.com')).toBe('mailto:someone@example.com');
  });

  it('resolves relative links against a base, and drops them without one', () => {
    expect(safeLinkHref('../b?x=1', 'https://site.example/a/c/page.html')).toBe('https://site.example/a/b?x=1');
    expect(safeLinkHref('//cdn.example/x', 'https://site.example/')).toBe('https://cdn.example/x');
    expect(safeLinkHref('b.html')).toBeUndefined();
    expect(safeLinkHref('//cdn.example/x')).toBeUndefined();
  });

  it('drops fragment-only links, which point nowhere once the page is blocks', () => {
    expect(safeLinkHref('#notes', 'https://site.example/a')).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://site.example/uuid',
    'ftp://files.example/',
    '',
    null,
    undefined,
  ])('refuses %j', (href) => {
    expect(safeLinkHref(href, 'https://site.example/')).toBeUndefined();
  });

  it('does not let a base smuggle in a scheme', () => {
    expect(safeLinkHref('x', 'javascript:alert(1)//')).toBeUndefined();
  });
});

describe('safePageUrl', () => {
  it('accepts only absolute http(s) URLs with a host', () => {
    expect(safePageUrl('https://site.example/a?b#c')).toBe('https://site.example/a?b#c');
    expect(safePageUrl('/a', 'https://site.example/x/y')).toBe('https://site.example/a');
    expect(safePageUrl('mailto:a@example.com')).toBeUndefined();
    expect(safePageUrl('file:///home/me/a.html')).toBeUndefined();
    expect(safePageUrl('about:blank')).toBeUndefined();
    expect(safePageUrl('not a url')).toBeUndefined();
  });
});
