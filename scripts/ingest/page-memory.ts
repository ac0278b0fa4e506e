/**
 * Round 15: what reading a page remembers across its paragraphs for two period rules: the month of the last event
 * day an undated page names (`period-now.ts`: its "Đến nay, …" is then) and the years it has named as a vision's
 * ("định hướng đến năm 2050", "tầm nhìn 2045": handed on to no paragraph after it, even from a sentence that opens
 * on one). The mutable state of one `extractMetrics` call.
 */
import type { Period } from '../../src/schemas/metric';
import type { DateMatch } from './dates';
import { isVisionYear } from './goal-frame';
import { opensOnNow } from './period-compared';
import { eventMonth } from './period-now';

/** The memory of one page. */
export interface PageMemory {
  undated: boolean;
  /** The first year the page states, for an event day without one. */
  textYear?: string;
  eventAt?: Period;
  visions: Set<string>;
}

/** A fresh memory for a page of `articleYear` (undefined: undated). */
export function pageMemory(articleYear: number | undefined, textYear: string | undefined): PageMemory {
  return { undated: articleYear === undefined, ...(textYear ? { textYear } : {}), visions: new Set<string>() };
}

/** Reads a sentence's dates into the memory: its event day (on an undated page) and its vision years. */
export function remember(memory: PageMemory, sentence: string, dates: readonly DateMatch[]): void {
  if (memory.undated) memory.eventAt = eventMonth(sentence, dates, memory.textYear) ?? memory.eventAt;
  for (const d of dates) if (isVisionYear(sentence, d)) memory.visions.add(d.iso.slice(0, 4));
}

/** The period of a paragraph whose first sentence opens on now, on an undated page after an event day: the event's month. */
export function nowAtEvent(memory: PageMemory, firstSentence: string, dates: readonly DateMatch[]): Period | undefined {
  return memory.undated && memory.eventAt && opensOnNow(firstSentence, dates) ? memory.eventAt : undefined;
}

/** `dates` without the years the page has named as a vision's. */
export function withoutVisions(memory: PageMemory, dates: DateMatch[]): DateMatch[] {
  return dates.filter((d) => !memory.visions.has(d.iso.slice(0, 4)));
}
