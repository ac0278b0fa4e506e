/** The filter disclosure ("Lọc" / "Filter"): a checkbox per value of each filter in the index, of
 * which only those the current search finds (or that are chosen) are shown, with their counts. */
import { el, type Strings } from './dom';

/** The filters the pages carry (data-pagefind-filter), in the order shown. */
export const FILTERS = ['kind', 'topic', 'year'] as const;

/** Chosen values per filter. */
export type Chosen = Record<string, string[]>;

/** Whether any filter value is chosen. */
export function anyChosen(chosen: Chosen): boolean {
  return FILTERS.some((f) => (chosen[f] ?? []).length > 0);
}

/** Pagefind's filter object for the chosen values: any value within a filter, every filter. */
export function pagefindFilters(chosen: Chosen): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const f of FILTERS) if ((chosen[f] ?? []).length) out[f] = { any: chosen[f]! };
  return out;
}

/** Fills `box` (the fieldsets' container) with a fieldset per filter that has values in `all`:
 * years newest first, other values in the page language's order. */
export function buildFilters(box: HTMLElement, all: Record<string, Record<string, number>>, chosen: Chosen, strings: Strings, lang: string): void {
  for (const f of FILTERS) {
    const values = Object.keys(all[f] ?? {});
    if (!values.length) continue;
    values.sort(f === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b, lang));
    const set = el('fieldset', 'filters');
    set.appendChild(el('legend', '', strings.filters?.[f] ?? f));
    for (const v of values) {
      const label = el('label');
      const check = el('input');
      check.type = 'checkbox';
      check.name = f;
      check.value = v;
      check.checked = (chosen[f] ?? []).includes(v);
      label.append(check, `${v} `, el('span', 'filter-count'));
      set.appendChild(label);
    }
    box.appendChild(set);
  }
}

/** Shows the values this search finds (and the chosen ones) with their counts, hides the others and
 * the filters left empty; returns the number of values shown. */
export function updateFilters(box: HTMLElement, counts: Record<string, Record<string, number>>): number {
  let shown = 0;
  for (const set of box.querySelectorAll('fieldset')) {
    let inSet = 0;
    for (const check of set.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const n = counts[check.name]?.[check.value] ?? 0;
      const label = check.parentElement!;
      label.hidden = n === 0 && !check.checked;
      const count = label.querySelector('.filter-count');
      if (count) count.textContent = n ? `(${n})` : '';
      if (!label.hidden) inSet++;
    }
    set.hidden = inSet === 0;
    shown += inSet;
  }
  return shown;
}

/** Unticks every filter value. */
export function clearChecks(box: HTMLElement): void {
  for (const check of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) check.checked = false;
}
