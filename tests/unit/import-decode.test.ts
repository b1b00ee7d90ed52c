/** Bytes → text: encodings, BOMs, newlines, NFC, NUL refusal. */
import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../main/library/errors';
import { byteOrderMark, decodeText, decodeWindows1252, normaliseText } from '../../main/library/import/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = order === 'le' ? unit & 0xff : unit >> 8;
    out[3 + i * 2] = order === 'le' ? unit >> 8 : unit & 0xff;
  }
  return out;
}

describe('decodeText', () => {
  it('decodes UTF-8 and strips its BOM', () => {
    expect(decodeText(utf8('\uFEFFCafé — “quoted”'))).toEqual({ text: 'Café — “quoted”', encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with a BOM, surrogate pairs included', () => {
    const text = 'Kabul “قابل” 🙂\nnext';
    expect(decodeText(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for invalid UTF-8, mapping its curly quotes, dashes and €', () => {
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x85]);
    expect(decodeText(bytes)).toEqual({ text: 'Café “q” – €5 …', encoding: 'windows-1252' });
  });

  it('maps the whole 0x80–0x9F range without leaving C1 controls for defined characters', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    const undefinedBytes = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    [...all].forEach((c, i) => {
      if (!undefinedBytes.has(0x80 + i)) expect(c.charCodeAt(0)).toBeGreaterThan(0x9f);
    });
    expect(decodeWindows1252(Uint8Array.from([0x41, 0xff]))).toBe('Aÿ');
  });

  it('normalises CRLF and CR to LF, and text to NFC', () => {
    expect(decodeText(utf8('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
    expect(decodeText(utf8('Cafe\u0301')).text).toBe('Caf\u00e9');
    expect(normaliseText('one\u2028two\u2029three')).toBe('one\ntwo\n\nthree');
  });

  it('refuses text that decodes to NUL characters', () => {
    expect(() => decodeText(utf16('ab\u0000cd', 'le'))).toThrow(ImportRefusal);
    expect(() => decodeText(utf16('ab\u0000cd', 'le'))).toThrow(/binary data/);
  });
});

describe('byteOrderMark', () => {
  it('names the BOM, or null', () => {
    expect(byteOrderMark(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(byteOrderMark(Uint8Array.from([0xff, 0xfe]))).toBe('utf-16le');
    expect(byteOrderMark(Uint8Array.from([0xfe, 0xff]))).toBe('utf-16be');
    expect(byteOrderMark(utf8('plain'))).toBeNull();
  });
});
