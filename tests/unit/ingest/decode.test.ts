import { describe, expect, it } from 'vitest';
import { SeedError, decodeSeed, firstInvalidUtf8 } from '../../../scripts/ingest/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

function reason(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SeedError);
    return (e as SeedError).reason;
  }
  throw new Error('expected a SeedError');
}

describe('decodeSeed', () => {
  it('decodeSeed passes clean Vietnamese text through unchanged, without warnings', () => {
    const text = 'Chuyển đổi số\n\nĐó là chỉ đạo của Thủ tướng.';
    expect(decodeSeed('a.txt', utf8(text))).toEqual({ text, warnings: [] });
  });

  it('decodeSeed keeps trailing spaces, NBSP and leading spaces (quotes must stay verbatim)', () => {
    const text = ' Chú thích ảnh. \n\u00a0\nĐoạn văn\u00a0 ';
    expect(decodeSeed('a.txt', utf8(text)).text).toBe(text);
  });

  it('decodeSeed strips a BOM and warns', () => {
    const d = decodeSeed('a.txt', utf8('\ufeffXin chào'));
    expect(d.text).toBe('Xin chào');
    expect(d.warnings).toEqual([expect.stringMatching(/byte order mark/)]);
  });

  it('decodeSeed keeps a BOM-like character that is not at the start', () => {
    expect(decodeSeed('a.txt', utf8('a\ufeffb')).text).toBe('a\ufeffb');
  });

  it('decodeSeed converts CRLF and lone CR to LF and warns once', () => {
    const d = decodeSeed('a.txt', utf8('một\r\nhai\rba\r\n'));
    expect(d.text).toBe('một\nhai\nba\n');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/2 CRLF and 1 CR/);
  });

  it('decodeSeed normalises decomposed Vietnamese to NFC and warns', () => {
    const nfd = 'Việt Nam chuyển đổi số'.normalize('NFD');
    const d = decodeSeed('a.txt', utf8(nfd));
    expect(d.text).toBe('Việt Nam chuyển đổi số');
    expect(d.text).toBe(d.text.normalize('NFC'));
    expect(d.warnings).toEqual([expect.stringMatching(/NFC/)]);
  });

  it('decodeSeed applies BOM, CRLF and NFC together, in that order of warnings', () => {
    const d = decodeSeed('a.txt', utf8('\ufeff' + 'Đề án\r\nsố 06'.normalize('NFD')));
    expect(d.text).toBe('Đề án\nsố 06');
    expect(d.warnings.map((w) => w.split(' ')[0])).toEqual(['stripped', 'converted', 'normalised']);
  });

  it('decodeSeed rejects an empty file', () => {
    expect(reason(() => decodeSeed('e.txt', new Uint8Array()))).toBe('empty file');
  });

  it('decodeSeed rejects whitespace-only files (spaces, newlines, NBSP, a lone BOM)', () => {
    for (const s of ['   ', '\n\n\r\n', '\u00a0 \t\n', '\ufeff', '\ufeff \n']) {
      expect(reason(() => decodeSeed('e.txt', utf8(s))), JSON.stringify(s)).toBe('empty file');
    }
  });

  it('decodeSeed rejects NUL bytes as binary', () => {
    expect(reason(() => decodeSeed('b.bin', utf8('abc\u0000def')))).toBe('binary file, not text');
  });

  it('decodeSeed rejects a PNG header as binary', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(reason(() => decodeSeed('x.png', png))).toBe('binary file, not text');
  });

  it('decodeSeed rejects text with more than 10% control characters as binary', () => {
    const s = 'abcdefgh' + '\u0001\u0002';
    expect(reason(() => decodeSeed('c.txt', utf8(s)))).toBe('binary file, not text');
  });

  it('decodeSeed accepts a few control characters (below 10%) and tabs, form feeds', () => {
    const s = 'a'.repeat(50) + '\u0007' + '\t\f' + 'b'.repeat(50);
    expect(decodeSeed('c.txt', utf8(s)).text).toBe(s);
  });

  it('decodeSeed reports the byte offset of invalid UTF-8 and names the file', () => {
    const b = new Uint8Array([...utf8('Việt'), 0xff, ...utf8('Nam')]);
    const off = utf8('Việt').length;
    try {
      decodeSeed('seeds/x.txt', b);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(SeedError);
      const err = e as SeedError;
      expect(err.file).toBe('seeds/x.txt');
      expect(err.reason).toMatch(new RegExp(`^invalid UTF-8 at byte ${off}\\b`));
      expect(err.message).toMatch(/^seeds\/x\.txt: invalid UTF-8 at byte 6/);
    }
  });

  it('decodeSeed rejects Latin-1 / Windows-1258 encoded text', () => {
    const latin1 = bytes(0x56, 0x69, 0xea, 0x74); // "Viêt" in Latin-1
    expect(reason(() => decodeSeed('l.txt', latin1))).toMatch(/^invalid UTF-8 at byte 2/);
  });

  it('decodeSeed rejects a truncated multi-byte sequence at the end', () => {
    const b = new Uint8Array([...utf8('ab'), 0xe1, 0xbb]);
    expect(reason(() => decodeSeed('t.txt', b))).toMatch(/^invalid UTF-8 at byte 2/);
  });

  it('decodeSeed errors carry file and reason and a readable message', () => {
    const e = new SeedError('f.txt', 'empty file');
    expect(e.message).toBe('f.txt: empty file');
    expect(e).toBeInstanceOf(Error);
  });
});

describe('firstInvalidUtf8', () => {
  it('firstInvalidUtf8 returns -1 for valid 1- to 4-byte sequences', () => {
    expect(firstInvalidUtf8(utf8('a é ệ 😀 đ'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array())).toBe(-1);
  });

  it('firstInvalidUtf8 finds overlong encodings, surrogates, out-of-range and stray bytes', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80))).toBe(0); // overlong 3-byte
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // > U+10FFFF
    expect(firstInvalidUtf8(bytes(0xf5, 0x80, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // stray continuation
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xc3))).toBe(2); // truncated
    expect(firstInvalidUtf8(bytes(0xc3, 0x41))).toBe(0); // bad continuation
  });
});
