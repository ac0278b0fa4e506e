import { describe, expect, it } from 'vitest';
import { foreignHolder, isForeignFigure, marketHolder, namesOwnField } from '../../../scripts/ingest/foreign-holder';
import { metricOf } from '../../support/metrics-of';

describe('foreignHolder: a foreign country that holds the figure after it', () => {
  it.each([
    ['Trong khu vực, Việt Nam đã vượt Malaysia để lên vị trí thứ 4', false],
    ['Việt Nam vượt qua Thái Lan và Philippines, xếp thứ 3', false],
    ['Thái Lan xếp thứ 2 trong khu vực', true],
    ['Việt Nam đứng sau Singapore, xếp thứ 6', true],
    ['trong khi Hàn Quốc vượt Nhật Bản', true],
    ['Việt Nam xếp thứ 8 trong khu vực', false],
    ['Ma-lai-xi-a tăng 3 bậc (xếp thứ 40)', true], // the transliterations of state publications
    ['như: Xinh-ga-po giảm 2 bậc, In-đô-nê-xi-a xếp thứ 70', true],
    ['Phi-líp-pin và Cam-pu-chia cùng xếp thứ 5', true],
    ['Việt Nam đã vượt Bru-nây, xếp thứ 4', false],
  ])('%j → %s', (text, want) => {
    expect(foreignHolder(text)).toBe(want);
  });
  it('exactCase reads only capitalised names', () => {
    expect(foreignHolder('một tháng trung quốc', true)).toBe(false);
    expect(foreignHolder('một tháng trung quốc')).toBe(true);
  });
});

describe('namesOwnField: the rank\'s sentence names its own ranking', () => {
  it.each([
    ['Trong bảng Chỉ số an toàn thông tin (GCI) năm 2024, Việt Nam xếp thứ 17', 'việt nam xếp thứ 17', true],
    ['Tỉnh đứng thứ 2 toàn quốc về tỷ lệ hồ sơ trực tuyến', 'tỉnh đứng thứ 2 toàn quốc', true],
    ['Việt Nam đã vượt Indonesia để vươn lên vị trí thứ 4 trong 10 nước; 3 nước đứng trên là Singapore, Malaysia, Thái Lan', 'việt nam đã vượt indonesia để vươn lên vị trí thứ 4 trong 10 nước', false],
    ['Tỉnh vươn lên vị trí thứ 12, tăng 4 bậc', 'tỉnh vươn lên vị trí thứ 12', false],
  ])('%j → %s', (sentence, clause, want) => {
    expect(namesOwnField(sentence, clause)).toBe(want);
  });
});

describe('isForeignFigure: a figure that is another country\'s', () => {
  const fig = (s: string, raw: string, itemFrom = 0) => isForeignFigure(s, s.indexOf(raw), s.slice(itemFrom, s.indexOf(raw)));
  it('a sentence that opens on a market names whose its figures are, to the end of the clause', () => {
    const s = 'Hàn Quốc là thị trường nhập khẩu lớn thứ hai của nhóm hàng dệt may với 3,1 tỷ USD, tăng 4,2%.';
    expect(fig(s, '3,1 tỷ', s.indexOf('với'))).toBe(true);
    expect(fig(s, '4,2%', s.indexOf(', tăng'))).toBe(true);
    expect(fig('Riêng Nhật Bản, doanh thu tăng 8%.', '8%', 14)).toBe(true);
  });
  it('Viet Nam named before the figure, or a whole, keeps it Viet Nam\'s', () => {
    expect(fig('Thái Lan và Việt Nam là hai thị trường tăng nhanh; Việt Nam đạt 25 tỷ USD.', '25 tỷ', 52)).toBe(false);
    expect(fig('Hoa Kỳ là thị trường lớn nhất; tổng kim ngạch cả nước đạt 40 tỷ USD.', '40 tỷ', 31)).toBe(false);
    expect(fig('Xuất khẩu đạt 40 tỷ USD, tăng 5%.', '5%', 22)).toBe(false);
  });
  it('a market named before the figure, or a sentence that opens "Trong đó, <country> là thị trường … của Việt Nam"', () => {
    const a = 'Xuất khẩu thủy sản sang thị trường Nhật Bản đạt 1,2 tỷ USD, chiếm 15% tổng kim ngạch.';
    expect(fig(a, '1,2 tỷ', a.indexOf('đạt'))).toBe(true);
    expect(fig(a, '15%', a.indexOf(', chiếm'))).toBe(true);
    const b = 'Trong đó, Hàn Quốc là thị trường lớn thứ hai của Việt Nam, đạt 3 tỷ USD.';
    expect(fig(b, '3 tỷ', b.indexOf('đạt'))).toBe(true);
    const d = 'Xuất khẩu sang Hoa Kỳ đạt 10 tỷ USD, tổng kim ngạch cả nước đạt 50 tỷ USD.';
    expect(fig(d, '10 tỷ', d.indexOf('đạt'))).toBe(true);
    expect(fig(d, '50 tỷ', d.indexOf('tổng'))).toBe(false);
    const c = 'Trong đó, Hàn Quốc và Việt Nam ký 5 thỏa thuận; Việt Nam đạt 3 tỷ USD.';
    expect(fig(c, '3 tỷ', c.indexOf('đạt'))).toBe(false);
  });
  it('a bracket that opens on another country', () => {
    expect(fig('Tỷ trọng của Việt Nam là 14% (Thái Lan năm 2022 là 12,1%).', '12,1%', 36)).toBe(true);
  });
});

