/**
 * Runs a command and measures its wall time and the peak resident memory of its whole process tree
 * (node, Pagefind's binary, any worker), by polling /proc. Linux only; elsewhere RSS reads as 0.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

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

export interface Measured {
  code: number | null;
  /** Wall-clock seconds from spawn to exit. */
  seconds: number;
  /** Highest summed RSS of the process tree seen while polling, in bytes. */
  peakRss: number;
  /** Last lines of stdout and stderr, for error messages. */
  tail: string[];
}

export interface MeasureOptions { cwd: string; env?: NodeJS.ProcessEnv; pollMs?: number; tailLines?: number }

/** Runs `cmd args` and resolves when it exits, with its time and peak memory. */
export function runMeasured(cmd: string, args: string[], { cwd, env, pollMs = 50, tailLines = 30 }: MeasureOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (chunk: Buffer) => {
      tail.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
      if (tail.length > tailLines) tail.splice(0, tail.length - tailLines);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakRss = 0;
    const poll = () => { if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid)); };
    const timer = setInterval(poll, pollMs);
    child.on('error', (e) => { clearInterval(timer); reject(e); });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: (performance.now() - t0) / 1000, peakRss, tail });
    });
  });
}
