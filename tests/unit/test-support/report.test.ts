import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countVitest, printSummary, type StepResult } from '../../../scripts/test/report';

const tmp = mkdtempSync(path.join(tmpdir(), 'report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function json(name: string, data: unknown): string {
  const file = path.join(tmp, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

describe('countVitest', () => {
  it('counts passed and failed tests, ignoring skipped ones', () => {
    const file = json('a.json', {
      testResults: [
        {
          name: '/repo/tests/unit/a.test.ts',
          status: 'failed',
          assertionResults: [
            { fullName: 'a works', status: 'passed' },
            { fullName: 'a breaks', status: 'failed', failureMessages: ['AssertionError: expected 1 to be 2\n    at x'] },
            { fullName: 'a later', status: 'skipped' },
            { fullName: 'a todo', status: 'todo' },
          ],
        },
        { name: '/repo/tests/unit/b.test.ts', status: 'passed', assertionResults: [{ fullName: 'b', status: 'passed' }] },
      ],
    });
    expect(countVitest(file, 1, '/repo')).toEqual({
      passed: 2,
      failed: 1,
      failures: ['tests/unit/a.test.ts > a breaks: AssertionError: expected 1 to be 2'],
    });
  });

  it('counts a test file that failed to load as one failure', () => {
    const file = json('b.json', {
      testResults: [{ name: '/repo/t/c.test.ts', status: 'failed', message: "Cannot find module './x'", assertionResults: [] }],
    });
    expect(countVitest(file, 1, '/repo')).toEqual({ passed: 0, failed: 1, failures: ["t/c.test.ts: Cannot find module './x'"] });
  });

  it('counts a non-zero exit without failing tests as one failure', () => {
    const file = json('c.json', { testResults: [{ name: '/r/d.test.ts', status: 'passed', assertionResults: [{ fullName: 'd', status: 'passed' }] }] });
    const counts = countVitest(file, 1, '/r');
    expect(counts.passed).toBe(1);
    expect(counts.failed).toBe(1);
    expect(counts.failures[0]).toMatch(/exited with code 1/);
    expect(countVitest(file, 0, '/r')).toEqual({ passed: 1, failed: 0, failures: [] });
  });

  it('fails when the report is missing or unreadable', () => {
    expect(countVitest(path.join(tmp, 'missing.json'), 1)).toMatchObject({ passed: 0, failed: 1 });
    expect(countVitest(json('bad.json', '{not json'), 0)).toMatchObject({ passed: 0, failed: 1 });
  });
});

describe('printSummary', () => {
  const step = (s: Partial<StepResult> & { name: string }): StepResult => ({ passed: 0, failed: 0, ms: 10, details: [], ...s });

  it('sums all steps and ends with exactly "N passed, M failed"', () => {
    const lines: string[] = [];
    const total = printSummary(
      [
        step({ name: 'typecheck', passed: 1 }),
        step({ name: 'unit', passed: 40, failed: 2, details: ['x > y: boom'] }),
        step({ name: 'build', skipped: 'SKIP_BUILD' }),
        step({ name: 'links', failed: 1, crashed: 'timed out' }),
      ],
      (l) => lines.push(l),
    );
    expect(total).toEqual({ passed: 41, failed: 3 });
    expect(lines.at(-1)).toBe('41 passed, 3 failed');
    const text = lines.join('\n');
    expect(text).toContain('■ unit');
    expect(text).toContain('  x > y: boom');
    expect(text).toContain('■ links (crashed: timed out)');
    expect(text).toMatch(/SKIP\s+build\s+skipped: SKIP_BUILD/);
    expect(text).not.toContain('■ typecheck');
  });

  it('prints no failure section when everything passed', () => {
    const lines: string[] = [];
    printSummary([step({ name: 'unit', passed: 3 })], (l) => lines.push(l));
    expect(lines.join('\n')).not.toContain('failures');
    expect(lines.at(-1)).toBe('3 passed, 0 failed');
  });
});
