import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Puts the finished folder `fresh` in the place of `target` with renames only, so `target` is
 * always either the old folder or the new one (the ingest's content/articles/ and the build's
 * dist/ are both replaced this way). Throws, with `target` as it was, when `fresh` cannot be moved. */
export function replaceDir(fresh: string, target: string): void {
  if (!existsSync(fresh)) throw new Error(`${fresh}: no folder to put in place of ${target}`);
  const old = `${target}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (e) {
    if (hadTarget) renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
