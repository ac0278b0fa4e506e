import { readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, as posix paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Writes that run on libuv's threads while the caller goes on (see writeBehind). */
export interface WriteBehind {
  /** Starts writing `data` to `path`; waits first while `limit` writes are under way. */
  write(path: string, data: string | Uint8Array): Promise<void>;
  /** Waits for every write started; throws the first failure. */
  settled(): Promise<void>;
}

/** File writes off the main thread, at most `limit` at a time, so the post-build pass parses and
 * prints the next page while the last ones are written. Each path must be written once. */
export function writeBehind(limit = 16): WriteBehind {
  const pending = new Set<Promise<void>>();
  let failure: Error | undefined;
  return {
    async write(path, data) {
      while (pending.size >= limit) await Promise.race(pending);
      if (failure) throw failure;
      const done: Promise<void> = writeFile(path, data).then(
        () => { pending.delete(done); },
        (e: Error) => { failure ??= e; pending.delete(done); },
      );
      pending.add(done);
    },
    async settled() {
      await Promise.all(pending);
      if (failure) throw failure;
    },
  };
}
