/**
 * Round 33 (an output audit of business and market news, signs and series): a change restated in another unit, a market
 * value that "evaporated", a fall verb in quotation marks, a fall "từ" a range written low to high; a company's business line,
 * the sales of several platforms, a platform's market share, the whole of trade, an average abroad and a share of provinces in
 * brackets are none of the national series. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { fallingRange, quotedFallBefore, restatesChangeInBracket } from '../../../scripts/ingest/direction-signs';
import { indicatorOf } from '../../support/metrics-of';

const values = (s: string) => findNumbers(s).map((m) => m.value);

describe('a change restated in brackets or after ", tương đương" moves the same way', () => {
  it.each([
    ['Doanh thu quý này giảm 240 triệu USD (tương đương 5,2%) so với quý trước.', [-240e6, -5.2]],
    ['Lượng hàng nhập về giảm 9,5% (tương ứng khoảng 1,1 tỷ USD) so với tháng 1.', [-9.5, -1.1e9]],
    ['Kim ngạch nhóm hàng này sụt 57 triệu USD (2,3%) trong nửa cuối tháng.', [-57e6, -2.3]],
    ['Lợi nhuận của hãng giảm 1.200 tỷ đồng, tương đương 48 triệu USD.', [-1.2e12, -48e6]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('a rise stays a rise; a ratio in brackets, a bracket with words of its own and a share after the comma are no restatement', () => {
    expect(values('Doanh thu tăng 7% (tương đương 2,5 tỷ USD) so với cùng kỳ.')).toEqual([7, 2.5e9]);
    expect(values('Doanh thu giảm 6 tỷ đồng (bằng 94% cùng kỳ).')).toEqual([-6e9, 94]);
    expect(values('Tỷ lệ giảm 3% (năm trước là 30%).')).toEqual([-3, 30]);
    expect(values('Doanh thu giảm 4%, tương đương 30% kế hoạch năm.')).toEqual([-4, 30]);
    expect(restatesChangeInBracket(' (năm trước là ', ')')).toBe(false);
  });
});

describe('a market value that "evaporated", and a fall verb in quotation marks', () => {
  it.each([
    ['Giá trị vốn hóa của hãng bốc hơi 800 triệu USD sau phiên giảm sàn.', [-800e6]],
    ['Vốn hóa của doanh nghiệp “bốc hơi” khoảng 14.000 tỷ đồng trong tháng 3.', [-14e12]],
    ['Cổ phiếu công nghệ "lao dốc" 18% chỉ sau hai tuần.', [-18]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('a sum lost in quotation marks is a level', () => {
    expect(quotedFallBefore('Nhiều người "mất" ')).toBeUndefined();
    expect(values('Nhiều người "mất" 3 tỷ đồng vì lừa đảo.')).toEqual([3e9]);
  });
});

describe("a company's business line is not the sector's series", () => {
  it('the sector itself keeps its series', () =>
    expect(indicatorOf('Năm 2024, doanh thu dịch vụ viễn thông đạt 150.000 tỷ đồng.', '150.000')).toBe('telecom-revenue'));
  it.each([
    ['Năm 2023, mảng dịch vụ viễn thông của VNPT đạt doanh thu 52.000 tỷ đồng.', '52.000'],
    ['Năm 2024, khối dịch vụ viễn thông của tập đoàn đạt doanh thu 20.000 tỷ đồng.', '20.000'],
    ['Năm 2023, các khối kinh doanh của Tổng công ty cùng tăng: doanh thu dịch vụ số đạt 4.300 tỷ đồng.', '4.300'],
  ])('%s → none', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('a place or a body after "của" is no company', () =>
    expect(indicatorOf('Năm 2024, doanh thu mảng dịch vụ viễn thông của Việt Nam đạt 150.000 tỷ đồng.', '150.000')).toBe('telecom-revenue'));
});

describe('the sales of several platforms counted, a tracker\'s NMV and a data platform\'s figures are not the national e-commerce market', () => {
  it.each([
    ['Năm 2024, doanh số trên 5 sàn thương mại điện tử đạt 300.000 tỷ đồng, tăng 30% so với năm trước.', '300.000'],
    ['Năm 2024, doanh số trên 5 sàn thương mại điện tử đạt 300.000 tỷ đồng, tăng 30% so với năm trước.', '30%'],
    ['Năm 2024, doanh thu bốn sàn lớn đạt 290.000 tỷ đồng.', '290.000'],
    ['Năm 2024, doanh thu NMV thương mại điện tử toàn thị trường đạt 90.000 tỷ đồng.', '90.000'],
    ['Theo nền tảng phân tích dữ liệu bán lẻ, năm 2024 doanh số thương mại điện tử đạt 310.000 tỷ đồng.', '310.000'],
    ['Theo báo cáo của một nền tảng số liệu thương mại điện tử, năm 2024 thương mại điện tử tăng trưởng 35%.', '35%'],
  ])('%s → %s none', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('one online retail market, all the platforms as the market, and the national market keep their series', () => {
    expect(indicatorOf('Năm 2024, doanh thu trên các sàn thương mại điện tử đạt 300.000 tỷ đồng.', '300.000')).toBe('ecommerce-revenue');
    expect(indicatorOf('Theo báo cáo e-Conomy SEA, năm 2024 tổng giá trị hàng hóa (GMV) thương mại điện tử đạt 22 tỷ USD.', '22 tỷ USD')).toBe('ecommerce-revenue');
    expect(indicatorOf('Năm 2024, tốc độ tăng trưởng doanh số trên sàn giao dịch bán lẻ trực tuyến tăng 60%.', '60%')).toBe('ecommerce-growth');
    expect(indicatorOf('Năm 2024, doanh thu thương mại điện tử bán lẻ đạt 25 tỷ USD.', '25 tỷ USD')).toBe('ecommerce-revenue');
  });
});

describe("a platform's market share is not e-commerce's share of retail", () => {
  it('the share of retail keeps its series', () =>
    expect(indicatorOf('Năm 2024, thương mại điện tử chiếm 10% tổng mức bán lẻ hàng hóa.', '10%')).toBe('ecommerce-retail-share'));
  it.each([
    ['Năm 2024, trên thị trường bán lẻ trực tuyến, thị phần của Lazada là 4%.', '4%'],
    ['Theo báo cáo bán lẻ trực tuyến năm 2024, Shopee chiếm 60%.', '60%'],
  ])('%s → none', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
});

describe('the whole of trade carries no export series of one group of goods', () => {
  const text = 'Tháng 3/2024, xuất khẩu điện thoại và linh kiện đạt 5,1 tỷ USD. Kim ngạch xuất nhập khẩu cả nước trong tháng đạt 131 tỷ USD, tăng 9% (tương đương 10,8 tỷ USD).';
  it('the phones keep theirs', () => expect(indicatorOf(text, '5,1 tỷ USD')).toBe('phone-exports'));
  it.each(['131 tỷ USD', '10,8 tỷ USD'])('%s → none', (n) => expect(indicatorOf(text, n)).toBe('none'));
});

describe('a fall "từ" a range written low to high sizes the fall', () => {
  it.each([
    ['Doanh thu phụ kiện giảm từ 20 đến 30% so với cùng kỳ.', [-30]],
    ['Sản lượng sụt giảm mạnh từ 1,5 đến 2 triệu máy mỗi quý.', [-2e6]],
    ['Giá thiết bị giảm khoảng từ 10 - 15% sau đợt ra mắt.', [-15]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('levels a fall runs between, and a rise, are no falling range', () => {
    expect(values('Tỷ lệ hộ nghèo giảm từ 8% xuống 5%.')).toEqual([8, 5]);
    expect(fallingRange('Tỷ lệ giảm từ ', '35 đến 25%')).toBeUndefined();
    expect(values('Doanh thu tăng từ 10 đến 15%.')).toEqual([10]);
  });
});

describe('an average abroad is not Viet Nam\'s value', () => {
  it('Viet Nam\'s own share keeps its series', () =>
    expect(indicatorOf('Năm 2024, tỷ lệ người dùng điện thoại thông minh ước đạt 85%, cao hơn mức trung bình thế giới là 65%.', '85%')).toBe('smartphone-users'));
  it.each([
    ['Năm 2024, tỷ lệ người dùng điện thoại thông minh ước đạt 85% (trung bình quốc tế: 66%).', '66%'],
    ['Năm 2024, tỷ lệ hộ gia đình sử dụng cáp quang đạt 80% (bình quân quốc tế: 57%).', '57%'],
    ['Năm 2024, tỷ lệ người sử dụng Internet đạt 79% (mức trung bình quốc tế khoảng 62%).', '62%'],
    ['Năm 2024, tỷ lệ người dùng điện thoại thông minh ước đạt 85%, cao hơn mức trung bình thế giới là 65%.', '65%'],
  ])('%s → %s none', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
});

describe('a share of provinces in brackets, the noun after the bracket', () => {
  const text = 'Năm 2024, tỷ lệ người dùng điện thoại thông minh ước đạt 85%. Có 50/63 (chiếm 79%) các tỉnh đã ban hành kế hoạch.';
  it('the share of users keeps its series', () => expect(indicatorOf(text, '85%')).toBe('smartphone-users'));
  it('the provinces\' share carries none', () => expect(indicatorOf(text, '79%')).toBe('none'));
});
