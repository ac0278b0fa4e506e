/**
 * The measured builds of one benchmark size: our full build (ingest → Astro → search → packaging)
 * and the plain-Astro baseline over the same generated entries.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeBaselineProject } from './baseline';
import { runMeasured, stagePeaks } from './measure';
import { parseRouteTimes, routeTimesByGroup, type RouteGroupTime } from './route-times';
import { dirSize } from './sizes';

/** Stage seconds as the cds integration (src/integrations/cds.ts) writes them to BUILD_TIMES_FILE. */
export type StageTimes = Record<string, number>;

export interface BuildResult {
  /** Stage seconds reported by the build itself (ingest, astro, relativize, search, package, total). */
  times: StageTimes;
  /** Wall seconds of the whole process, start-up included. */
  wall: number;
  /** Peak RSS of the build's process tree, bytes. */
  peakRss: number;
  /** User + system CPU seconds of the build's process tree (NaN when unknown). */
  cpu: number;
  /** HTML pages written. */
  pages: number;
  /** Bytes of the output folder and of its pagefind/ index. */
  distBytes: number;
  indexBytes: number;
  /** Astro's page generation time per page kind (our build only). */
  routes?: RouteGroupTime[];
  /** Peak RSS of the process tree during each stage, in stage order (our build only). */
  stagePeaks?: [string, number][];
}

/** Environment of both measured builds, as `npm run build` sets it (package.json): Rolldown's
 * allocator (mimalloc) returns freed memory to the system at once instead of keeping it for
 * reuse, which lowers the peak RSS of a large build by about 0.4 GB at 1,000 articles. The
 * baseline gets it too, so the comparison stays fair. */
export const BUILD_ENV = { MIMALLOC_PURGE_DELAY: '0' } as const;

/** Node's flags for a build, as `npm run build` gives them: the collector exposed for
 * scripts/build/memory.ts. */
export const BUILD_NODE_FLAGS = ['--expose-gc'] as const;

/** Astro's command-line entry, run by Node directly so that BUILD_NODE_FLAGS reach it. */
export const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';

/** The line the cds integration prints when a stage ends: "[build] astro: 12.34 s". */
export const STAGE_LINE = /^\[build\] (\w+): [\d.]+ s$/;

/** Number of `*.html` files below `dir`. */
export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** The Astro cache folder the cds integration uses for a content folder (so the bench can remove it). */
export function astroCacheDirFor(root: string, contentDir: string): string {
  return join(root, 'node_modules', '.astro', createHash('sha256').update(contentDir).digest('hex').slice(0, 12));
}

function readTimes(file: string, tail: string[]): StageTimes {
  if (!existsSync(file)) throw new Error(`build wrote no times (${file}):\n${tail.join('\n')}`);
  return JSON.parse(readFileSync(file, 'utf8')) as StageTimes;
}

export interface SiteBuildOptions {
  root: string;
  seeds: string;
  content: string;
  out: string;
  timesFile: string;
  /** Folder for V8 CPU profiles (`--cpu-prof`), when profiling. */
  profileDir?: string;
  /** Called with each stage line ("[build] astro: 12.34 s") as the build prints it. */
  onStage?: (line: string) => void;
}

/** Runs `astro build` over the corpus in a fresh Node process and measures it. */
export async function runSiteBuild(o: SiteBuildOptions): Promise<BuildResult> {
  rmSync(o.timesFile, { force: true });
  const prof = o.profileDir ? ['--cpu-prof', '--cpu-prof-dir', o.profileDir] : [];
  const args = [...prof, ...BUILD_NODE_FLAGS, ASTRO_BIN, 'build', '--outDir', o.out];
  const logFile = `${o.timesFile}.log`;
  const m = await runMeasured(process.execPath, args, { cwd: o.root, env: { ...BUILD_ENV, BUILD_TIMES_FILE: o.timesFile, CDS_SEEDS: o.seeds, CDS_CONTENT: o.content, ASTRO_LOG: 'info' }, logFile, markers: STAGE_LINE, ...(o.onStage ? { onMark: o.onStage } : {}) });
  if (m.code !== 0) throw new Error(`build failed (exit ${m.code}):\n${m.tail.filter((l) => /error|failed/i.test(l)).slice(-8).join('\n') || m.tail.join('\n')}`);
  return {
    routes: routeTimesByGroup(parseRouteTimes(readFileSync(logFile, 'utf8'))),
    stagePeaks: stagePeaks(m.samples, m.marks, STAGE_LINE),
    times: readTimes(o.timesFile, m.tail),
    wall: m.seconds,
    peakRss: m.peakRss,
    cpu: m.cpuSeconds,
    pages: countHtml(o.out),
    distBytes: dirSize(o.out),
    indexBytes: dirSize(join(o.out, 'pagefind')),
  };
}

/** Builds the baseline project in `dir` over the entries in `content`, and measures it. */
export async function runBaselineBuild(root: string, dir: string, content: string): Promise<BuildResult> {
  writeBaselineProject(dir, resolve(content), join(root, 'node_modules'));
  const timesFile = join(dir, 'times.json');
  const m = await runMeasured(process.execPath, ['build.mjs'], { cwd: dir, env: { ...BUILD_ENV, BUILD_TIMES_FILE: timesFile } });
  if (m.code !== 0) throw new Error(`baseline build failed (exit ${m.code}):\n${m.tail.join('\n')}`);
  const out = join(dir, 'dist');
  return {
    times: readTimes(timesFile, m.tail),
    wall: m.seconds,
    peakRss: m.peakRss,
    cpu: m.cpuSeconds,
    pages: countHtml(out),
    distBytes: dirSize(out),
    indexBytes: dirSize(join(out, 'pagefind')),
  };
}
