/**
 * Round 33 (the matcher's recall on paraphrases of the whole catalogue): a count whose noun is a pair of places or bodies
 * ("tỉnh, thành phố", "thôn, bản", "bộ, ngành") and the villages left ("còn … lõm sóng"), a cut ("cắt giảm") counted, the abbreviations and English names of a
 * ranking ("CPĐT", "E-Government", "Global Innovation Index", "CCHC", "AI Readiness"), the economy's growth with its name first, a longer
 * name of the e-identity, and a dossier of procedures (no share of procedures). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('a count whose noun is a pair of places or bodies', () => {
  it.each([
    ['Đến cuối năm 2024, 61 tỉnh, thành phố đã kết nối với hệ thống EMC.', '61', 'emc-connection'],
    ['Năm 2023, 320 thôn, bản đã được phủ sóng băng rộng di động.', '320', 'mobile-broadband-coverage'],
    ['Năm 2024, 1.050 thôn, xóm lõm sóng đã được phủ sóng.', '1.050', 'mobile-broadband-coverage'],
    ['Năm 2024, 58 tỉnh, thành đã thành lập Ban Chỉ đạo chuyển đổi số.', '58', 'steering-committees'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
  it.each([
    ['Đến cuối năm 2024, vẫn còn 740 thôn, bản lõm sóng.', '740'],
    ['Năm 2023, còn 215 thôn lõm sóng trên cả nước.', '215'],
  ])('%s → %s: the villages left are not the villages covered', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('a count of other things keeps its own series', () =>
    expect(indicatorOf('Năm 2024, tỉnh Hà Nam có 1.200 doanh nghiệp, hợp tác xã tham gia sàn thương mại điện tử.', '1.200')).toBe('none'));
});

describe('a cut counted', () => {
  it.each([
    ['Trong năm 2024, các bộ đã cắt giảm 650 thủ tục hành chính.', '650'],
    ['Năm 2023, Chính phủ cắt giảm 2.100 quy định kinh doanh.', '2.100'],
  ])('%s → %s: simplified-procedures', (s, n) => expect(indicatorOf(s, n)).toBe('simplified-procedures'));
  it('a fall is still a change', () =>
    expect(indicatorOf('Năm 2024, số thuê bao băng rộng di động giảm 2 triệu thuê bao.', '2 triệu')).toBe('none'));
});

describe('abbreviations and English names of a ranking', () => {
  it.each([
    ['Năm 2022, Việt Nam xếp thứ 86/193 về phát triển CPĐT.', '86/193', 'egdi-rank'],
    ['Trong E-Government Survey 2022, Việt Nam đứng thứ 86/193.', '86/193', 'egdi-rank'],
    ['Năm 2022, Việt Nam đứng thứ 6/11 ASEAN về CPĐT.', '6/11', 'egov-asean-rank'],
    ['Năm 2023, Việt Nam xếp thứ 46/132 trong Global Innovation Index.', '46/132', 'gii-rank'],
    ['Năm 2022, chỉ số CCHC của tỉnh Hà Nam đứng thứ 15/63.', '15/63', 'par-index-province-rank'],
    ['Năm 2022, Việt Nam đứng thứ 55/181 trong Government AI Readiness Index.', '55/181', 'ai-readiness-rank'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
  it.each([
    ['Năm 2022, Việt Nam xếp thứ 70/193 về Chỉ số tham gia điện tử (EPI) của CPĐT.', '70/193'],
    ['Năm 2022, Việt Nam đứng thứ 77 trong Network Readiness Index.', '77'],
  ])('%s → %s: another ranking keeps none', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
});

describe('the economy growing, its name first', () => {
  it.each([
    ['Năm 2023, kinh tế Việt Nam tăng trưởng 5,05%.', '5,05%'],
    ['Nền kinh tế năm 2022 tăng trưởng 8,02%.', '8,02%'],
  ])('%s → %s: gdp-growth', (s, n) => expect(indicatorOf(s, n)).toBe('gdp-growth'));
  it('the digital economy keeps its own', () =>
    expect(indicatorOf('Năm 2023, kinh tế số Việt Nam tăng trưởng 19%.', '19%')).toBe('digital-economy-growth'));
});

describe('the e-identity by its longer name', () => {
  it('counts accounts', () =>
    expect(indicatorOf('Đến nay, hệ thống định danh và xác thực điện tử đã cấp 58 triệu tài khoản.', '58 triệu')).toBe('eid-accounts'));
});

describe('a dossier of procedures is no share of procedures', () => {
  it.each([
    ['Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và xử lý trực tuyến đạt 52%.', '52%', 'online-dossier-share'],
    ['Năm 2024, 52% hồ sơ TTHC được nộp trực tuyến.', '52%', 'online-dossier-share'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
  it('procedures offered online keep their share', () =>
    expect(indicatorOf('Năm 2024, 93% thủ tục hành chính đã được cung cấp trực tuyến.', '93%')).toBe('online-procedures-share'));
});
