import { describe, expect, it } from 'vitest';
import { counterSpans } from '../../../scripts/ingest/page-counters';
import { metricsOf, segmentsOf } from '../../support/metrics-of';

/** The numbers the metric stage keeps from `paragraphs` (a page of 2024 opening on its headline), as written. */
const kept = (paragraphs: string[]) => metricsOf(paragraphs, 2024, true).map((m) => m.text);

describe('a page\'s counters printed as paragraphs (page-counters.ts, round 52)', () => {
  it('drops one or two bare numbers under the headline', () => {
    expect(kept(['Tỷ trọng kinh tế số năm 2024 dự kiến đạt 18,6%', '0', '19', 'Phó Thủ tướng phát biểu tại diễn đàn với 51.000 doanh nghiệp.'])).toEqual(['18,6%', '51.000']);
  });

  it('keeps a column of three or more numbers (a table one cell a paragraph)', () => {
    const table = ['Xếp hạng GII của Việt Nam qua các năm', '2021', '2022', '2023', 'Nhóm chỉ số đầu vào', '71', '65', '63'];
    expect(counterSpans(segmentsOf(table))).toEqual([]);
  });

  it('keeps a lone number far down the page (a cut-off table cell)', () => {
    const page = ['Kế hoạch năm 2024', 'Đoạn mở đầu.', 'Đoạn thứ hai.', 'Đoạn thứ ba.', 'Đoạn thứ tư.', '- Cơ sở dữ liệu chuyên ngành', '40%', '30'];
    expect(counterSpans(segmentsOf(page))).toEqual([]);
  });
});

describe('other furniture and names (round 52)', () => {
  it.each([
    ['a weekday stamp closed by a view counter', ['Những địa phương dẫn đầu', 'Thứ hai - 07/08/2023 15:42 624', 'Đà Nẵng đạt 0,6 điểm.'], ['0,6 điểm']],
    ['a list of numbered quarters', ['Phường vận động các hộ kinh doanh', 'Tuyến đường gồm các khu phố: 1, 2 , 3, 4, 9, 10 về việc quét mã QR; có 112 hộ tham gia.'], ['112']],
    ['a day with a dot after "hôm qua"', ['Quà Quốc khánh', 'Đến 11 giờ hôm qua 2.9, cả nước có 3.120 xã hoàn thành.'], ['3.120']],
  ])('%s', (_why, paragraphs, want) => {
    expect(kept(paragraphs)).toEqual(want);
  });
});
