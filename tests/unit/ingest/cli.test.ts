/**
 * The ingest CLI as a whole: its report, and byte-identical output whatever the time zone and locale.
 * Each test runs `tsx scripts/ingest/cli.ts` in child processes on the real seeds, into temp folders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SLOW = { timeout: 180_000 };
import { runScript, snapshot } from './cli-support';

const tmp = mkdtempSync(join(tmpdir(), 'cds-ingest-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('ingest CLI report', () => {
  it('cli reports files, articles, metrics, warnings and seconds per stage', SLOW, () => {
    const r = runScript('scripts/ingest/cli.ts', ['--out', join(tmp, 'report')]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\[ingest\] wrote 5 entries to .+\/ \(seeds\/: 5 files\)$/);
    const counts = /^\[ingest\] files 5, articles 5, metrics (\d+), warnings (\d+)$/.exec(lines[1]!);
    expect(counts, lines[1]).not.toBeNull();
    expect(Number(counts![1])).toBeGreaterThan(50);
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('warning:'))).toHaveLength(Number(counts![2]));
    expect(lines[2]).toMatch(/^\[ingest\] seconds: decode \d+\.\d{3} segment \d+\.\d{3} dates \d+\.\d{3} metrics \d+\.\d{3} entities \d+\.\d{3} serialize \d+\.\d{3} total \d+\.\d{3}$/);
  });

  it('cli --quiet prints warnings and the report not at all', SLOW, () => {
    const r = runScript('scripts/ingest/cli.ts', ['--out', join(tmp, 'quiet'), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });
});

describe('ingest determinism', () => {
  it('cli writes byte-identical output in any time zone and locale', SLOW, () => {
    const envs = [
      { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
      { TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8', LC_ALL: 'vi_VN.UTF-8' },
      { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
    ];
    const outputs = envs.map((env, i) => {
      const out = join(tmp, `det-${i}`);
      const r = runScript('scripts/ingest/cli.ts', ['--out', out, '--quiet'], env);
      expect(r.code, r.stderr).toBe(0);
      return snapshot(out);
    });
    expect(Object.keys(outputs[0]!)).toHaveLength(5);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });
});
