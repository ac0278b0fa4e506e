/**
 * Lighthouse (mobile: its default emulation and simulated throttling) on pages of a served build,
 * with the system Chromium launched by chrome-launcher with the project's flags.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/browser';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** Scores 0–100 per category (null when Lighthouse could not score it). */
  scores: Record<Category, number | null>;
  /** Audits that cost points: "category: audit id (score)". */
  losses: string[];
}

/** A Lighthouse report as far as this module reads it. */
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode?: string }>;
}

/** Category scores (0–100) and the weighted audits that scored below 1, from one report. */
export function summarizeLhr(url: string, lhr: Lhr): LighthouseResult {
  const scores = {} as Record<Category, number | null>;
  const losses: string[] = [];
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    scores[c] = cat?.score == null ? null : Math.round(cat.score * 100);
    for (const ref of cat?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) losses.push(`${c}: ${ref.id} (${a.score})`);
    }
  }
  return { url, scores, losses };
}

/** Runs Lighthouse on each URL in turn, in one Chromium. */
export async function runLighthouse(urls: string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  const out: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      out.push(summarizeLhr(url, result.lhr as unknown as Lhr));
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
