/**
 * Bad and odd seeds through the real CLIs (`npm run ingest` = tsx scripts/ingest/cli.ts, and the
 * build), in temp folders. A bad seed (empty, binary, not UTF-8) fails the run with
 * "seeds/<file>: <reason>" on stderr and writes nothing: the content/ and dist/ of the last good run
 * stay byte for byte. An odd but valid seed (BOM, CRLF, NFD, no title line, no dateline, no date at
 * all) builds, with warnings naming the file; `--strict` turns those warnings into errors.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildCorpus, runScript, snapshot } from './cli-support';

const SLOW = { timeout: 180_000 };
const GOOD = '001_abb1080fc42eac9e.txt';
const tmp = mkdtempSync(join(tmpdir(), 'cds-ingest-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh work folder with seeds/ holding one good seed plus `extra` files. */
function workspace(name: string, extra: Record<string, Uint8Array | string> = {}): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  copyFileSync(join(ROOT, 'seeds', GOOD), join(dir, 'seeds', GOOD));
  for (const [f, bytes] of Object.entries(extra)) writeFileSync(join(dir, 'seeds', f), bytes);
  return dir;
}

const ingest = (dir: string) => runScript('scripts/ingest/cli.ts', ['--seeds', join(dir, 'seeds'), '--out', join(dir, 'content')]);
const BAD: Array<[string, Uint8Array | string, RegExp]> = [
  ['empty.txt', '', /^\[ingest\] error: seeds\/empty\.txt: empty file$/m],
  ['binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]), /^\[ingest\] error: seeds\/binary\.txt: binary file, not text$/m],
  ['latin1.txt', new Uint8Array([...new TextEncoder().encode('Chuyển đổi số\n\nNgày 1/2/2024, '), 0xe9, 0x74, 0xe9]), /^\[ingest\] error: seeds\/latin1\.txt: invalid UTF-8 at byte 38 \(0xE9\)$/m],
];

describe('ingest CLI on bad seeds', () => {
  for (const [file, bytes, message] of BAD) {
    it(`cli fails on ${file}, says why, and leaves the last good content/ as it was`, SLOW, () => {
      const dir = workspace(`ingest-${file}`);
      expect(ingest(dir).code).toBe(0);
      const before = snapshot(join(dir, 'content'));
      expect(Object.keys(before)).toHaveLength(1);
      writeFileSync(join(dir, 'seeds', file), bytes);
      const r = ingest(dir);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/nothing written: 1 file\(s\) failed; the last good output is unchanged/);
      expect(snapshot(join(dir, 'content'))).toEqual(before);
      expect(readdirSync(dir).sort()).toEqual(['content', 'seeds']);
    });
  }
});

describe('build on a bad seed', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace('build', { 'latin1.txt': BAD[2]![1] });
    mkdirSync(join(dir, 'dist'), { recursive: true });
    mkdirSync(join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>last good build</title>');
    writeFileSync(join(dir, 'content', 'last-good.mdx'), '---\ntitle: "last good"\n---\n');
  });

  it('build exits non-zero naming the file and the byte, and leaves dist/ and content/ as they were', SLOW, () => {
    const before = { dist: snapshot(join(dir, 'dist')), content: snapshot(join(dir, 'content')) };
    const r = buildCorpus({ seeds: join(dir, 'seeds'), content: join(dir, 'content'), out: join(dir, 'dist'), zip: false });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^\[build\] error: seeds\/latin1\.txt: invalid UTF-8 at byte 38 \(0xE9\)$/m);
    expect({ dist: snapshot(join(dir, 'dist')), content: snapshot(join(dir, 'content')) }).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['content', 'dist', 'seeds']);
  });
});

describe('ingest CLI on odd but valid seeds', () => {
  const text = 'Tỉnh đẩy mạnh chuyển đổi số\r\n\r\n(VLO) Sáng 27/4/2024, tỉnh tổ chức hội nghị. Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 55%.\r\n';
  const odd = {
    'bom-crlf-nfd.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.normalize('NFD'))]),
    'no-title.txt': 'Ngày 6-2-2025, tỉnh tổng kết năm 2024 với 12 nghị quyết được ban hành trong lĩnh vực chuyển đổi số.\n',
  };

  it('cli builds them and warns, naming each file', SLOW, () => {
    const dir = workspace('odd', odd);
    const r = ingest(dir);
    expect(r.code, r.stderr).toBe(0);
    for (const w of [
      'seeds/bom-crlf-nfd.txt: stripped the UTF-8 byte order mark',
      'seeds/bom-crlf-nfd.txt: converted 3 CRLF line ending(s) to LF',
      'seeds/bom-crlf-nfd.txt: normalised the text to Unicode NFC',
      'seeds/bom-crlf-nfd.txt: no dateline',
      'seeds/no-title.txt: no title line: the text starts mid-report',
    ]) expect(r.stderr).toContain(`[ingest] warning: ${w}`);
    expect(Object.keys(snapshot(join(dir, 'content')))).toHaveLength(3);
  });

  it('cli builds a seed with no date at all, with one warning naming it', SLOW, () => {
    const dir = workspace('nodate', { 'nodate.txt': 'Chuyển đổi số ở tỉnh\n\nNăm 2024, tỉnh có 12 nghị quyết về chuyển đổi số.\n\nNguồn: Báo tỉnh\n' });
    const r = ingest(dir);
    expect(r.code, r.stderr).toBe(0);
    const named = r.stderr.split('\n').filter((l) => l.includes('seeds/nodate.txt'));
    expect(named).toEqual(['[ingest] warning: seeds/nodate.txt: no usable date (no dateline, byline or dated lead, none in seeds/editorial.yaml): published as "date unknown"']);
    expect(Object.keys(snapshot(join(dir, 'content')))).toHaveLength(2);
  });

  it('cli --strict turns warnings into errors and writes nothing', SLOW, () => {
    const dir = workspace('strict', odd);
    const r = runScript('scripts/ingest/cli.ts', ['--seeds', join(dir, 'seeds'), '--out', join(dir, 'content'), '--strict']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('[ingest] error: strict: seeds/no-title.txt: no title line: the text starts mid-report');
    expect(readdirSync(dir).sort()).toEqual(['seeds']);
  });
});
