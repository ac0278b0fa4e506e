import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GNU_TIME, descendants, lineSplitter, parseStatPpid, parseTimeOutput, parseVmRss, runMeasured, stagePeaks, treeRss } from '../../../scripts/bench/measure';

describe('parseStatPpid', () => {
  it('parseStatPpid reads the parent pid after the command name', () => {
    expect(parseStatPpid('1234 (node) S 42 1234 1234 0 -1 4194560')).toBe(42);
  });
  it('parseStatPpid copes with spaces and parentheses in the command name', () => {
    expect(parseStatPpid('77 (tsx (watch) x) R 9 77 77')).toBe(9);
  });
  it('parseStatPpid is undefined for garbage', () => {
    expect(parseStatPpid('')).toBeUndefined();
  });
});

describe('parseVmRss', () => {
  it('parseVmRss reads VmRSS in bytes', () => {
    expect(parseVmRss('Name:\tnode\nVmPeak:\t 900 kB\nVmRSS:\t  123456 kB\nThreads: 7\n')).toBe(123456 * 1024);
  });
  it('parseVmRss is 0 without a VmRSS line (a zombie)', () => {
    expect(parseVmRss('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0);
  });
});

describe('parseTimeOutput', () => {
  it('parseTimeOutput adds user and system seconds', () => {
    expect(parseTimeOutput('12.34 1.02\n')).toBeCloseTo(13.36);
  });
  it('parseTimeOutput takes the last line (after a "Command exited" notice) and is NaN for garbage', () => {
    expect(parseTimeOutput('Command exited with non-zero status 1\n0.50 0.25\n')).toBeCloseTo(0.75);
    expect(parseTimeOutput('')).toBeNaN();
  });
});

describe('descendants', () => {
  it('descendants lists the root and every process below it, not its siblings', () => {
    const parentOf = new Map([[10, 1], [11, 10], [12, 11], [13, 10], [20, 1]]);
    expect(descendants(10, parentOf).sort()).toEqual([10, 11, 12, 13]);
  });
});

describe('treeRss and runMeasured', () => {
  it('treeRss(process.pid) is this process\'s memory at least, on Linux', () => {
    if (process.platform !== 'linux') return;
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
  });
  it('runMeasured runs a command and reports exit code, time, memory and output', async () => {
    const m = await runMeasured(process.execPath, ['-e', 'const a = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => { console.log("done", a.length); }, 300);'], { cwd: process.cwd() });
    expect(m.code).toBe(0);
    expect(m.seconds).toBeGreaterThan(0);
    expect(m.tail).toContain(`done ${64 * 1024 * 1024}`);
    if (process.platform === 'linux') expect(m.peakRss).toBeGreaterThan(64 * 1024 * 1024);
    if (existsSync(GNU_TIME)) expect(m.cpuSeconds).toBeGreaterThan(0);
    else expect(m.cpuSeconds).toBeNaN();
  });
});

describe('lineSplitter', () => {
  it('lineSplitter joins a line cut between chunks and flushes the last one at the end', () => {
    const lines: string[] = [];
    const s = lineSplitter((l) => lines.push(l));
    s.push('[build] ing');
    s.push('est: 1.00 s\n[build] astro');
    s.push(': 2.00 s\nrest');
    s.end();
    expect(lines).toEqual(['[build] ingest: 1.00 s', '[build] astro: 2.00 s', 'rest']);
  });
});

describe('stagePeaks', () => {
  it('stagePeaks gives the highest sample between one stage line and the next', () => {
    const samples: [number, number][] = [[0.1, 100], [0.5, 300], [1.1, 900], [1.6, 400], [2.5, 50]];
    const marks: [number, string][] = [[1.0, '[build] ingest: 0.9 s'], [2.0, '[build] astro: 1.0 s']];
    expect(stagePeaks(samples, marks, /^\[build\] (\w+):/)).toEqual([['ingest', 300], ['astro', 900]]);
  });
});
