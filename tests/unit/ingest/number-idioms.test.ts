/** A ratio's part "cứ N … thì có M" is no count (round 32b; sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { isIdiom } from '../../../scripts/ingest/number-idioms';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('isIdiom: a ratio\'s part', () => {
  it.each([
    ['Khảo sát cho thấy cứ 10 công ty thì có đến 8 công ty (81%) đã dùng điện toán đám mây.', '8'],
    ['Tại các trường, cứ 5 học sinh lại có 4 em có điện thoại thông minh.', '4'],
    ['Theo báo cáo, cứ 100 người dùng thì có khoảng 12 người từng bị lộ mật khẩu.', '12'],
  ])('%j: %s is a ratio\'s part', (s, n) => expect(texts(s)).not.toContain(n));

  it.each([
    ['Khảo sát cho thấy cứ 10 công ty thì có đến 8 công ty (81%) đã dùng điện toán đám mây.', '81%'],
    ['Cứ 2 năm tỉnh lại có 300 doanh nghiệp công nghệ số thành lập mới.', '300'],
    ['Năm nay có 9 tổ chức đạt chứng nhận, gấp ba năm trước.', '9'],
  ])('%j: %s stays a claim', (s, n) => expect(texts(s)).toContain(n));

  it('needs the part no larger than its base', () => {
    expect(isIdiom('9', 'cứ 10 tổ chức thì có ', ' tổ chức')).toBe(true);
    expect(isIdiom('40', 'cứ 10 tổ chức thì có ', ' tổ chức')).toBe(false);
  });
});
