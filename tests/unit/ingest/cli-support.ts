/** Helpers for the CLI tests: run the ingest or the build in a child process, snapshot folders. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
 *  project root (its `.astro` folder), and each takes both cores. One per project root (in the system's temporary folder, as worktrees
 *  may share `node_modules`); it holds its holder's process id, and a lock whose holder is gone (a killed run) is taken over. */
const BUILD_LOCK = join(tmpdir(), `cds-test-build-lock-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);
/** The longest wait for the lock: longer than three builds, shorter than the hooks' and tests' timeouts around a build. */
const LOCK_WAIT_MS = 150_000;

/** True when the process that holds the lock is gone (or the lock holds no readable id yet: its holder is writing it, so not gone). */
function holderGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'));
  } catch {
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `fn` holding `BUILD_LOCK`: waits for it 200 ms at a time, takes it over when its holder is gone, gives up after `LOCK_WAIT_MS`. */
function oneBuildAtATime<T>(fn: () => T): T {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (holderGone()) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${LOCK_WAIT_MS / 1000} s for another test's site build (lock ${BUILD_LOCK})`);
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
