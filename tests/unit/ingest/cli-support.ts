/** Helpers for the CLI tests: run the ingest or the build in a child process, snapshot folders. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface Run { code: number | null; stdout: string; stderr: string }

/** Runs `tsx <script> ...args` from the project root with `env` added to a minimal environment. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}, timeout = 120_000): Run {
  const r = spawnSync(TSX, [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout,
    // scale: CDS_INGEST_CACHE off, so every run parses afresh (determinism tests must not read a cache)
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TZ: 'UTC', LANG: 'C', CDS_INGEST_CACHE: 'off', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A site build of another corpus, as tests and benchmarks run it: `astro build --outDir <out>` with
 * the corpus folders in the environment that astro.config.mjs hands to the cds integration. */
export function buildCorpus(o: { seeds: string; content: string; out: string; zip?: boolean; incremental?: boolean }, timeout = 600_000): Run {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', o.out], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, TZ: 'UTC', CDS_SEEDS: o.seeds, CDS_CONTENT: o.content, CDS_ZIP: o.zip === false ? '0' : '1', CDS_INCREMENTAL: o.incremental === false ? '0' : '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` (relative path → bytes as base64), for byte-for-byte comparison. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string, rel: string) => {
    for (const f of readdirSync(d).sort()) {
      const full = join(d, f);
      const r = rel ? `${rel}/${f}` : f;
      if (statSync(full).isDirectory()) walk(full, r);
      else out[r] = readFileSync(full).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}
