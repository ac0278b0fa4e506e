/** scripts/build/files.ts: the site's files, and page writes off the main thread. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, writeBehind } from '../../../scripts/build/files';

const dir = mkdtempSync(join(tmpdir(), 'cds-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeBehind', () => {
  it('writeBehind writes every file (strings and bytes) by the time settled() resolves, at most `limit` at once', async () => {
    const writes = writeBehind(2);
    for (let i = 0; i < 9; i++) await writes.write(join(dir, `f${i}.html`), i % 2 ? `<p>${i}</p>` : Buffer.from(`b${i}`));
    await writes.settled();
    expect(listFiles(dir)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `f${i}.html`));
    expect(readFileSync(join(dir, 'f3.html'), 'utf8')).toBe('<p>3</p>');
    expect(readFileSync(join(dir, 'f4.html'), 'utf8')).toBe('b4');
  });

  it('writeBehind reports a failed write from settled()', async () => {
    const writes = writeBehind();
    await writes.write(join(dir, 'no-such-folder', 'x.html'), 'x');
    await expect(writes.settled()).rejects.toThrow(/ENOENT/);
  });
});
