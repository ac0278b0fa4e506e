/**
 * Round 19 number forms: counts written with a leading zero after a change, a place word, a passing or tabling verb,
 * "ban hành theo thẩm quyền", and after a count whose noun is a comma-joined pair ("12 bộ, ngành, 02 doanh nghiệp").
 * Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

/** The numbers found in `s`, as "value unit". */
const found = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}`);

describe('a count with a leading zero', () => {
  it.each([
    ['Số trạm phát sóng là 320 trạm (tăng 05 trạm so với năm trước).', ['320 count', '5 count']],
    ['Phủ sóng thêm 9 thôn tại 04 xã vùng cao.', ['9 count', '4 count']],
    ['Quốc hội đã thông qua 03 Luật liên quan.', ['3 count']],
    ['Giám đốc Sở đã ban hành theo thẩm quyền 05 quyết định công bố thủ tục.', ['5 count']],
    ['Hệ thống kết nối với 11 bộ, ngành, 02 doanh nghiệp nhà nước.', ['11 count', '2 count']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Theo Quyết định số 06 của Thủ tướng, tỉnh tăng tốc.', []],
    ['Trụ sở đặt tại 03 Nguyễn Huệ.', []],
    ['Thời gian xử lý giảm 02 ngày so với quy định.', []],
  ])('not: %s', (s, want) => expect(found(s)).toEqual(want));
});
