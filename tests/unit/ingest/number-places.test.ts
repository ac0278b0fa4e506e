import { describe, expect, it } from 'vitest';
import { isAddressNumber, isStandardNumber } from '../../../scripts/ingest/number-places';

/** Splits a written sentence at the first `raw` into the text before it, `raw` and the text after it. */
const at = (s: string, raw: string): [string, string, string] => [s.slice(0, s.indexOf(raw)), raw, s.slice(s.indexOf(raw) + raw.length)];

describe('isAddressNumber: a house, an alley, a floor, a code, a facility\'s "số N" or a kilometre marker', () => {
  it.each([
    ['Văn phòng đặt tại số 25 Trần Phú, thành phố', '25'], ['địa chỉ: số 7/2 đường Lê Lai', '7'], ['quầy ở hẻm 12 đường số 3', '12'],
    ['sự cố tại Km 120 cao tốc', '120'], ['trạm ở km 15+200', '200'],
    ['văn phòng ở lầu 4, khu B', '4'], ['nhập mã xác thực 482913 vào ứng dụng', '482913'], ['Trường Tiểu học số 3 đã', '3'], ['điểm thu phí số 12,', '12'],
  ])('%s: %s names a place or a code', (s, raw) => expect(isAddressNumber(...at(s, raw))).toBe(true));
  it.each([
    ['đứng ở vị trí số 1 Việt Nam', '1'], ['tại số 30 xã đã phủ sóng', '30'], ['tuyến dài 15 km', '15'],
    ['là số 1 trong khu vực', '1'], ['trên tổng số 45 đơn vị', '45'], ['doanh nghiệp số 2 tỷ đồng', '2'], ['với số 300 hồ sơ', '300'],
  ])('%s: %s is no address', (s, raw) => expect(isAddressNumber(...at(s, raw))).toBe(false));
});

describe('isStandardNumber: a standard\'s or technology\'s number or a software\'s version', () => {
  it.each([
    ['đạt chuẩn ISO 27001, có', '27001'], ['chuẩn ISO/IEC 27701 và', '27701'], ['router Wi-Fi 7 được bán', '7'], ['theo TCVN 11930.', '11930'],
    ['ứng dụng phiên bản 4.2 có', '4.2'], ['bản cập nhật 12 được', '12'],
  ])('%s: %s is a name', (s, raw) => expect(isStandardNumber(...at(s, raw))).toBe(true));
  it.each([['thiết bị Wi-Fi 6 triệu chiếc', '6'], ['USB 3 cái', '3'], ['có 15 cơ quan đạt ISO', '15']])('%s: %s is no name', (s, raw) =>
    expect(isStandardNumber(...at(s, raw))).toBe(false));
});
