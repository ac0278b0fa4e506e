/**
 * The project as the benchmark builds it: a copy of the working tree taken once at the start (so
 * every size builds the same code while others keep editing), sharing this repo's node_modules, with
 * the data stories' references pinned to the articles they resolve to today, so that generated
 * articles can never make a reference ambiguous (see `pinStory`).
 */
import { cpSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, stringify } from 'yaml';
import { allMetrics } from '../../src/lib/articles';
import { parseRef, resolveRef, type KnownIds } from '../../src/lib/stories-refs';
import type { Article } from '../../src/schemas/article';
import type { RefInput } from '../../src/schemas/story';

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

/** A story file as far as pinning reads it. */
interface StoryFile { slug?: string; refs?: Record<string, RefInput> }

/**
 * `story` with each reference that names no article pinned to the article it resolves to among
 * `articles` (other fields kept). A reference such as `egdi-rank` picks one metric among the five
 * seeds but several once more articles report the same indicator; pinned, it keeps picking the same
 * metric at any corpus size. References that do not resolve are left as they are (the build reports them).
 */
export function pinStory<T extends StoryFile>(story: T, articles: Article[], known: KnownIds): { story: T; pinned: number } {
  const metrics = allMetrics(articles);
  const refs: Record<string, RefInput> = {};
  let pinned = 0;
  for (const [name, input] of Object.entries(story.refs ?? {})) {
    const sel = parseRef(input);
    if (sel.article !== undefined) { refs[name] = input; continue; }
    try {
      const found = resolveRef(input, metrics, known, name);
      refs[name] = { ...sel, article: found.article.slug };
      pinned++;
    } catch {
      refs[name] = input;
    }
  }
  return { story: story.refs ? { ...story, refs } : story, pinned };
}

/** Pins the references of every story file (`*.yaml`) in `dir`, in place; returns how many. */
export function pinStoriesDir(dir: string, articles: Article[], indicatorIds: string[]): number {
  const known: KnownIds = { indicators: new Set(indicatorIds), articles: new Set(articles.map((a) => a.slug)) };
  let total = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
    const file = join(dir, f);
    const { story, pinned } = pinStory(parse(readFileSync(file, 'utf8')) as StoryFile, articles, known);
    if (pinned > 0) writeFileSync(file, stringify(story));
    total += pinned;
  }
  return total;
}
