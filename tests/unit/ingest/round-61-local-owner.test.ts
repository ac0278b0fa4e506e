/** Round 61 (session 42): "… thuộc thẩm quyền giải quyết của địa phương …" makes a figure a province's own, no series of the country (a pilot
 *  run in 12 provinces is no connection to the population database either); the
 *  localities as a whole ("của các địa phương") are not one province. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('"của địa phương": the province\'s own procedures', () => {
  it('a province\'s share of its own procedures offered online', () =>
    expect(indicatorOf('Tỷ lệ cung cấp thủ tục hành chính thuộc thẩm quyền giải quyết của địa phương trên các Cổng dịch vụ công trực tuyến đạt 91,5%, xếp thứ ba cả nước.', '91,5%')).toBe('none'));
  it('the country\'s share keeps its series', () =>
    expect(indicatorOf('Cả nước có 4.400 thủ tục hành chính được cung cấp dịch vụ công trực tuyến.', '4.400')).toBe('online-procedures-share'));
});

describe('residents-data-connection: a pilot is no connection', () => {
  it('provinces where a pilot ran', () =>
    expect(indicatorOf('Bộ Công an đã hoàn thành việc triển khai thí điểm phần mềm thuộc dự án cơ sở dữ liệu quốc gia về dân cư tại Công an 12 tỉnh, thành phố.', '12')).toBe('none'));
  it('provinces connected keep their series', () =>
    expect(indicatorOf('Đã có 63 tỉnh, thành phố kết nối với Cơ sở dữ liệu quốc gia về dân cư.', '63')).toBe('residents-data-connection'));
});

describe('the localities as a whole are no one province', () => {
  it('"của khối địa phương" keeps the localities\' series', () =>
    expect(indicatorOf('Năm 2024, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của khối địa phương đạt 58%.', '58%', 2024)).toBe('provinces-digitised-dossier-share'));
});

describe('review mends: "của địa phương" in a national report is the localities\' level', () => {
  it.each([
    ['Theo báo cáo của Văn phòng Chính phủ, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của địa phương đạt 55%.', '55%', 'provinces-digitised-dossier-share'],
    ['Tỷ lệ hồ sơ trực tuyến toàn quốc của địa phương đạt 45%.', '45%', 'provinces-online-dossier-share'],
  ])('%s', (text, n, id) => expect(indicatorOf(text, n, 2024)).toBe(id));
});
