/**
 * Step results, Vitest JSON counting and the final summary of `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface StepResult {
  name: string;
  passed: number;
  failed: number;
  /** Set when the step did not run (only with CDS_QUICK). */
  skipped?: string;
  /** Set when the step could not complete (spawn error, timeout, exception). */
  crashed?: string;
  ms: number;
  /** Lines explaining failures, printed in the failure report. */
  details: string[];
}

export interface VitestCounts {
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

/**
 * Count tests from a Vitest `--reporter=json` file. A test file that failed
 * to load (no failing test inside, but status "failed") counts as one failure,
 * and so does a non-zero exit with nothing failing (e.g. an unhandled error).
 */
export function countVitest(jsonFile: string, exitCode: number | null, root = process.cwd()): VitestCounts {
  if (!existsSync(jsonFile)) {
    return { passed: 0, failed: 1, failures: [`no Vitest JSON report was written (exit code ${exitCode})`] };
  }
  let data: VitestJson;
  try {
    data = JSON.parse(readFileSync(jsonFile, 'utf8')) as VitestJson;
  } catch (err) {
    return { passed: 0, failed: 1, failures: [`unreadable Vitest JSON report: ${String(err)}`] };
  }
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  for (const file of data.testResults ?? []) {
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
  if (exitCode !== 0 && failed === 0) {
    failed++;
    failures.push(`vitest exited with code ${exitCode} although no test failed (unhandled error or no test files?)`);
  }
  return { passed, failed, failures };
}

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
