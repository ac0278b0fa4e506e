/**
 * Child processes for the test runner: output streamed with a step prefix,
 * a tail kept for the failure report, and every child killed (with its whole
 * process group) on timeout, exit or signal.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunOptions {
  /** Prefix for streamed lines, e.g. 'unit'. */
  label: string;
  cwd?: string;
  /** Extra environment on top of process.env. */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Lines streamed to the console before the rest is only kept as tail. */
  maxStreamLines?: number;
  tailLines?: number;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Spawn failure or timeout, if any. */
  error?: string;
  /** Last `tailLines` lines of combined output. */
  tail: string[];
  ok: boolean;
}

/** Noise this machine's npm prints on every call; not worth streaming. */
const NOISE = [/^npm warn Unknown (user|env) config "nodedir"/];

const children = new Set<ChildProcess>();

/** Logs (CI, tee) get no colour codes unless asked for. */
const plainOutput: Record<string, string> = !process.stdout.isTTY && !process.env.FORCE_COLOR ? { NO_COLOR: '1' } : {};

function killGroup(child: ChildProcess, signal: NodeJS.Signals, evenIfExited = false): void {
  if (child.pid === undefined) return;
  if (!evenIfExited && (child.exitCode !== null || child.signalCode !== null)) return;
  try {
    process.kill(-child.pid, signal); // the child leads its own process group
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Signal every running child's process group. */
export function killAll(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of children) killGroup(child, signal);
}

export function runCommand(cmd: string, args: string[], options: RunOptions): Promise<RunResult> {
  const { label, maxStreamLines = 200, tailLines = 40 } = options;
  const tail: string[] = [];
  let streamed = 0;
  let truncatedNoted = false;

  const emit = (line: string, isErr: boolean) => {
    if (NOISE.some((re) => re.test(line))) return;
    tail.push(line);
    if (tail.length > tailLines) tail.shift();
    if (streamed < maxStreamLines) {
      streamed++;
      (isErr ? process.stderr : process.stdout).write(`[${label}] ${line}\n`);
    } else if (!truncatedNoted) {
      truncatedNoted = true;
      process.stdout.write(`[${label}] … further output not streamed; its tail is shown if the step fails\n`);
    }
  };

  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(cmd, args, {
        cwd: options.cwd,
        env: { ...process.env, ...plainOutput, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // own process group, so the whole tree can be killed
      });
    } catch (err) {
      resolve({ code: null, signal: null, error: `could not start ${cmd}: ${String(err)}`, tail, ok: false });
      return;
    }
    children.add(child);

    const pipe = (stream: NodeJS.ReadableStream | null, isErr: boolean) => {
      if (!stream) return () => {};
      let buf = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buf += chunk;
        const lines = buf.split(/\r?\n/);
        buf = lines.pop() ?? '';
        for (const line of lines) emit(line, isErr);
      });
      return () => {
        if (buf !== '') emit(buf, isErr);
        buf = '';
      };
    };
    const flushOut = pipe(child.stdout, false);
    const flushErr = pipe(child.stderr, true);

    let error: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    if (options.timeoutMs) {
      timer = setTimeout(() => {
        error = `timed out after ${Math.round(options.timeoutMs! / 1000)}s`;
        killGroup(child, 'SIGTERM');
        setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref();
      }, options.timeoutMs);
    }

    child.on('error', (err) => {
      error ??= `could not start ${cmd}: ${err.message}`;
    });
    // If the leader exits but a grandchild keeps the pipes open, 'close'
    // would never come: kill the rest of the group shortly after.
    let reaper: NodeJS.Timeout | undefined;
    child.on('exit', () => {
      reaper = setTimeout(() => killGroup(child, 'SIGKILL', true), 2000);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (reaper) clearTimeout(reaper);
      children.delete(child);
      // Leftover grandchildren (e.g. a browser) die with the group.
      killGroup(child, 'SIGKILL', true);
      flushOut();
      flushErr();
      resolve({ code, signal, error, tail, ok: code === 0 && !error });
    });
  });
}
