/** Helpers for the CLI tests: run the ingest or the build in a child process, snapshot folders. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** A lock folder that keeps the site builds of test files running in two Vitest workers one at a time: they all build from the
 *  project root (its `.astro` folder), and each takes both cores. A lock older than `STALE_LOCK_MS` is a killed run's, taken over. */
const BUILD_LOCK = join(ROOT, 'node_modules', '.cds-test-build-lock');
const STALE_LOCK_MS = 20 * 60_000;

/** Runs `fn` holding `BUILD_LOCK` (waits for it, 200 ms at a time). */
function oneBuildAtATime<T>(fn: () => T): T {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      if (existsSync(BUILD_LOCK) && Date.now() - statSync(BUILD_LOCK).mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else Atomics.wait(nap, 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** A site build of another corpus, as tests and benchmarks run it: `astro build --outDir <out>` with
 * the corpus folders in the environment that astro.config.mjs hands to the cds integration; one at a time (`oneBuildAtATime`). */
export function buildCorpus(o: { seeds: string; content: string; out: string; zip?: boolean; incremental?: boolean }, timeout = 600_000): Run {
  return oneBuildAtATime(() => spawnBuild(o, timeout));
}

function spawnBuild(o: { seeds: string; content: string; out: string; zip?: boolean; incremental?: boolean }, timeout: number): Run {
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
