/** A rebuild's Pagefind index written over the last build's chunks (scripts/build/pagefind-seed.ts),
 * with the real Pagefind: the same files as a fresh index, the last build's folder untouched. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../scripts/build/files';
import { decodeCbor, holdsItsName, pagefindHash, referencedChunks, SIGNATURE, writeWithChunksOf } from '../../../scripts/build/pagefind-seed';

const page = (lang: string, title: string, text: string, kind: string) =>
  `<html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p>` +
  `<span data-pagefind-filter="kind">${kind}</span></main></body></html>`;

/** Two versions of a small bilingual site: the second changes one page and adds one. */
const FIRST: Record<string, string> = {
  '/a/': page('vi', 'Kinh tế số', 'Kinh tế số chiếm 18,3% GDP năm 2024.', 'Bài báo'),
  '/b/': page('vi', 'Định danh điện tử', 'Hơn 80 triệu tài khoản định danh điện tử.', 'Chỉ số'),
  '/c/': page('vi', 'Dịch vụ công', 'Tỷ lệ hồ sơ trực tuyến đạt 55%.', 'Chủ đề'),
  '/en/a/': page('en', 'Digital economy', 'The digital economy was 18.3% of GDP in 2024.', 'Article'),
};
const SECOND: Record<string, string> = {
  ...FIRST,
  '/c/': page('vi', 'Dịch vụ công', 'Tỷ lệ hồ sơ trực tuyến đạt 61,5% trong năm 2025.', 'Chủ đề'),
  '/d/': page('vi', 'Hạ tầng số', 'Mạng 5G phủ 26% dân số.', 'Bài báo'),
};

const root = mkdtempSync(join(tmpdir(), 'cds-seed-'));

/** Indexes `pages` and writes the index into `<root>/<name>`, taking chunks from `previous`. */
async function build(pages: Record<string, string>, name: string, previous?: string): Promise<{ dir: string; taken: number }> {
  const { index } = await pagefind.createIndex({});
  try {
    for (const [url, content] of Object.entries(pages)) await index!.addHTMLFile({ url, content });
    const dir = join(root, name);
    const taken = await writeWithChunksOf(index!, dir, { previous, fragments: true, label: 'test' });
    return { dir, taken };
  } finally {
    await pagefind.close();
  }
}

/** Every file of a folder with its bytes. */
const snapshot = (dir: string) => new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
const HASHED = /\.pf_(?:fragment|index|filter|meta)$/;

