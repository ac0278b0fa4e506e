/**
 * `npm test`: each runner of the project in turn, then one summary line.
 *
 *   typecheck  ingest (so content collections exist) + `astro check`        1 check
 *   unit       `vitest run --project unit` (JSON report)                     1 per test
 *   build      `npm run build` (SKIP_BUILD=1 reuses an existing dist)        1 check
 *   e2e        `playwright test` (its webServer serves the dist; JSON report) 1 per test
 *
 * The runners do the work; this file only runs them in order and adds up their reports.
 * Env: DIST_DIR, BASE_PATH (read by playwright.config.ts), SKIP_BUILD=1.
 * Last line: exactly `N passed, M failed`; exit 1 if anything failed or crashed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './checks';
import { countPlaywright, countVitest, formatMs, printSummary, type StepResult, type TestCounts } from './summary';

const MIN = 60_000;
const reportDir = mkdtempSync(path.join(tmpdir(), 'cds-test-'));
const dist = path.resolve(REPO_ROOT, process.env.DIST_DIR || 'dist');
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Runs `npx <args>` with the output shown as it comes; `ok`, or why not. */
function run(args: string[], timeoutMs: number, env: Record<string, string> = {}): { ok: boolean; code: number | null; why?: string } {
  const r = spawnSync('npx', ['--no-install', ...args], { cwd: REPO_ROOT, stdio: 'inherit', timeout: timeoutMs, env: { ...process.env, ...env } });
  if (r.error) return { ok: false, code: null, why: r.error.message };
  if (r.signal) return { ok: false, code: null, why: `killed by ${r.signal}` };
  return { ok: r.status === 0, code: r.status, ...(r.status === 0 ? {} : { why: `exit code ${r.status}` }) };
}

/** One command counted as one check. */
const oneCheck = (what: string, r: ReturnType<typeof run>): TestCounts =>
  r.ok ? { passed: 1, failed: 0, failures: [] } : { passed: 0, failed: 1, failures: [`${what} failed: ${r.why}`] };

const steps: StepResult[] = [];

/** Runs one step; a step that throws counts as (at least) one failure. */
function step(name: string, fn: () => TestCounts | { skipped: string }): void {
  say(`\n▶ ${name}`);
  const start = performance.now();
  let result: StepResult;
  try {
    const out = fn();
    const ms = performance.now() - start;
    result = 'skipped' in out
      ? { name, passed: 0, failed: 0, skipped: out.skipped, ms, details: [] }
      : { name, passed: out.passed, failed: out.failed, ms, details: out.failures };
  } catch (err) {
    const msg = err instanceof Error ? (err.stack ?? err.message) : String(err);
    result = { name, passed: 0, failed: 1, crashed: msg.split('\n')[0], ms: performance.now() - start, details: msg.split('\n').slice(0, 15) };
  }
  steps.push(result);
  say(`${result.failed > 0 ? '✘' : '✔'} ${name}: ${result.skipped ? `skipped (${result.skipped})` : `${result.passed} passed, ${result.failed} failed`} in ${formatMs(result.ms)}`);
}

step('typecheck', () => {
  const ingest = run(['tsx', 'scripts/ingest/cli.ts'], 15 * MIN);
  if (!ingest.ok) return oneCheck('ingest (needed for content collections)', ingest);
  return oneCheck('astro check', run(['astro', 'check'], 15 * MIN));
});

step('unit', () => {
  const json = path.join(reportDir, 'unit.json');
  const r = run(['vitest', 'run', '--project', 'unit', '--reporter=dot', '--reporter=json', `--outputFile.json=${json}`], 30 * MIN);
  return countVitest(json, r.code, REPO_ROOT);
});

let built = true;
step('build', () => {
  if (process.env.SKIP_BUILD === '1' && existsSync(path.join(dist, 'index.html'))) return { skipped: `SKIP_BUILD, using ${dist}` };
  const r = run(['astro', 'build'], 45 * MIN);
  built = r.ok;
  return oneCheck('astro build', r);
});

step('e2e', () => {
  // A failed build may leave a stale or partial dist: test nothing then.
  if (!built) return { passed: 0, failed: 1, failures: ['not run: the build failed'] };
  const json = path.join(reportDir, 'e2e.json');
  const r = run(['playwright', 'test', '--reporter=dot,json'], 30 * MIN, { PLAYWRIGHT_JSON_OUTPUT_FILE: json });
  return countPlaywright(json, r.code);
});

rmSync(reportDir, { recursive: true, force: true });
const { failed } = printSummary(steps);
process.exitCode = failed > 0 ? 1 : 0;