describe('marketHolder: a short country name holds the figure in a sentence about markets (round 9)', () => {
  it('"là Đức với …", "Anh đứng thứ 5 với …" among markets; not a person or a place, nor outside markets', () => {
    expect(marketHolder('Thị trường nhập khẩu lớn thứ hai là Đức với 2,1 tỷ USD.', 'thứ hai là Đức với ')).toBe(true);
    expect(marketHolder('Anh đứng thứ 5 trong các thị trường với 900 triệu USD.', 'Anh đứng thứ 5 trong các thị trường với ')).toBe(true);
    expect(marketHolder('Ông Nguyễn Văn Anh cho biết doanh thu đạt 5 tỷ USD.', 'Ông Nguyễn Văn Anh cho biết doanh thu đạt ')).toBe(false);
    expect(marketHolder('Thị trường trong nước đạt 5 tỷ USD.', 'Thị trường trong nước đạt ')).toBe(false);
    expect(isForeignFigure('Khách hàng lớn nhất là Mỹ với 3 tỷ USD.', 'Khách hàng lớn nhất là Mỹ với '.length, 'Khách hàng lớn nhất là Mỹ với ')).toBe(true);
  });
});

describe('round 31f: a market named right after the figure', () => {
  const fig = (s: string, raw: string) => isForeignFigure(s, s.indexOf(raw), s.slice(0, s.indexOf(raw)));
  it.each([
    ['Nhóm hàng này tăng trưởng âm 20,5% tại Hàn Quốc.', '20,5%'],
    ['Xuất khẩu đạt 2,1 tỷ USD ở thị trường Nhật Bản.', '2,1 tỷ'],
    ['Kim ngạch giảm 4% sang Mỹ.', '4%'],
  ])('%s → %s is the market\'s', (s, n) => expect(fig(s, n)).toBe(true));
  it.each([
    ['Xuất khẩu tăng 4% so với năm trước.', '4%'],
    ['Samsung đạt doanh thu 60 tỷ USD tại Việt Nam.', '60 tỷ'],
  ])('%s → %s is not', (s, n) => expect(fig(s, n)).toBe(false));
});

describe('round 45: "về xếp hạng chung" points back to the ranking named before, no field of its own', () => {
  it('namesOwnField', () => {
    expect(namesOwnField('theo đó, về xếp hạng chung, tỉnh a xếp hạng thứ 20/63 tỉnh thành.', 'tỉnh a xếp hạng thứ 20/63')).toBe(false);
    expect(namesOwnField('về thứ hạng tổng thể, tỉnh a xếp thứ 20/63.', 'tỉnh a xếp thứ 20/63')).toBe(false);
    expect(namesOwnField('tỉnh a xếp thứ 20/63 về hạ tầng số.', 'tỉnh a xếp thứ 20/63')).toBe(true);
  });
  it('the rank reads the ranking of the sentence before', () => {
    const s = 'Bộ Thông tin và Truyền thông đã công bố kết quả đánh giá mức độ chuyển đổi số năm 2023 của các bộ, ngành, địa phương. Theo đó, về xếp hạng chung, Bình Phước xếp hạng thứ 20/63 tỉnh thành, tăng 4 bậc.';
    expect(metricOf(s, '20/63', 2024).indicator).toBe('dti-province-rank');
  });
});
