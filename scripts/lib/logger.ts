/** The one place build scripts print through. Quiet mode keeps errors only. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger writing to the process streams, prefixed with `scope`. */
export function createLogger(scope: string, { quiet = false } = {}): Logger {
  return {
    info: (m) => { if (!quiet) process.stdout.write(`[${scope}] ${m}\n`); },
    warn: (m) => { if (!quiet) process.stderr.write(`[${scope}] warning: ${m}\n`); },
    error: (m) => process.stderr.write(`[${scope}] error: ${m}\n`),
  };
}

/** A logger that remembers messages, for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`), error: (m) => lines.push(`error: ${m}`) };
}