let first: string;
let fresh: string;
beforeAll(async () => {
  first = (await build(FIRST, 'first')).dir;
  fresh = (await build(SECOND, 'fresh')).dir;
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('decodeCbor', () => {
  const cbor = (...bytes: (number | string)[]) => Uint8Array.from(bytes.flatMap((b) => (typeof b === 'string' ? [...Buffer.from(b)] : [b])));
  it('reads integers of every width, negatives, strings, arrays, maps and simple values', () => {
    expect(decodeCbor(cbor(0x00))).toBe(0);
    expect(decodeCbor(cbor(0x17))).toBe(23);
    expect(decodeCbor(cbor(0x18, 0x64))).toBe(100);
    expect(decodeCbor(cbor(0x19, 0x03, 0xe8))).toBe(1000);
    expect(decodeCbor(cbor(0x1a, 0x00, 0x0f, 0x42, 0x40))).toBe(1_000_000);
    expect(decodeCbor(cbor(0x1b, 0, 0, 0, 1, 0, 0, 0, 0))).toBe(2 ** 32);
    expect(decodeCbor(cbor(0x29))).toBe(-10);
    expect(decodeCbor(cbor(0x65, 'vi_ab'))).toBe('vi_ab');
    expect(decodeCbor(cbor(0x62, 0xc4, 0x91))).toBe('đ');
    expect([...(decodeCbor(cbor(0x42, 1, 2)) as Uint8Array)]).toEqual([1, 2]);
    expect(decodeCbor(cbor(0x83, 0x01, 0x82, 0x02, 0x03, 0x61, 'x'))).toEqual([1, [2, 3], 'x']);
    expect(decodeCbor(cbor(0xa1, 0x61, 'a', 0x80))).toEqual({ a: [] });
    expect(decodeCbor(cbor(0x9f, 0x01, 0x02, 0xff))).toEqual([1, 2]);
    expect(decodeCbor(cbor(0xbf, 0x61, 'k', 0xf5, 0xff))).toEqual({ k: true });
    expect(decodeCbor(cbor(0x82, 0xf4, 0xf6))).toEqual([false, null]);
  });
  it('refuses what it cannot read: truncated items, trailing bytes, tags and floats', () => {
    expect(() => decodeCbor(cbor(0x62, 'a'))).toThrow(/truncated/);
    expect(() => decodeCbor(cbor(0x82, 0x01))).toThrow(/truncated/);
    expect(() => decodeCbor(cbor(0x01, 0x02))).toThrow(/trailing/);
    expect(() => decodeCbor(cbor(0xc0, 0x60))).toThrow(/major type 6/);
    expect(() => decodeCbor(cbor(0xfb, 0, 0, 0, 0, 0, 0, 0, 0))).toThrow(/simple value 27/);
  });
});

describe('Pagefind file names', () => {
  it('every hashed file of a real index holds what its name says (SHA-1, bytes in hex without leading zeros)', () => {
    const hashed = listFiles(first).filter((f) => HASHED.test(f));
    expect(hashed.length).toBeGreaterThan(5);
    for (const f of hashed) expect(holdsItsName(first, f), f).toBe(true);
    // SHA-1("abc") = a9993e36 47 06 81 6a …: the byte 06 is written "6".
    expect(pagefindHash(Buffer.from('abc'))).toBe('a9993e36476816aba3e25717850c26c9cd0d89d');
  });
  it('a file whose bytes do not match its name, or that is not Pagefind data, fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cds-seed-bad-'));
    try {
      writeFileSync(join(dir, 'vi_1234567.pf_index'), gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from('other bytes')])));
      writeFileSync(join(dir, 'vi_7654321.pf_index'), Buffer.from('not gzip'));
      expect(holdsItsName(dir, 'vi_1234567.pf_index')).toBe(false);
      expect(holdsItsName(dir, 'vi_7654321.pf_index')).toBe(false);
      expect(holdsItsName(dir, 'pagefind-entry.json')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('referencedChunks names exactly the hashed files of a fresh index', () => {
    expect([...referencedChunks(fresh)].sort()).toEqual(listFiles(fresh).filter((f) => HASHED.test(f)));
  });
});

describe('writeWithChunksOf', () => {
  it('a rebuild over the last build’s chunks writes the same files, byte for byte, as a fresh index', async () => {
    const { dir, taken } = await build(SECOND, 'rebuilt', first);
    expect(taken).toBeGreaterThan(0);
    expect(snapshot(dir)).toEqual(snapshot(fresh));
  }, 60_000);
  it('takes unchanged chunks as hard links and leaves the last build’s folder as it was', async () => {
    const before = snapshot(first);
    const { dir } = await build(SECOND, 'linked', first);
    const shared = listFiles(dir).filter((f) => HASHED.test(f) && before.has(f) && statSync(join(dir, f)).ino === statSync(join(first, f)).ino);
    expect(shared.some((f) => f.startsWith('fragment/'))).toBe(true);
    expect(snapshot(first)).toEqual(before);
  }, 60_000);
  it('a chunk of the last build that bears a name of the new index but other bytes is written afresh, not kept', async () => {
    const wanted = listFiles(fresh).filter((f) => /^(?:index|filter|fragment)\//.test(f) && !listFiles(first).includes(f));
    expect(wanted.length).toBeGreaterThan(0);
    const forged = (await build(FIRST, 'forged')).dir;
    for (const f of wanted) writeFileSync(join(forged, f), gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(`not ${f}`)])));
    const { dir } = await build(SECOND, 'after-forged', forged);
    expect(snapshot(dir)).toEqual(snapshot(fresh));
  }, 60_000);
  it('without a last build, or one without an index, takes nothing', async () => {
    expect((await build(SECOND, 'none')).taken).toBe(0);
    expect((await build(SECOND, 'empty', join(root, 'missing'))).taken).toBe(0);
  }, 60_000);
});
