/** Plain-text report of the dev-corpus scores: a row per article, the totals with their targets, and (on request) every miss. Pure. */
import { figuresOf, percent, type ArticleScore, type ClaimResult, type Ratio } from './score';
import { THRESHOLDS, type FigureName } from './thresholds';

const pc = (r: Ratio) => (r.total === 0 ? '   –' : `${percent(r).toFixed(0).padStart(3)}%`);
const cell = (r: Ratio) => `${pc(r)} ${`${r.hit}/${r.total}`.padStart(7)}`;

/** One line per article: claims found, rows, false rows, status, period, indicator, date. */
export function articleRows(scores: ArticleScore[]): string[] {
  const head = `${'article'.padEnd(36)} ${'recall'.padEnd(12)} ${'precision'.padEnd(12)} ${'status'.padEnd(12)} ${'period'.padEnd(12)} ${'indicator'.padEnd(12)} date`;
  return [head, ...scores.map((s) => {
    const f = figuresOf([s]);
    const date = `${s.dateRight ? 'ok' : 'WRONG'} (${s.datePredicted}${s.dateGoldUnknown ? ', gold unknown' : ''})`;
    const err = s.error ? `  BUILD ERROR: ${s.error}` : '';
    return `${s.file.slice(0, 36).padEnd(36)} ${cell(f.recall)} ${cell(f.precision)} ${cell(f.status)} ${cell(f.period)} ${cell(f.indicator)} ${date}${err}`;
  })];
}

/** The corpus totals, each with its floor (the ratchet), the issue's target, and a hint when the floor can be raised. */
export function totalRows(scores: ArticleScore[]): string[] {
  const f = figuresOf(scores);
  return (Object.keys(THRESHOLDS) as FigureName[]).map((k) => {
    const t = THRESHOLDS[k];
    const raise = t.floor !== null && Math.floor(percent(f[k])) > t.floor ? `   (ratchet: raise floor to ${Math.floor(percent(f[k]))})` : '';
    const floor = t.floor === null ? ' none' : `${String(t.floor).padStart(3)}%`;
    return `${t.label.padEnd(42)} ${cell(f[k])}   floor ${floor}   target ${String(t.target).padStart(3)}%${raise}`;
  });
}

function missLine(file: string, c: ClaimResult): string | undefined {
  const want = `${c.claim.value} ${c.claim.unit} ${c.claim.status} ${c.claim.period === 'none' ? 'none' : `${c.claim.period.iso}/${c.claim.period.precision}`} ${c.claim.indicator}`;
  const m = c.metric;
  const got = m ? `${m.value} ${m.unit} ${m.status} ${m.period ? `${m.period.iso}/${m.period.precision}` : 'none'} ${m.indicator ?? 'none'}` : 'not found';
  const wrong = [!c.found && 'value/unit', m && !c.statusRight && 'status', m && !c.periodRight && 'period', c.indicatorRight === false && 'indicator', c.indicatorSpurious && 'spurious-indicator'].filter(Boolean);
  return wrong.length ? `${file} "${c.claim.text}" [${wrong.join(', ')}] want ${want} · got ${got} · «${c.claim.quote.replace(/\n/gu, '⏎')}»` : undefined;
}

/** Every wrong claim and every false row, one line each (for REAL_CORPUS_VERBOSE=1). */
export function missRows(scores: ArticleScore[]): string[] {
  return scores.flatMap((s) => [
    ...s.claims.map((c) => missLine(s.file, c)).filter((l): l is string => l !== undefined),
    ...s.notClaimRows.map((m) => `${s.file} "${m.text}" [not a claim] got ${m.value} ${m.unit}`),
    ...s.unlistedRows.map((m) => `${s.file} "${m.text}" [unlisted row: not in the gold] got ${m.value} ${m.unit} @${m.offset}`),
  ]);
}
