/**
 * A brittleness probe for the indicator matcher: rewrites every article of the real-article corpus with
 * one name swapped for another that reporters use for the same thing ("thương mại điện tử" → "TMĐT",
 * "dịch vụ công trực tuyến" → "DVCTT", "tỷ lệ" → "tỉ lệ" …), rewrites the gold's quotes the same way,
 * runs the ingest again and prints how the indicator figures move. A figure that falls under a swap
 * predicts misses on unseen articles that write the other form. Writes nothing; for docs/real-corpus.md.
 *
 * `npx tsx tests/support/real-corpus/perturb.ts` (all swaps) or `… perturb.ts TMĐT` (swaps whose
 * replacement contains the argument).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle, type StageTimes } from '../../../scripts/ingest/article';
import { decodeSeed } from '../../../scripts/ingest/decode';
import { createLogger } from '../../../scripts/lib/logger';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import { readGold, type GoldArticle } from './gold';
import { CORPUS_DIR, goldFiles } from './run';
import { figuresOf, percent, scoreArticle, type ArticleScore, type Prediction } from './score';

/** One swap: every match of `from` (whole words, case-insensitive on the first letter) becomes `to`; or, with `layout`, the text is laid out anew (quotes stay). */
export interface Swap { from: string; to: string; layout?: (text: string) => string }

