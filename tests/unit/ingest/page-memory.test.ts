import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { nowAtEvent, pageMemory, remember, withoutVisions } from '../../../scripts/ingest/page-memory';

describe('what a page remembers', () => {
  it('keeps an undated page\'s last event month for a paragraph that opens on now', () => {
    const m = pageMemory(undefined, '2026');
    remember(m, 'Buổi làm việc diễn ra ngày 8/5.', findDates('Buổi làm việc diễn ra ngày 8/5.'));
    expect(nowAtEvent(m, 'Hiện nay, tỉnh có 40 điểm.', findDates('Hiện nay, tỉnh có 40 điểm.'))?.iso).toBe('2026-05');
    expect(nowAtEvent(m, 'Tỉnh có 40 điểm.', [])).toBeUndefined();
    const dated = pageMemory(2026, '2026');
    remember(dated, 'Buổi làm việc diễn ra ngày 8/5.', findDates('Buổi làm việc diễn ra ngày 8/5.'));
    expect(nowAtEvent(dated, 'Hiện nay, tỉnh có 40 điểm.', [])).toBeUndefined();
  });

  it('keeps the vision years named, and drops them from the dates a later sentence hands on', () => {
    const m = pageMemory(undefined, undefined);
    const s = 'Chiến lược đến năm 2030, tầm nhìn đến năm 2050.';
    remember(m, s, findDates(s));
    const later = findDates('Đến năm 2050, … Đến năm 2030, …');
    expect(withoutVisions(m, later).map((d) => d.iso)).toEqual(['2030']);
  });
});
