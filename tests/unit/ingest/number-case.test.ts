import { describe, expect, it } from 'vitest';
import { readableCase } from '../../../scripts/ingest/number-case';
import { findNumbers } from '../../../scripts/ingest/numbers';

describe('numbers in sentences set in capitals (round 23)', () => {
  it.each([
    ['NĂM 2025, TỈNH DÀNH GẦN 40 TỶ ĐỒNG CHO HẠ TẦNG SỐ', '40 TỶ ĐỒNG', 40e9, 'VND'],
    ['DOANH THU ĐẠT 3,5 NGHÌN TỶ ĐỒNG, TĂNG 12%', '3,5 NGHÌN TỶ ĐỒNG', 3.5e12, 'VND'],
    ['KINH TẾ SỐ CHIẾM 18% GDP', '18%', 18, 'percent'],
    ['XUẤT KHẨU ĐẠT 2 TRIỆU USD', '2 TRIỆU USD', 2e6, 'USD'],
  ])('%s: reads %s with its own text', (s, text, value, unit) => {
    expect(findNumbers(s).find((n) => n.text === text)).toMatchObject({ value, unit });
  });
  it('a name with a number stays no claim in capitals too', () => {
    expect(findNumbers('ỨNG PHÓ COVID-19 VÀ TRIỂN KHAI 5G').map((n) => n.text)).toEqual([]);
  });
  it('mixed case is read as it is', () => {
    expect(readableCase('Tỉnh đạt 40 tỷ đồng')).toBe('Tỉnh đạt 40 tỷ đồng');
    expect(readableCase('TỈNH ĐẠT 40 TỶ')).toBe('tỉnh đạt 40 tỷ');
    expect(readableCase('2025: 40')).toBe('2025: 40');
  });
});

describe('"điểm" that counts places, named anywhere in the sentence (round 23)', () => {
  const unitOf = (s: string, text: string) => findNumbers(s).find((n) => n.text.startsWith(text))?.unit;
  it.each([
    ['Tổng số điểm kinh doanh của hai nhà mạng trên cả nước là 3.410 điểm.', '3.410'],
    ['Cụ thể, mạng A có 1.200 điểm, mạng B 980 điểm; đơn vị chấp nhận thanh toán đạt 55.000 điểm.', '1.200'],
    ['Cụ thể, mạng A có 1.200 điểm, mạng B 980 điểm; đơn vị chấp nhận thanh toán đạt 55.000 điểm.', '980'],
    ['Doanh nghiệp đã mở 12.000 điểm tư vấn cho khách hàng.', '12.000'],
  ])('%s: %s counts places', (s, text) => expect(unitOf(s, text)).toBe('count'));
  it.each([
    ['Chỉ số của tỉnh đạt 78,5 điểm, tăng 3 điểm.', '78,5'],
    ['Bài thi đạt 850 điểm trên thang 990.', '850'],
  ])('%s: %s is a score', (s, text) => expect(unitOf(s, text)).toBe('points'));
});

describe('a day written "d-m" with equal ends is a date, not a range (round 23)', () => {
  it.each([
    'Triển lãm hưởng ứng Ngày Chuyển đổi số quốc gia 10-10 thu hút đông người xem.',
    'Lễ kỷ niệm diễn ra 2-2 tại hội trường tỉnh.',
  ])('%s', (s) => expect(findNumbers(s)).toEqual([]));
  it('a range with rising ends stays a range', () =>
    expect(findNumbers('Tăng trưởng đạt 8-10% mỗi năm.')[0]).toMatchObject({ value: 8, valueMax: 10, unit: 'percent' }));
});

describe('a data size spelled out is no count (round 23)', () => {
  it.each(['Dữ liệu bị mã hóa lên đến 8 Terabyte.', 'Mỗi gói cước có 3 gigabyte dữ liệu.', 'Kho lưu trữ đạt 2 Petabyte.'])('%s', (s) =>
    expect(findNumbers(s)).toEqual([]));
});

describe('the size that sorts purchases is a threshold (round 23)', () => {
  it.each(['Người dân vẫn trả tiền mặt khi mua hàng dưới 50.000 đồng.', 'Miễn phí giao cho đơn hàng có giá trị trên 300.000 đồng.'])('%s', (s) =>
    expect(findNumbers(s)).toEqual([]));
  it('an amount bought stays a claim', () =>
    expect(findNumbers('Quỹ mua 200 tỷ đồng trái phiếu.')[0]).toMatchObject({ value: 2e11, unit: 'VND' }));
});
