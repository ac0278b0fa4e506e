/**
 * Runs a command and measures its wall time and the peak resident memory of its whole process tree
 * (node, Pagefind's binary, any worker), by polling /proc. Linux only; elsewhere RSS reads as 0.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parens). */
export function parseStatPpid(stat: string): number | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = stat.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** Resident set size in bytes from the text of /proc/<pid>/status (0 when absent, e.g. a zombie). */
export function parseVmRss(status: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** `root` and every descendant of it, given each process's parent. */
export function descendants(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

const read = (file: string): string | undefined => {
  try { return readFileSync(file, 'utf8'); } catch { return undefined; }
};

/** Sum of the RSS of `root` and its descendants right now, in bytes. */
export function treeRss(root: number): number {
  const parentOf = new Map<number, number>();
  let pids: string[];
  try { pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)); } catch { return 0; }
  for (const d of pids) {
    const ppid = parseStatPpid(read(`/proc/${d}/stat`) ?? '');
    if (ppid !== undefined) parentOf.set(Number(d), ppid);
  }
  return descendants(root, parentOf).reduce((sum, pid) => sum + parseVmRss(read(`/proc/${pid}/status`) ?? ''), 0);
}

/** Terminal colour codes, stripped from the kept output. */
const ANSI = /\x1b\[[0-9;]*m/g;

export interface Measured {
  code: number | null;
  /** Wall-clock seconds from spawn to exit. */
  seconds: number;
  /** Highest summed RSS of the process tree seen while polling, in bytes. */
  peakRss: number;
  /** User + system CPU seconds of the whole tree (from /usr/bin/time; NaN without it). Less
   * sensitive than wall time to other work on a shared machine. */
  cpuSeconds: number;
  /** Last lines of stdout and stderr, for error messages. */
  tail: string[];
  /** Summed RSS of the tree at each poll: [seconds since start, bytes]. */
  samples: [number, number][];
  /** Lines that matched `markers`: [seconds since start, line]. */
  marks: [number, string][];
}

/** Splits a stream's chunks into whole lines (a line cut between two chunks is joined). */
export function lineSplitter(onLine: (line: string) => void): { push(text: string): void; end(): void } {
  let rest = '';
  return {
    push(text) {
      const parts = (rest + text).split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) onLine(p);
    },
    end() { if (rest) onLine(rest); rest = ''; },
  };
}

/** The highest sample in each stage, a stage ending at its marker: [name, bytes][] in order. The
 * stage name is the marker's capture group 1 (or the whole line). */
export function stagePeaks(samples: [number, number][], marks: [number, string][], marker: RegExp): [string, number][] {
  let from = -Infinity;
  return marks.map(([t, line]) => {
    const name = marker.exec(line)?.[1] ?? line;
    const peak = samples.filter(([ts]) => ts > from && ts <= t).reduce((m, [, rss]) => Math.max(m, rss), 0);
    from = t;
    return [name, peak];
  });
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  pollMs?: number;
  tailLines?: number;
  /** Also write everything the command prints (stdout and stderr) to this file. */
  logFile?: string;
  /** Output lines to remember with the time they appeared (e.g. the build's stage lines). */
  markers?: RegExp;
  /** Called with each marker line as it appears (progress of a long build). */
  onMark?: (line: string) => void;
}

/** User + system seconds from a `/usr/bin/time -f "%U %S"` output file ("12.34 1.02" → 13.36). */
export function parseTimeOutput(text: string): number {
  const m = /([\d.]+)\s+([\d.]+)\s*$/.exec(text.trim());
  return m ? Number(m[1]) + Number(m[2]) : NaN;
}

export const GNU_TIME = '/usr/bin/time';

/** Runs `cmd args` and resolves when it exits, with its time, CPU time and peak memory. */
export function runMeasured(cmd: string, args: string[], { cwd, env, pollMs = 50, tailLines = 30, logFile, markers, onMark }: MeasureOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const timeDir = existsSync(GNU_TIME) ? mkdtempSync(join(tmpdir(), 'bench-time-')) : undefined;
    const timeFile = timeDir ? join(timeDir, 'time.txt') : undefined;
    const [file, argv] = timeFile ? [GNU_TIME, ['-o', timeFile, '-f', '%U %S', cmd, ...args]] : [cmd, args];
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const marks: [number, string][] = [];
    const samples: [number, number][] = [];
    const since = () => (performance.now() - t0) / 1000;
    const log = logFile ? createWriteStream(logFile) : undefined;
    const onLine = (raw: string) => {
      const line = raw.replace(ANSI, '');
      if (line.trim() === '') return;
      tail.push(line);
      if (tail.length > tailLines) tail.shift();
      if (markers?.test(line)) { marks.push([since(), line]); onMark?.(line); }
    };
    const out = lineSplitter(onLine);
    const err = lineSplitter(onLine);
    child.stdout.on('data', (chunk: Buffer) => { log?.write(chunk); out.push(chunk.toString('utf8')); });
    child.stderr.on('data', (chunk: Buffer) => { log?.write(chunk); err.push(chunk.toString('utf8')); });
    let peakRss = 0;
    const poll = () => {
      if (!child.pid) return;
      const rss = treeRss(child.pid);
      samples.push([since(), rss]);
      peakRss = Math.max(peakRss, rss);
    };
    const timer = setInterval(poll, pollMs);
    child.on('error', (e) => { clearInterval(timer); reject(e); });
    child.on('close', (code) => {
      clearInterval(timer);
      out.end();
      err.end();
      const cpuSeconds = timeFile && existsSync(timeFile) ? parseTimeOutput(readFileSync(timeFile, 'utf8')) : NaN;
      if (timeDir) rmSync(timeDir, { recursive: true, force: true });
      log?.end();
      resolve({ code, seconds: since(), peakRss, cpuSeconds, tail, samples, marks });
    });
  });
}
