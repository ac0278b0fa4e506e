/**
 * Round 60 (session 41): one ministry as the owner of what a figure counts ("… hồ sơ thực hiện tại Bộ Tài chính", "dịch vụ công … do Bộ
 * Y tế cung cấp", "thuộc thẩm quyền giải quyết của Bộ Tư pháp") keeps it off the whole country's series (`indicator-subject.ts`'
 * ONE_MINISTRY); a ministry that publishes or reports the figure, and the police ministry (whose systems are the nation's), do not.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('a ministry that owns the figure', () => {
  it.each([
    'Phấn đấu đến năm 2025, 100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến do Bộ Y tế cung cấp được định danh và xác thực điện tử.',
    'Đến năm 2025, tối thiểu 60% số lượng hồ sơ thực hiện tại Bộ Tài chính được nộp trực tuyến.',
    'Năm 2024, 95% người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ Tư pháp.',
  ])('%s → none', (text) => {
    const n = /\d+%/u.exec(text)![0];
    expect(indicatorOf(text, n)).toBe('none');
  });
});

describe('the same words without a ministry as owner', () => {
  it.each([
    ['Phấn đấu đến năm 2025, 100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực điện tử.', '100%'],
    ['Theo báo cáo của Bộ Thông tin và Truyền thông, năm 2023 tỷ lệ hồ sơ trực tuyến của cả nước đạt 43%.', '43%'],
    ['Chỉ số chuyển đổi số quốc gia năm 2024 do Bộ Thông tin và Truyền thông công bố đạt 0,7955.', '0,7955'],
  ])('%s → a series', (text, n) => expect(indicatorOf(text, n)).not.toBe('none'));
});

describe('review mends: a ministry as source, venue or part after a comma; "của Bộ X" as owner', () => {
  it.each([
    ['Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 45%, theo số liệu trên Hệ thống thông tin giải quyết TTHC do Bộ TT&TT quản lý.', '45%'],
    ['Tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt 52%, Thứ trưởng cho biết tại buổi làm việc tại Bộ TT&TT.', '52%'],
    ['Tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 45%, trong đó hồ sơ thực hiện tại Bộ Tài chính chiếm 60%.', '45%'],
  ])('%s → %s keeps a series', (text, n) => expect(indicatorOf(text, n)).not.toBe('none'));
  it('"Tỷ lệ hồ sơ … của Bộ Giao thông vận tải đạt 65%" is that ministry\'s', () =>
    expect(indicatorOf('Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình của Bộ Giao thông vận tải đạt 65%.', '65%')).toBe('none'));
});

describe('a rank by a measure of its own (round 60, after set IT)', () => {
  it('"đứng thứ 3/63 tỉnh có số giao dịch cao nhất qua nền tảng NDXP" takes no ranking the page names elsewhere', () => {
    const p1 = 'Theo đánh giá, tỉnh Lào Cai đứng thứ 3/63 tỉnh có số giao dịch cao nhất qua nền tảng chia sẻ dữ liệu quốc gia (NDXP) trong năm 2022.';
    const p3 = 'Lào Cai giữ vị trí thứ 11 trong bảng xếp hạng chỉ số cải cách hành chính năm 2022 (Par Index).';
    expect(indicatorOf(`${p1} // ${p3}`, '3/63')).toBe('none');
    expect(indicatorOf(`${p1} // ${p3}`, '11')).toBe('par-index-province-rank');
  });
});

describe('a level of the province is no province figure (round 60, after set IO)', () => {
  const s = 'Tính đến ngày 31/10/2023, tỷ lệ người dân, doanh nghiệp nộp hồ sơ trực tuyến toàn tỉnh đạt 72%, trong đó, cấp tỉnh đạt 79%, cấp huyện đạt 68%.';
  it('the whole province keeps its series', () => expect(indicatorOf(s, '72%', 2023)).toBe('province-online-dossier-share'));
  it.each(['79%', '68%'])('the level\'s %s takes none', (n) => expect(indicatorOf(s, n, 2023)).toBe('none'));
});
