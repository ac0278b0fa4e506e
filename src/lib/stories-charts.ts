import type { ChartDatum } from '../components/charts/datum';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/t';
import type { StepChart } from '../schemas/story';
import { spanOf, statusOf } from '../components/charts/grammar';
import { refHref, refLabel, refPeriod, refValue, refYear, refYearEnd } from './stories-format';
import { StoryRefError, type StoryRef } from './stories-refs';

/** Throws if a step's chart names an undeclared reference, a row without a label, or values that
 * cannot share its axis (a rank never shares an axis with a percentage; one unit per chart). */
export function checkChart(chart: StepChart, refs: ReadonlyMap<string, StoryRef>, where: string): void {
  const fail = (why: string) => new StoryRefError(`${where}: chart ${why}`);
  for (const name of [...chart.rows, ...chart.highlight]) {
    if (!refs.has(name)) throw fail(`names reference "${name}", which the story does not declare under refs`);
  }
  const rows = chart.rows.map((n) => refs.get(n)!);
  for (const r of rows) if (!r.label) throw fail(`row "${r.name}" needs a label: give the reference a label, or select it by indicator`);
  const units = [...new Set(rows.map((r) => r.metric.unit))];
  const mixed = `mixes units (${units.join(', ')}) on one axis`;
  switch (chart.kind) {
    case 'ranks':
      if (units.some((u) => u !== 'rank')) throw fail(`of kind ranks draws only ranks, not ${units.filter((u) => u !== 'rank').join(', ')}`);
      break;
    case 'progress':
      for (const r of rows) {
        const part = r.metric.total !== undefined && r.metric.unit !== 'rank';
        if (!part && r.metric.unit !== 'percent') throw fail(`of kind progress needs parts of a whole or percentages; "${r.name}" is ${r.metric.unit}`);
      }
      break;
    default: {
      if (units.length > 1) throw fail(mixed);
      if (chart.kind === 'bars' && units[0] === 'rank') throw fail('of kind bars cannot draw ranks: use kind ranks');
      // Parts of different wholes ("19/21", "63/63") are different fields: one axis would compare them.
      const wholes = [...new Set(rows.filter((r) => r.metric.unit !== 'rank').map((r) => String(r.metric.total ?? '—')))];
      if (wholes.length > 1) throw fail(`puts parts of different wholes (${wholes.join(', ')}) on one axis: use kind progress, a track per whole`);
    }
  }
}

/** The rows a step's chart draws, labelled and formatted in `lang`. */
export function chartData(chart: StepChart, refs: ReadonlyMap<string, StoryRef>, lang: Lang): ChartDatum[] {
  const lit = new Set(chart.highlight.length > 0 ? chart.highlight : chart.rows);
  return chart.rows.map((name) => {
    const ref = refs.get(name)!;
    const m = ref.metric;
    const yearEnd = refYearEnd(ref);
    return {
      key: name,
      label: refLabel(ref, lang),
      period: refPeriod(ref, lang),
      year: refYear(ref),
      ...(yearEnd !== undefined ? { yearEnd } : {}),
      value: m.value,
      ...(m.valueMax !== undefined ? { valueMax: m.valueMax } : {}),
      ...(m.total !== undefined ? { total: m.total } : {}),
      unit: m.unit,
      status: statusOf(m.status),
      kind: m.kind,
      ...(m.period && ref.when === 'period' ? { precision: spanOf(m.period) } : {}),
      href: refHref(ref, lang),
      text: refValue(ref, lang),
      highlight: lit.has(name),
    };
  });
}

/** A sentence-per-row description of a chart for screen readers: "label, period: value (target)". */
export function describeChart(data: ChartDatum[], lang: Lang): string {
  return data.map((d) => `${d.label}, ${d.period}: ${d.text}${d.status === 'target' ? ` (${t(lang, 'story.target')})` : ''}`).join('; ') + '.';
}
