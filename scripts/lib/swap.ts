import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Puts the finished folder `fresh` in the place of `target` with renames only, so `target` is
 * always either the old folder or the new one (the ingest's content/articles/ and the build's
 * dist/ are both replaced this way). */
export function replaceDir(fresh: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
}
