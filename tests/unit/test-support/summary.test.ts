import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPlaywright, countVitest, printSummary, type StepResult } from '../../support/summary';

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

describe('countPlaywright', () => {
  const spec = (title: string, status: string, message?: string) => ({
    title, file: 'a.test.ts', line: 3, tests: [{ status, results: [message ? { error: { message } } : {}] }],
  });

  it('counts expected tests as passed, unexpected and flaky ones as failed, and ignores skipped ones', () => {
    const file = json('pw.json', {
      suites: [{
        title: 'a.test.ts', file: 'a.test.ts',
        specs: [spec('top', 'expected')],
        suites: [{ title: 'group', specs: [spec('ok', 'expected'), spec('bad', 'unexpected', '\u001b[31mError: expect(received).toBe(expected)\u001b[39m\n  at x'), spec('later', 'skipped'), spec('flaky', 'flaky', 'boom')] }],
      }],
      errors: [],
    });
    expect(countPlaywright(file, 1)).toEqual({
      passed: 2,
      failed: 2,
      failures: ['a.test.ts:3 > group > bad: Error: expect(received).toBe(expected)', 'a.test.ts:3 > group > flaky: boom'],
    });
  });

  it('counts each error outside a test (web server, a file that does not load) as a failure', () => {
    const file = json('pw-errors.json', { suites: [], errors: [{ message: 'Error: Timed out waiting 120000ms from config.webServer.' }, { message: 'SyntaxError: x' }] });
    const counts = countPlaywright(file, 1);
    expect(counts).toMatchObject({ passed: 0, failed: 2 });
    expect(counts.failures[0]).toBe('error outside a test: Error: Timed out waiting 120000ms from config.webServer.');
  });

  it('counts a non-zero exit without failing tests, or a missing report, as one failure', () => {
    const file = json('pw-ok.json', { suites: [{ title: 'b', specs: [spec('b', 'expected')] }] });
    expect(countPlaywright(file, 0)).toEqual({ passed: 1, failed: 0, failures: [] });
    expect(countPlaywright(file, 1)).toMatchObject({ passed: 1, failed: 1 });
    expect(countPlaywright(path.join(tmp, 'none.json'), null)).toMatchObject({ passed: 0, failed: 1 });
    expect(countPlaywright(json('pw-bad.json', '{'), 0)).toMatchObject({ passed: 0, failed: 1 });
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
