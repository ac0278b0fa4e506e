/**
 * `npm test`: every check of the project, in order, with one summary.
 *
 *   (a) typecheck      ingest (if scripts/ingest/cli.ts exists) + `astro check`   1 check
 *   (b) unit           vitest --project unit                                       1 per test
 *   (c) build          `npm run build` (SKIP_BUILD=1 reuses an existing dist)     1 check
 *   (d) e2e            vitest --project e2e against the served dist               1 per test
 *   (e) html-validate  every dist/**\/*.html                                        1 per file
 *   (f) links          linkinator over the served dist                             1 check
 *
 * Env: DIST_DIR (default dist), BASE_PATH (serve under a sub-path, default /),
 * SKIP_BUILD=1, CDS_QUICK=1 (skip steps whose prerequisites are missing instead
 * of failing them). Last line: `N passed, M failed`; exit 1 if anything failed.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '../../tests/e2e/support/browser';
import { serveDir, type ServedSite } from '../../tests/e2e/support/server';
import { REPO_ROOT, checkLinks, validateHtmlDir } from './checks';
import { killAll, runCommand, type RunResult } from './proc';
import { countVitest, formatMs, printSummary, type StepResult } from './report';

/** Prints one line of the test report (the runner's only output channel). */
const say = (line: string) => process.stdout.write(`${line}\n`);
const truthy = (v: string | undefined) => !!v && !/^(0|false|no|off)$/i.test(v.trim());
const QUICK = truthy(process.env.CDS_QUICK);
const DIST = path.resolve(REPO_ROOT, process.env.DIST_DIR || 'dist');
const BASE_PATH = process.env.BASE_PATH || '/';
const MIN = 60_000;
/** A path for messages: repo-relative when inside the repo. */
const show = (p: string) => (p.startsWith(REPO_ROOT + path.sep) ? path.relative(REPO_ROOT, p) : p);
const MAX_LINES_PER_FILE = 20;
const MAX_LINKS_SHOWN = 100;

const steps: StepResult[] = [];
const reportDir = mkdtempSync(path.join(tmpdir(), 'cds-test-'));
let server: ServedSite | undefined;
let stopping = false;
let signalExit: number | undefined;

type Outcome = Partial<Omit<StepResult, 'name' | 'ms'>>;

async function step(name: string, fn: () => Promise<Outcome>): Promise<void> {
  if (stopping) return;
  say(`\n▶ ${name}`);
  const start = performance.now();
  let outcome: Outcome;
  try {
    outcome = await fn();
  } catch (err) {
    const msg = err instanceof Error ? (err.stack ?? err.message) : String(err);
    outcome = { crashed: msg.split('\n')[0], details: msg.split('\n').slice(0, 15) };
  }
  const result: StepResult = {
    name,
    passed: outcome.passed ?? 0,
    failed: outcome.failed ?? 0,
    ms: performance.now() - start,
    details: outcome.details ?? [],
    ...(outcome.skipped ? { skipped: outcome.skipped } : {}),
    ...(outcome.crashed ? { crashed: outcome.crashed } : {}),
  };
  if (result.crashed && result.failed === 0) result.failed = 1;
  steps.push(result);
  const counts = result.skipped ? `skipped (${result.skipped})` : `${result.passed} passed, ${result.failed} failed`;
  say(`${result.failed > 0 ? '✘' : '✔'} ${name}: ${counts} in ${formatMs(result.ms)}`);
}

/** A missing prerequisite: a failure, or a skip under CDS_QUICK. */
function missing(what: string): Outcome {
  if (QUICK) return { skipped: `${what} (CDS_QUICK)` };
  return { failed: 1, details: [`prerequisite missing: ${what}`, 'set CDS_QUICK=1 to skip steps whose prerequisites are missing'] };
}

/** Outcome of a command counted as one check. */
function oneCheck(what: string, r: RunResult): Outcome {
  if (r.ok) return { passed: 1 };
  const why = r.error ?? (r.signal ? `killed by ${r.signal}` : `exit code ${r.code}`);
  return { failed: 1, details: [`${what} failed: ${why}`, '--- output tail ---', ...r.tail] };
}

const npx = (label: string, args: string[], timeoutMs: number, env?: Record<string, string>) =>
  runCommand('npx', ['--no-install', ...args], { label, cwd: REPO_ROOT, timeoutMs, ...(env ? { env } : {}) });

async function vitest(project: 'unit' | 'e2e', env?: Record<string, string>): Promise<Outcome> {
  const json = path.join(reportDir, `${project}.json`);
  const r = await npx(
    project,
    ['vitest', 'run', '--project', project, '--reporter=dot', '--reporter=json', `--outputFile.json=${json}`],
    30 * MIN,
    env,
  );
  const counts = countVitest(json, r.error ? null : r.code, REPO_ROOT);
  const details = [...counts.failures];
  if (r.error) details.unshift(`vitest ${r.error}`);
  if (counts.failed > 0 || r.error) details.push('--- output tail ---', ...r.tail);
  return { passed: counts.passed, failed: counts.failed, details, ...(r.error ? { crashed: r.error } : {}) };
}

