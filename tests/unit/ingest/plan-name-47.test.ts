/** Round 47 (set DP): a numbered document's long name dates nothing it reports results on, and goals counted as met open no goal frame.
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { opensGoalFrame } from '../../../scripts/ingest/goal-frame';
import { isPlanNameDate, isReportedPlanName } from '../../../scripts/ingest/plan-scope';
import { metricsByText } from './metrics-support';

const s = 'Có 18/20 chỉ tiêu theo Nghị quyết 12-NQ/TU, ngày 05/8/2021 của Tỉnh ủy về lãnh đạo, chỉ đạo chuyển đổi số tỉnh Quảng Bình giai đoạn 2021 - 2025, định hướng đến năm 2030 đã hoàn thành, còn 2 chỉ tiêu đang thực hiện.';
const span = findDates(s).find((d) => d.text.startsWith('giai đoạn'))!;

describe('a numbered resolution\'s long name', () => {
  it('its span is the name\'s, commas inside it allowed', () => expect(isPlanNameDate(s, span)).toBe(true));
  it('and the sentence reports results on it ("đã hoàn thành")', () => expect(isReportedPlanName(s, span)).toBe(true));
  it('a plan without a number keeps the old reading of its comma', () => {
    const t = 'Đề án phát triển nguồn nhân lực, đến năm 2030 cần 26.000 tỷ đồng.';
    expect(isPlanNameDate(t, findDates(t)[0]!)).toBe(false);
  });
});

describe('goals counted as met', () => {
  it('open no goal frame, whatever horizon the plan names', () => expect(opensGoalFrame(s)).toBeUndefined());
  it('a goal still ahead does', () => expect(opensGoalFrame('Mục tiêu đến năm 2030: 18 chỉ tiêu của tỉnh được giao cho các sở.')).toBeDefined());
  it('on a page: the counts of the next paragraph are results with no period', () => {
    const m = metricsByText('Đến nay, công tác chuyển đổi số của tỉnh đã đạt được những kết quả tích cực. ' + s, 'Về nhân lực, tổng số cán bộ chuyển đổi số toàn tỉnh là 540 người, trong đó 310 người có trình độ chuyên ngành.');
    expect(m['18/20']?.period).toBeUndefined();
    expect(m['540']).toMatchObject({ status: 'actual' });
    expect(m['540']?.period).toBeUndefined();
  });
});
