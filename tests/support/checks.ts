/**
 * Reusable site checks. Each returns structured results and never exits the
 * process, so Playwright tests can report them as they like.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { check as linkinatorCheck, LinkState } from 'linkinator';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HTMLVALIDATE_CONFIG = path.join(REPO_ROOT, '.htmlvalidate.json');
/** A test that visits `pages` pages one after another gets this long: 20 s a page, 60 s at least
 * (Playwright's default for one test), so a loop over many pages does not time out on a busy
 * machine while a single stuck page still fails. */
export function pagesTimeout(pages: number): number {
  return Math.max(60_000, 20_000 * pages);
}

/** Every `*.html` file below `dir`, absolute, sorted (synchronous: tests are made from it). */
export function listHtmlFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export interface HtmlFileResult {
  /** Path relative to the validated directory, '/'-separated. */
  file: string;
  /** Errors as "line:column rule-id message"; empty when the file is valid. */
  messages: string[];
}

/** An html-validate instance with the repo's .htmlvalidate.json. */
export async function htmlValidator(configFile = HTMLVALIDATE_CONFIG): Promise<HtmlValidate> {
  const config = JSON.parse(await readFile(configFile, 'utf8')) as ConfigData;
  return new HtmlValidate({ ...config, root: true });
}

/**
 * Validate one HTML file (absolute path) of the site in `root`. Only errors count; rules
 * configured as "warn" are ignored.
 */
export async function validateHtmlFile(validator: HtmlValidate, root: string, file: string): Promise<HtmlFileResult> {
  const report = await validator.validateString(await readFile(file, 'utf8'), file);
  const messages = report.results
    .flatMap((r) => r.messages)
    .filter((m) => m.severity >= 2)
    .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  return { file: path.relative(root, file).split(path.sep).join('/'), messages };
}

/** Validate every HTML file below `dir`: one entry per file (valid files have no messages). */
export async function validateHtmlDir(dir: string, configFile = HTMLVALIDATE_CONFIG): Promise<HtmlFileResult[]> {
  const validator = await htmlValidator(configFile);
  const root = path.resolve(dir);
  const results: HtmlFileResult[] = [];
  for (const file of listHtmlFiles(root)) results.push(await validateHtmlFile(validator, root, file));
  return results;
}

export interface BrokenLink {
  url: string;
  /** HTTP status; 0 when the request failed outright; 200 for a missing #fragment. */
  status: number;
  /** Page (or stylesheet) the link was found on. */
  parent?: string;
}

export interface LinkCheckResult {
  broken: BrokenLink[];
  /** Links actually checked (same-origin, not skipped). */
  scanned: number;
  /** Links skipped: other hosts, mailto:, data:, … */
  skipped: number;
}

export interface LinkCheckOptions {
  /** Also require `#fragment` targets to exist on same-origin pages. Default true. */
  checkFragments?: boolean;
  /** Extra URL patterns (regex sources) to skip. */
  skip?: string[];
  concurrency?: number;
  timeoutMs?: number;
}

/**
 * Crawl a served site from `url` with linkinator, following same-origin links
 * (pages, assets, CSS url()s). Links to other hosts are skipped (no network).
 */
export async function checkLinks(url: string, options: LinkCheckOptions = {}): Promise<LinkCheckResult> {
  const origin = new URL(url).origin;
  const extra = (options.skip ?? []).map((s) => new RegExp(s));
  const result = await linkinatorCheck({
    path: url,
    recurse: true,
    checkCss: true,
    checkFragments: options.checkFragments ?? true,
    concurrency: options.concurrency ?? 16,
    timeout: options.timeoutMs ?? 15_000,
    redirects: 'allow',
    linksToSkip: async (link: string) => {
      let parsed: URL;
      try {
        parsed = new URL(link);
      } catch {
        return true;
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
      if (parsed.origin !== origin) return true;
      return extra.some((re) => re.test(link));
    },
  });
  const broken: BrokenLink[] = [];
  let scanned = 0;
  let skipped = 0;
  for (const link of result.links) {
    if (link.state === LinkState.SKIPPED) {
      skipped++;
      continue;
    }
    scanned++;
    if (link.state === LinkState.BROKEN) {
      broken.push({ url: link.url, status: link.status ?? 0, ...(link.parent ? { parent: link.parent } : {}) });
    }
  }
  return { broken, scanned, skipped };
}

import type { AxeViolation } from './axe';
export { axeViolations, preloadAxe, type AxeViolation } from './axe';

/** Human-readable summary of axe violations, for assertion messages. */
export function formatViolations(violations: AxeViolation[], maxNodes = 5): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, maxNodes).map((n) => `    ${n.target}: ${n.html}`);
      if (v.nodes.length > maxNodes) nodes.push(`    … and ${v.nodes.length - maxNodes} more`);
      return [`  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes].join('\n');
    })
    .join('\n');
}
