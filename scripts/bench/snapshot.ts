/**
 * The project as the benchmark builds it: a copy of the working tree taken once at the start (so
 * every size builds the same code while others keep editing), sharing this repo's node_modules.
 */
import { cpSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Whether the tree entry at `rel` (relative to the repo root) is copied into the snapshot: not
 * node_modules, .git, Astro's .astro, build outputs (dist, dist.old, .dist.tmp-…) or generated articles. */
export function keepInSnapshot(rel: string): boolean {
  const parts = rel.split(sep).join('/').split('/');
  const top = parts[0] ?? '';
  if (['node_modules', '.git', '.astro'].includes(top) || /^\.?dist\b/.test(top)) return false;
  return !(top === 'content' && parts[1] === 'articles');
}

/** Copies the project at `root` into `dest` and links `root`'s node_modules into it. */
export function snapshotProject(root: string, dest: string): void {
  cpSync(root, dest, { recursive: true, filter: (src) => keepInSnapshot(relative(root, src)) });
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
}
