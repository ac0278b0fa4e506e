/**
 * Round 12 number forms: a "top N" that goes on a list of tops or follows "xếp hạng" is a rank bound,
 * a count written with a leading zero before its noun ("tối thiểu 02 tuyến") is a count, and a count
 * of places whose clause names them ("số điểm giao dịch … 12.000 điểm") carries no score points.
 * Every sentence here was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

/** The numbers found in `s`, as "raw value unit[ qualifier]". */
const found = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}${n.qualifier === 'at-most' ? ' ≤' : ''}`);

describe('top N as a rank bound', () => {
  it.each([
    ['Mục tiêu đến năm 2030 thuộc top 5 nước dẫn đầu ASEAN, top 40 nước đứng đầu thế giới về đổi mới sáng tạo.', ['5 rank ≤', '40 rank ≤']],
    ['Chỉ số này phấn đấu nằm trong top 4 khu vực và top 60 trên thế giới.', ['4 rank ≤', '60 rank ≤']],
    ['Đến năm 2028, kỳ vọng xếp hạng top 2 Đông Nam Á.', ['2 rank ≤']],
    ['Tỉnh lọt vào top 20 cả nước, hoặc top 3 của vùng.', ['20 rank ≤', '3 rank ≤']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['TOP 10 địa phương dẫn đầu gồm: Hà Nội, Huế, Đà Nẵng.'],
    ['So với bảng xếp hạng top 10 của năm trước, có hai gương mặt mới.'],
    ['Tỉnh lọt top 20, top 5 gồm: Hà Nội, Huế.'],
  ])('%s: a list size, no rank', (s) => expect(found(s).filter((x) => x.includes('rank') && !x.startsWith('20 '))).toEqual([]));
});

describe('counts with a leading zero', () => {
  it.each([
    ['Phấn đấu khai thác tối thiểu 02 tuyến cáp quang biển mới.', ['2 count']],
    ['Thành lập thêm 03 trung tâm dữ liệu và 150 trạm phát sóng.', ['3 count', '150 count']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([['Ngày 05 tháng 6 tỉnh họp.'], ['Gọi đường dây nóng 0243 123 456.'], ['Thời hạn 02 năm kể từ ngày ký.'], ['Phòng 04 ở tầng trệt.']])('%s: no count', (s) =>
    expect(found(s).filter((x) => /^[2-5] count$/.test(x))).toEqual([]));
});

describe('a growth goal named before its verb', () => {
  it.each([
    ['Góp phần thực hiện mục tiêu tăng trưởng GDP năm nay đạt từ 7 - 7,5%.', 'growth'],
    ['Chỉ tiêu tăng trưởng kinh tế năm 2026 đạt 8%.', 'growth'],
    ['Tỷ trọng kinh tế số tăng từ 12% lên 14%.', 'share'],
  ])('%s: %s', (s, kind) => expect(findNumbers(s)[0]?.kind).toBe(kind));
});

describe('counts of places called "điểm"', () => {
  it.each([
    ['Mở rộng mạng lưới điểm giao dịch bưu chính lên 12.000 điểm.', ['12000 count']],
    ['Số điểm truy cập Internet công cộng đạt hơn 3.500 điểm.', ['3500 count']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([['Điểm trung bình của tỉnh đạt 61,2 điểm.', ['61.2 points']], ['Chỉ số DTI đạt 520 điểm.', ['520 points']]])('%s: a score', (s, want) =>
    expect(found(s)).toEqual(want));
});
