/**
 * Step results, counting from the Vitest and Playwright JSON reports, and the final summary
 * line of `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface StepResult {
  name: string;
  passed: number;
  failed: number;
  /** Set when the step did not run (SKIP_BUILD). */
  skipped?: string;
  /** Set when the step could not complete (spawn error, timeout, exception). */
  crashed?: string;
  ms: number;
  /** Lines explaining failures, printed in the failure report. */
  details: string[];
}

/** Tests counted from one runner's report. */
export interface TestCounts {
  passed: number;
  failed: number;
  /** One line per failing test or broken test file. */
  failures: string[];
}

interface VitestJson {
  numPassedTests?: number;
  numFailedTests?: number;
  success?: boolean;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

const firstLine = (s: string) => (s.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300);

/** A parsed JSON report, or the one failure that stands for a missing or unreadable one. */
function readReport<T>(jsonFile: string, runner: string, exitCode: number | null): { data: T } | { counts: TestCounts } {
  if (!existsSync(jsonFile)) {
    return { counts: { passed: 0, failed: 1, failures: [`no ${runner} JSON report was written (exit code ${exitCode})`] } };
  }
  try {
    return { data: JSON.parse(readFileSync(jsonFile, 'utf8')) as T };
  } catch (err) {
    return { counts: { passed: 0, failed: 1, failures: [`unreadable ${runner} JSON report: ${String(err)}`] } };
  }
}

/** A non-zero exit with nothing failing (an unhandled error, no test files) is one failure. */
function failOnExit(counts: TestCounts, runner: string, exitCode: number | null): TestCounts {
  if (exitCode === 0 || counts.failed > 0) return counts;
  const failures = [...counts.failures, `${runner} exited with code ${exitCode} although no test failed (unhandled error or no test files?)`];
  return { ...counts, failed: 1, failures };
}

/**
 * Count tests from a Vitest `--reporter=json` file. A test file that failed
 * to load (no failing test inside, but status "failed") counts as one failure,
 * and so does a non-zero exit with nothing failing (e.g. an unhandled error).
 */
export function countVitest(jsonFile: string, exitCode: number | null, root = process.cwd()): TestCounts {
  const report = readReport<VitestJson>(jsonFile, 'Vitest', exitCode);
  if ('counts' in report) return report.counts;
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  for (const file of report.data.testResults ?? []) {
    const rel = path.relative(root, file.name);
    let fileFailed = 0;
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') {
        failed++;
        fileFailed++;
        failures.push(`${rel} > ${t.fullName}: ${firstLine(t.failureMessages?.[0] ?? '')}`);
      }
    }
    if (file.status === 'failed' && fileFailed === 0) {
      failed++;
      failures.push(`${rel}: ${firstLine(file.message ?? '') || 'test file failed'}`);
    }
  }
  return failOnExit({ passed, failed, failures }, 'vitest', exitCode);
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; file?: string; line?: number; tests: { status: string; results?: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightJson {
  suites?: PlaywrightSuite[];
  errors?: { message?: string }[];
}

/**
 * Count tests from a Playwright JSON report: a test whose outcome is "expected" passed;
 * "unexpected" or "flaky" failed; skipped ones are not counted. Each error outside a test
 * (a web server that did not start, a test file that does not load) is one failure, and so is
 * a non-zero exit with nothing failing.
 */
export function countPlaywright(jsonFile: string, exitCode: number | null): TestCounts {
  const report = readReport<PlaywrightJson>(jsonFile, 'Playwright', exitCode);
  if ('counts' in report) return report.counts;
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status === 'expected') passed++;
        else if (t.status === 'unexpected' || t.status === 'flaky') {
          failed++;
          const error = t.results?.find((r) => r.error)?.error?.message ?? t.status;
          failures.push(`${spec.file ?? suite.file ?? ''}:${spec.line ?? 0} > ${[...titles, spec.title].join(' > ')}: ${firstLine(stripAnsi(error))}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.data.suites ?? []) walk(suite, []);
  for (const e of report.data.errors ?? []) {
    failed++;
    failures.push(`error outside a test: ${firstLine(stripAnsi(e.message ?? ''))}`);
  }
  return failOnExit({ passed, failed, failures }, 'playwright', exitCode);
}

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}

export function stepStatus(s: StepResult): string {
  if (s.skipped) return 'SKIP';
  if (s.crashed) return 'CRASH';
  return s.failed > 0 ? 'FAIL' : 'PASS';
}

/** Print the failure report, the step table and the final `N passed, M failed` line. */
export function printSummary(steps: StepResult[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): { passed: number; failed: number } {
  const bad = steps.filter((s) => s.failed > 0 || s.crashed);
  if (bad.length > 0) {
    out('');
    out('──────── failures ────────');
    for (const s of bad) {
      out(`■ ${s.name}${s.crashed ? ` (crashed: ${s.crashed})` : ''}`);
      for (const line of s.details) out(`  ${line}`);
    }
  }
  out('');
  out('──────── summary ────────');
  const width = Math.max(...steps.map((s) => s.name.length), 4);
  for (const s of steps) {
    const counts = s.skipped ? `skipped: ${s.skipped}` : `${s.passed} passed, ${s.failed} failed`;
    out(`${stepStatus(s).padEnd(5)} ${s.name.padEnd(width)}  ${counts}  (${formatMs(s.ms)})`);
  }
  const passed = steps.reduce((n, s) => n + s.passed, 0);
  const failed = steps.reduce((n, s) => n + s.failed, 0);
  out(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}