/** Paragraphs broken otherwise than the outlet did: every sentence its own paragraph, or the body (after the headline) one paragraph. */
export const LAYOUTS: readonly Swap[] = [
  { from: 'paragraphs', to: 'one sentence each', layout: (t) => t.replace(/([.!?…])[ \t]+(?=["“(]?\p{Lu})/gu, '$1\n\n') },
  { from: 'paragraphs', to: 'one body paragraph', layout: (t) => t.replace(/^([^\n]*\n\n[^\n]*\n\n)([^]*)$/u, (_, head: string, body: string) => head + body.replace(/\n\n+/gu, ' ')) },
];

/** Names reporters use interchangeably (the catalogue should read both). */
export const SWAPS: readonly Swap[] = [
  { from: 'thương mại điện tử', to: 'TMĐT' },
  { from: 'dịch vụ công trực tuyến', to: 'DVCTT' },
  { from: 'công nghệ thông tin', to: 'CNTT' },
  { from: 'thủ tục hành chính', to: 'TTHC' },
  { from: 'Thông tin và Truyền thông', to: 'TT&TT' },
  { from: 'không dùng tiền mặt', to: 'phi tiền mặt' },
  { from: 'kinh tế số', to: 'KTS' },
  { from: 'chuyển đổi số', to: 'CĐS' },
  { from: 'cơ sở dữ liệu', to: 'CSDL' },
  { from: 'tỷ lệ', to: 'tỉ lệ' },
  { from: 'tỷ trọng', to: 'tỉ trọng' },
  { from: 'doanh thu', to: 'tổng doanh thu' },
  { from: 'đạt', to: 'đạt mức' },
  { from: 'xuất khẩu', to: 'xuất khẩu hàng' },
  { from: 'trực tuyến', to: 'online' },
  { from: 'Việt Nam', to: 'nước ta' },
  { from: 'cùng kỳ', to: 'cùng kì' },
  { from: 'tỷ', to: 'tỉ' },
  { from: 'Ngân hàng Nhà nước', to: 'NHNN' },
  { from: 'linh kiện', to: 'linh phụ kiện' },
  { from: 'xếp thứ', to: 'đứng thứ' },
  { from: 'tăng', to: 'tăng trưởng' },
  { from: 'so với cùng kỳ', to: 'so cùng kỳ' },
  { from: 'tài khoản định danh điện tử', to: 'tài khoản VNeID' },
  { from: 'hồ sơ trực tuyến', to: 'hồ sơ được xử lý trực tuyến' },
  { from: 'đạt', to: 'là' },
  { from: 'chiếm', to: 'chiếm tỷ trọng' },
  { from: 'xuất khẩu', to: 'kim ngạch xuất khẩu' },
  { from: 'Việt Nam', to: 'VN' },
  { from: 'điện thoại', to: 'điện thoại di động' },
  { from: 'xếp hạng', to: 'thứ hạng' },
  { from: 'trong đó', to: 'trong số đó' },
  { from: 'so với', to: 'so' },
  { from: 'giao dịch', to: 'lượt giao dịch' },
];

/** `text` with every whole-word occurrence of the swap's `from` (first letter in either case) replaced. */
export function applySwap(text: string, swap: Swap): string {
  if (swap.layout) return swap.layout(text);
  const first = swap.from[0]!;
  const rest = swap.from.slice(1).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{M}])[${first.toLowerCase()}${first.toUpperCase()}]${rest}(?![\\p{L}\\p{M}])`, 'gu');
  return text.replace(re, (m) => (m[0] === first.toUpperCase() && swap.to[0] === swap.to[0]!.toLowerCase() ? swap.to[0]!.toUpperCase() + swap.to.slice(1) : swap.to));
}

/** The gold with every quote and number as written ("2 tỷ USD") rewritten by the swap; values stay. */
export function swapGold(gold: GoldArticle, swap: Swap): GoldArticle {
  if (swap.layout) return gold;
  return {
    ...gold,
    claims: gold.claims.map((c) => ({ ...c, text: applySwap(c.text, swap), quote: applySwap(c.quote, swap) })),
    not_metric: gold.not_metric.map((n) => ({ ...n, text: applySwap(n.text, swap), ...(n.quote === undefined ? {} : { quote: applySwap(n.quote, swap) }) })),
  };
}

/** Scores of every article rewritten by `swap` (none: as written); an article whose rewritten quotes no longer locate is left out. */
export function scoreSwapped(root: string, swap: Swap | undefined): ArticleScore[] {
  const lex = { indicators: loadIndicators(root), topics: loadTopics(root) };
  const out: ArticleScore[] = [];
  for (const g of goldFiles(root)) {
    const original = readGold(join(root, CORPUS_DIR, 'gold', g));
    const bytes = readFileSync(join(root, CORPUS_DIR, original.file));
    const raw = decodeSeed(original.file, bytes).text;
    const text = swap ? applySwap(raw, swap) : raw;
    const gold = swap ? swapGold(original, swap) : original;
    const times: StageTimes = { decode: 0, segment: 0, dates: 0, metrics: 0, entities: 0 };
    let prediction: Prediction;
    try {
      const article = buildArticle(gold.file, new TextEncoder().encode(text), undefined, lex, times);
      prediction = { metrics: article.metrics, date: article.date, titleSource: article.titleSource };
    } catch (e) {
      prediction = { metrics: [], error: (e as Error).message };
    }
    try {
      out.push(scoreArticle(gold, text, prediction));
    } catch {
      // a rewritten quote that no longer occurs exactly once: the article is left out of this swap
    }
  }
  return out;
}

const only = process.argv[2];
if (process.argv[1]?.endsWith('perturb.ts')) {
  const root = process.cwd();
  const base = new Map(scoreSwapped(root, undefined).map((s) => [s.file, s]));
  const rows: string[] = [];
  for (const swap of [...SWAPS, ...LAYOUTS].filter((s) => !only || s.to.includes(only))) {
    const swapped = scoreSwapped(root, swap);
    const before = figuresOf(swapped.map((s) => base.get(s.file)!));
    const after = figuresOf(swapped);
    const changed = swapped.flatMap((s) => s.claims.flatMap((c, i) => {
      const was = base.get(s.file)!.claims[i];
      return was && was.metric?.indicator !== c.metric?.indicator ? [`    ${s.file} "${c.claim.text}" gold ${c.claim.indicator}: ${was.metric?.indicator ?? 'none'} → ${c.metric?.indicator ?? 'none'}`] : [];
    }));
    rows.push(`${`${swap.from} → ${swap.to}`.padEnd(44)} indicator ${percent(before.indicator).toFixed(1)} → ${percent(after.indicator).toFixed(1)} %  labels ${percent(before.indicatorPrecision).toFixed(1)} → ${percent(after.indicatorPrecision).toFixed(1)} %  (${swapped.length} articles)`, ...changed);
  }
  createLogger('perturb').info(`\n${rows.join('\n')}`);
}
