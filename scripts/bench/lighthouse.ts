/**
 * Lighthouse (mobile: its default emulation and simulated throttling) on pages of a served build,
 * with the system Chromium launched by chrome-launcher with the project's flags.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/chromium';

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
  audits: Record<string, { score: number | null; details?: { items?: { node?: { snippet?: string; selector?: string } }[] } }>;
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
      if (!(ref.weight > 0 && a && a.score !== null && a.score < 1)) continue;
      const nodes = (a.details?.items ?? []).map((i) => i.node?.selector ?? i.node?.snippet).filter(Boolean).slice(0, 3);
      losses.push(`${c}: ${ref.id} (${a.score})${nodes.length ? ` at ${nodes.join(', ')}` : ''}`);
    }
  }
  return { url, scores, losses };
}

/** Of several runs on one page, the one with the median performance score (Lighthouse's advice
 * for noisy machines: performance varies from run to run, the other categories hardly do). */
export function medianRun(runs: LighthouseResult[]): LighthouseResult {
  if (runs.length === 0) throw new Error('medianRun: no runs');
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Runs Lighthouse `runs` times on each URL in turn, in one Chromium; the median run per URL. */
export async function runLighthouse(urls: string[], runs = 1): Promise<(LighthouseResult & { runs: number[] })[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  const out: (LighthouseResult & { runs: number[] })[] = [];
  try {
    for (const url of urls) {
      const all: LighthouseResult[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
        all.push(summarizeLhr(url, result.lhr as unknown as Lhr));
      }
      out.push({ ...medianRun(all), runs: all.map((r) => r.scores.performance ?? NaN) });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