const hasTests = (dir: string) =>
  existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.test.ts'));
const hasDist = () => existsSync(path.join(DIST, 'index.html'));

async function main(): Promise<number> {
  let buildFailed = false;
  say(`cds-vn tests — dist: ${show(DIST)}${QUICK ? ' (CDS_QUICK)' : ''}`);

  await step('typecheck', async () => {
    if (existsSync(path.join(REPO_ROOT, 'scripts/ingest/cli.ts'))) {
      const ingest = await npx('ingest', ['tsx', 'scripts/ingest/cli.ts'], 15 * MIN);
      if (!ingest.ok) return oneCheck('ingest (needed for content collections)', ingest);
    }
    return oneCheck('astro check', await npx('typecheck', ['astro', 'check'], 15 * MIN));
  });

  await step('unit', async () => {
    if (!hasTests(path.join(REPO_ROOT, 'tests/unit'))) return missing('no tests/unit/**/*.test.ts');
    return vitest('unit');
  });

  await step('build', async () => {
    if (truthy(process.env.SKIP_BUILD) && hasDist()) return { skipped: `SKIP_BUILD, using existing ${show(DIST)}` };
    const r = await runCommand('npm', ['run', 'build'], { label: 'build', cwd: REPO_ROOT, timeoutMs: 45 * MIN, maxStreamLines: 120 });
    buildFailed = !r.ok;
    return oneCheck('npm run build', r);
  });

  // A failed build may leave a stale or partial dist: test nothing then.
  if (hasDist() && !buildFailed) server = await serveDir(DIST, { base: BASE_PATH });
  const noSite = () => missing(buildFailed ? 'a successful build' : `built site (${show(DIST)}/index.html)`);

  await step('e2e', async () => {
    if (!server) return noSite();
    if (!hasTests(path.join(REPO_ROOT, 'tests/e2e'))) return missing('no tests/e2e/**/*.test.ts');
    try {
      findChromium();
    } catch (err) {
      return missing((err as Error).message);
    }
    say(`[e2e] site served at ${server.url}`);
    return vitest('e2e', { SITE_UNDER_TEST_URL: server.url, DIST_DIR: DIST, BASE_PATH });
  });

  await step('html-validate', async () => {
    if (!server) return noSite();
    const results = await validateHtmlDir(DIST);
    const failing = results.filter((r) => r.messages.length > 0);
    const details: string[] = [];
    for (const f of failing) {
      details.push(`${f.file} (${f.messages.length} error${f.messages.length === 1 ? '' : 's'})`);
      details.push(...f.messages.slice(0, MAX_LINES_PER_FILE).map((m) => `    ${m}`));
      if (f.messages.length > MAX_LINES_PER_FILE) details.push(`    … ${f.messages.length - MAX_LINES_PER_FILE} more`);
    }
    for (const f of failing.slice(0, 30)) say(`[html] ✘ ${f.file}: ${f.messages.length} error(s), first: ${f.messages[0]}`);
    if (failing.length > 30) say(`[html] … ${failing.length - 30} more files with errors`);
    say(`[html] ${results.length} files validated, ${failing.length} with errors`);
    return { passed: results.length - failing.length, failed: failing.length, details };
  });

  await step('links', async () => {
    if (!server) return noSite();
    const { broken, scanned, skipped } = await checkLinks(server.url);
    say(`[links] ${scanned} links checked, ${skipped} skipped (other hosts, mailto:, …), ${broken.length} broken`);
    const rel = (u: string) => (server && u.startsWith(server.url) ? `/${u.slice(server.url.length)}` : u);
    const why = (b: { url: string; status: number }) => (b.status === 200 && b.url.includes('#') ? 'no such #anchor' : b.status || 'no response');
    const details = broken.slice(0, MAX_LINKS_SHOWN).map((b) => `${why(b)}: ${rel(b.url)}  ← ${b.parent ? rel(b.parent) : '(start)'}`);
    if (broken.length > MAX_LINKS_SHOWN) details.push(`… ${broken.length - MAX_LINKS_SHOWN} more`);
    for (const line of details.slice(0, 10)) say(`[links] ${line}`);
    return broken.length === 0 ? { passed: 1 } : { failed: 1, details: [`${broken.length} broken link(s):`, ...details] };
  });

  await server?.close();
  server = undefined;
  const { failed } = printSummary(steps);
  return failed > 0 || steps.some((s) => s.crashed) ? 1 : 0;
}

function cleanup(): void {
  killAll('SIGKILL');
  rmSync(reportDir, { recursive: true, force: true });
}

process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    signalExit = sig === 'SIGINT' ? 130 : 143;
    console.error(`\n${sig} received: stopping children and the server`);
    killAll('SIGTERM');
    void server?.close();
    setTimeout(() => process.exit(signalExit), 3000).unref();
  });
}

main().then(
  (code) => {
    process.exitCode = signalExit ?? code;
  },
  (err: unknown) => {
    console.error('test runner crashed:', err);
    printSummary([...steps, { name: 'runner', passed: 0, failed: 1, crashed: String(err), ms: 0, details: [] }]);
    process.exitCode = 1;
  },
);
