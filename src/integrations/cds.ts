/**
 * The cds-vn integration: the whole pipeline inside `astro build` / `astro dev`.
 *
 * - `astro:config:setup`: ingest seeds/ → content/articles/*.mdx before the content layer loads
 *   (a bad seed stops the build: content/ and dist/ stay as they were); the build writes into a
 *   temporary folder beside the output folder.
 * - `astro:server:setup` (dev): re-ingest when a seed, seeds/editorial.yaml,
 *   content/indicators.yaml or content/topics.yaml changes, through Vite's watcher; the content
 *   layer then reloads the changed entries by itself.
 * - Vite: the article entries' MDX modules are compiled without their frontmatter, which the pages
 *   read from the content layer instead (./article-modules.ts).
 * - `astro:build:done`: relative links, the Pagefind index, the offline zip (scripts/build/finish.ts,
 *   page by page: memory does not grow with the site; pages Astro wrote unchanged since the last
 *   build are taken from it, scripts/build/reuse.ts), then the temporary folder replaces the
 *   output folder, only when every stage has succeeded. Memory is settled between the stages
 *   (scripts/build/memory.ts settleMemory): Astro's garbage and the pass's would otherwise stay
 *   resident beside Pagefind's process, the build's peak.
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articleModules } from './article-modules';
import { finishSite } from '../../scripts/build/finish';
import { releaseMemory, settleMemory } from '../../scripts/build/memory';
import { passVersion } from '../../scripts/build/reuse';
import { searchClientMiddleware, writeSearchClient } from '../../scripts/build/bundle-search';
import { runIngest } from '../../scripts/ingest/run';
import { createLogger } from '../../scripts/lib/logger';
import { replaceDir } from '../../scripts/lib/swap';

/** Options (astro.config.mjs reads them from the environment once; paths relative to the root). */
export interface CdsOptions {
  /** Folder of the seed texts and editorial.yaml (default `seeds`). */
  seeds?: string;
  /** Folder the ingest writes the article entries to, and the collection reads (default `content/articles`). */
  content?: string;
  /** Build the offline zip (default true). */
  zip?: boolean;
  /** Where to write the seconds per stage as JSON (benchmarks). */
  timesFile?: string;
  /** Turn every ingest warning into an error (default false). */
  strict?: boolean;
  /** Take the pages Astro writes unchanged from the last build instead of processing them again
   * (default true; scripts/build/reuse.ts). */
  incremental?: boolean;
}

/** Module through which src/content.config.ts learns the articles folder. */
export const CONTENT_MODULE = 'virtual:cds/content';

/** A separate Astro cache per content folder, so test and benchmark corpora never mix with the site's. */
export function cacheDirFor(root: string, contentDir: string): string {
  return join(root, 'node_modules', '.astro', createHash('sha256').update(contentDir).digest('hex').slice(0, 12));
}

/** The inputs whose change means re-ingesting: the seeds folder and the two lexicons. */
export function ingestInputs(root: string, seedsDir: string): string[] {
  return [seedsDir, join(root, 'content/indicators.yaml'), join(root, 'content/topics.yaml')];
}

/** Whether the changed `file` is one of `inputs` or inside one of them. */
export function isIngestInput(file: string, inputs: string[]): boolean {
  return inputs.some((p) => file === p || file.startsWith(`${p}/`));
}

/** Rolldown warning handler that drops the warning about Astro's own "use astro:head-inject" directive. */
function quietHeadInject(warning: { code?: string; message: string }, warn: (w: never) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning as never);
}

/** Calls `fn` once after `ms` of quiet. */
function debounce(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
}

/** The integration; see the module comment. */
export default function cds(options: CdsOptions = {}): AstroIntegration {
  const log = createLogger('build');
  const times: Record<string, number> = {};
  let root = '';
  let seedsDir = '';
  let contentDir = '';
  let finalOut = '';
  let base = '/';
  let t0 = 0;
  let tAstro = 0;

  async function stage<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    const result = await fn();
    times[name] = (performance.now() - start) / 1000;
    log.info(`${name}: ${times[name]!.toFixed(2)} s`);
    return result;
  }

  /** Runs the ingest (seeds built in worker threads too); false (errors logged) when a seed fails and nothing was written. */
  async function ingest(): Promise<boolean> {
    const result = await runIngest({ seedsDir, outDir: contentDir, root, log: createLogger('ingest'), strict: options.strict ?? false });
    for (const w of result.warnings) log.warn(w);
    for (const e of result.errors) log.error(e);
    return result.ok;
  }

  return {
    name: 'cds-vn',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        t0 = performance.now();
        root = fileURLToPath(config.root);
        base = config.base;
        seedsDir = resolve(root, options.seeds ?? 'seeds');
        contentDir = resolve(root, options.content ?? 'content/articles');
        updateConfig({
          cacheDir: pathToFileURL(`${cacheDirFor(root, contentDir)}/`),
          vite: {
            // Astro marks each rendered MDX entry "use astro:head-inject"; the bundler warns once per entry.
            build: { rolldownOptions: { onwarn: quietHeadInject } },
            plugins: [{
              name: 'cds-vn:content',
              resolveId: (id: string) => (id === CONTENT_MODULE ? `\0${CONTENT_MODULE}` : undefined),
              load: (id: string) => (id === `\0${CONTENT_MODULE}` ? `export const articlesDir = ${JSON.stringify(contentDir)};` : undefined),
            }, articleModules(contentDir)],
          },
        });
        if (command === 'preview') return;
        const ok = await stage('ingest', ingest);
        if (command === 'build') releaseMemory(false); // the ingest's articles and entries, before Astro's own peak
        if (!ok && command !== 'dev') throw new Error('ingest failed: dist/ and content/ are unchanged');
        if (!ok) log.error('ingest failed: the last good entries stay in place');
        if (command !== 'build') return;
        finalOut = fileURLToPath(config.outDir).replace(/\/$/, '');
        const tmp = join(dirname(finalOut), `.${basename(finalOut)}.tmp-${process.pid}`);
        rmSync(tmp, { recursive: true, force: true });
        process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
        updateConfig({ outDir: pathToFileURL(`${tmp}/`) });
        tAstro = performance.now();
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(searchClientMiddleware(base));
        const inputs = ingestInputs(root, seedsDir);
        server.watcher.add(inputs);
        let running = Promise.resolve(true); // one re-ingest at a time
        const again = debounce(() => { log.info('input changed: re-ingesting'); running = running.then(ingest).catch((e: Error) => { log.error(`re-ingest failed: ${e.message}`); return false; }); }, 200);
        server.watcher.on('all', (_event: string, file: string) => { if (isIngestInput(resolve(file), inputs)) again(); });
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir).replace(/\/$/, '');
        times.astro = (performance.now() - tAstro) / 1000;
        log.info(`astro: ${times.astro.toFixed(2)} s`);
        await stage('search-client', () => writeSearchClient(out));
        const zip = options.zip !== false;
        const reuse = options.incremental === false ? undefined
          : { manifest: join(cacheDirFor(root, contentDir), 'cds-pass.json'), outDir: finalOut, version: passVersion(root), zip };
        const finished = await finishSite(out, log, { zip, stage, settle: settleMemory(log), ...(reuse ? { reuse } : {}) });
        if (!existsSync(join(out, 'index.html'))) throw new Error('astro wrote no index.html');
        replaceDir(out, finalOut);
        finished.previous?.save();
        times.total = (performance.now() - t0) / 1000;
        log.info(`done: ${Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(2)}s`).join(', ')}`);
        if (options.timesFile) writeFileSync(options.timesFile, JSON.stringify(times));
      },
    },
  };
}
