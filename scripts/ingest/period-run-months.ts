/**
 * Round 24b: the months a programme has run, counted from the start the page named. "Từ đầu năm 2022, huyện … thành
 * lập tổ …" then "Qua hơn 4 tháng triển khai, toàn huyện đã thành lập được 154 tổ …": the figures after the length
 * are the months from that start (January to April 2022), not the start's year. The start is the last "(kể) từ đầu
 * năm YYYY" or "(kể) từ tháng M/YYYY" before the length; the figures are those of the length's paragraph after it
 * that the walk gave the start's year or no period, goals and baselines left out. Pure; one scan of the page.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { monthCount } from './dates-calendar';
import { setPeriod, type PeriodFields } from './period-set';

/** A start: "từ đầu năm 2022", "kể từ tháng 3/2024". */
const START = /(?<![\p{L}\p{M}])(?:kể\s+)?từ\s+(?:đầu\s+năm\s+(?<y>(?:19|20)\d\d)|tháng\s+(?<m>\d{1,2})\s*[/-]\s*(?<ym>(?:19|20)\d\d))(?!\d)/giu;
/** A length of running opening a sentence (or what follows a colon): "Qua hơn 4 tháng triển khai, …", "Sau 5 tháng thực hiện, …". */
const RUN_LENGTH = /(?:^|[.!?:]\s+)(?:qua|sau)\s+(?:(?:hơn|gần|khoảng)\s+)?(?<n>\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tháng\s+(?:triển\s+khai|thực\s+hiện|hoạt\s+động|vận\s+hành)(?![\p{L}\p{M}])/giu;

interface Start { year: number; month: number; at: number }

/** The starts the page names, in order, with their place in the page. */
function starts(paragraphs: readonly { text: string; offset: number }[]): Start[] {
  return paragraphs.flatMap((p) =>
    [...p.text.matchAll(START)].map((m) => ({ year: Number(m.groups!.y ?? m.groups!.ym), month: Number(m.groups!.m ?? 1), at: p.offset + m.index })),
  ).filter((s) => s.month >= 1 && s.month <= 12);
}

/** The months from `start` that `count` months of running cover, within its year; undefined past December. */
function runPeriod(start: Pick<Start, 'year' | 'month'>, count: number): Period | undefined {
  const last = start.month + count - 1;
  if (last > 12) return undefined;
  const iso = `${start.year}-${String(start.month).padStart(2, '0')}`;
  if (start.month === 1 && count === 6) return { iso, precision: 'half' };
  if (count === 1) return { iso, precision: 'month' };
  return { iso, precision: 'month', isoEnd: `${start.year}-${String(last).padStart(2, '0')}` };
}

/** Gives the figures after a length of running the months from the page's start (see the module comment). */
export function runMonthPeriods(drafts: readonly { metric: PeriodFields & Pick<Metric, 'offset' | 'status'> }[], paragraphs: readonly { text: string; offset: number }[]): void {
  const named = starts(paragraphs);
  if (!named.length) return;
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(RUN_LENGTH)) {
      const at = p.offset + m.index;
      const start = named.filter((s) => s.at < at).at(-1);
      const count = monthCount(m.groups!.n!);
      const period = start && count !== null ? runPeriod(start, count) : undefined;
      if (!period) continue;
      for (const { metric } of drafts) {
        const inside = metric.offset > at && metric.offset < p.offset + p.text.length;
        if (inside && (metric.status === 'actual' || metric.status === 'estimate') && (!metric.period || (metric.period.precision === 'year' && metric.period.iso === String(start!.year)))) setPeriod(metric, period);
      }
    }
  }
}
