import { describe, expect, it } from 'vitest';
import { findPhrase, tokenize } from '../../../scripts/ingest/folded-text';
import { indicatorOf } from '../../support/metrics-of';

/** Whether the folded `phrase` is found in `text`. */
const found = (text: string, phrase: string) => findPhrase(tokenize(text), phrase.split(' ')).length > 0;

describe('"cấp" takes its level right after it (round 48)', () => {
  it('reads no "cấp bộ" across "cấp tỉnh … của Bộ"', () => {
    expect(found('Chỉ số chuyển đổi số cấp tỉnh năm 2022 của Bộ TT&TT', 'cap bo')).toBe(false);
    expect(found('Chỉ số chuyển đổi số cấp bộ năm 2022', 'cap bo')).toBe(true);
    expect(found('doanh thu của ngành công nghiệp CNTT', 'doanh thu cong nghiep cntt')).toBe(true); // other words still skip
  });
  it("so a province's DTI rank cited from the ministry's report keeps its series", () => {
    expect(indicatorOf('Theo kết quả xếp hạng Chỉ số chuyển đổi số cấp tỉnh năm 2022 của Bộ Thông tin và Truyền thông, TP Cần Thơ xếp thứ 5/63 tỉnh, thành.', '5/63', 2022)).toBe('dti-province-rank');
  });
});
