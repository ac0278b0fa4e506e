import { describe, expect, it } from 'vitest';
import { isInProvince, isProvincialGoal, isProvincialPage, isProvincialPlan, isProvincialReport, isProvincialSource, isPlanNameDate, isReportedPlanName } from '../../../scripts/ingest/plan-scope';
import { scoreIndicator } from '../../../scripts/ingest/lexicon';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import { segments } from './metrics-support';
import { findDates } from '../../../scripts/ingest/dates';
import { claimOf, englishMetrics } from '../../support/metrics-of';

const CATALOGUE = loadIndicators(new URL('../../../', import.meta.url).pathname);

describe('isProvincialPlan', () => {
  it('reads a provincial issuer or scope with words of a plan at the top of the article', () => {
    expect(isProvincialPlan(['Kế hoạch chuyển đổi số năm 2026', 'UBND tỉnh Yên Bái ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.'])).toBe(true);
    expect(isProvincialPlan(['Triển khai Chiến lược dữ liệu trên địa bàn tỉnh', 'Một số mục tiêu cụ thể như sau:'])).toBe(true);
    expect(isProvincialPlan(['Bắc Giang đặt mục tiêu kinh tế số chiếm 25% GRDP'])).toBe(true);
  });

  it('a national report, or a province named without a plan, is no provincial plan', () => {
    expect(isProvincialPlan(['Kinh tế số cả nước đạt 18% GDP', 'Bộ TT&TT công bố số liệu năm 2024.'])).toBe(false);
    expect(isProvincialPlan(['Thủ tướng làm việc tại Quảng Ninh', 'Thủ tướng yêu cầu cả nước phấn đấu 80% dịch vụ công trực tuyến toàn trình.'])).toBe(false);
    expect(isProvincialPlan(['Việt Nam đặt mục tiêu, Hà Nội dẫn đầu'])).toBe(false);
    expect(isProvincialPlan(['Tin tức', 'UBND tỉnh tổ chức hội nghị sơ kết.'])).toBe(false);
  });

  it('only the plan\'s targets are the province\'s, and not where the sentence says it is national', () => {
    expect(isProvincialGoal(true, 'target', '70% người dân có tài khoản thanh toán.')).toBe(true);
    expect(isProvincialGoal(true, 'actual', '70% người dân có tài khoản thanh toán.')).toBe(false);
    expect(isProvincialGoal(true, 'target', 'Cả nước phấn đấu 70% người dân có tài khoản thanh toán.')).toBe(false);
    expect(isProvincialGoal(false, 'target', '70% người dân có tài khoản thanh toán.')).toBe(false);
  });

  it('"của tỉnh" and "cấp tỉnh" beside words of a plan make a provincial plan too; without them they do not', () => {
    expect(isProvincialPlan(['Theo đó, Kế hoạch đề ra mục tiêu phát triển kinh tế số, nâng cao năng lực cạnh tranh cấp tỉnh.'])).toBe(true);
    expect(isProvincialPlan(['Tin tức', 'Các mục tiêu chuyển đổi số của tỉnh đến năm 2025 như sau:'])).toBe(true);
    expect(isProvincialPlan(['Bộ công bố chỉ số chuyển đổi số cấp tỉnh năm 2024.'])).toBe(false);
  });

  it('the national words are read in the goal\'s own ;-clause (metrics passes it), not in the whole sentence', () => {
    const sentence = 'Phấn đấu 100% dịch vụ được tích hợp trên Cổng dịch vụ công quốc gia; tỷ lệ hồ sơ trực tuyến đạt 50%.';
    const clause = sentence.slice(sentence.indexOf(';') + 1);
    expect(isProvincialGoal(true, 'target', clause)).toBe(true);
    expect(isProvincialGoal(true, 'target', sentence.slice(0, sentence.indexOf(';')))).toBe(false);
  });
});

describe('round 36: a number whose own clause places it in the province', () => {
  it('is the province\'s, unless that clause names the nation', () => {
    expect(isInProvince('', 'với mục tiêu kích hoạt 300.000 tài khoản cho mọi người dân trên địa bàn tỉnh')).toBe(true);
    expect(isInProvince('', 'cả nước kích hoạt 30 triệu tài khoản, trong đó trên địa bàn tỉnh có 300.000')).toBe(false);
    expect(isInProvince('', 'cả nước kích hoạt 30 triệu tài khoản')).toBe(false);
    expect(isInProvince('Cổng DVC tỉnh đã liên thông với Cổng DVC quốc gia của tỉnh. ', 'tỷ lệ hồ sơ thanh toán trên Cổng DVC quốc gia đạt 40%')).toBe(true);
  });
});

describe('isInProvince', () => {
  it('a paragraph placed in one province keeps its results off national series, unless the clause says "cả nước"', () => {
    const before = 'Các doanh nghiệp viễn thông đã triển khai mạng 4G đến tất cả các huyện, xã trong tỉnh. ';
    expect(isInProvince(before, 'tỷ lệ hộ gia đình có thuê bao cáp quang đạt 55%')).toBe(true);
    expect(isInProvince('Toàn tỉnh có 120 xã. ', 'tỷ lệ hộ gia đình dùng cáp quang đạt 60%')).toBe(true);
    expect(isInProvince(before, 'tỷ lệ của cả nước đạt 80%')).toBe(false);
    expect(isInProvince('Xếp hạng DTI cấp tỉnh năm 2024 được công bố. ', 'cả nước có 63 tỉnh')).toBe(false);
    expect(isInProvince('Các tỉnh đã triển khai. ', 'tỷ lệ hộ gia đình dùng cáp quang đạt 80%')).toBe(false);
  });

  it('such a result takes no country series in the matcher', () => {
    const s = 'Tỷ lệ hộ gia đình có thuê bao cáp quang đạt 55,05%.';
    const q = { clause: s.toLowerCase(), sentence: s.toLowerCase(), at: s.indexOf('55,05%'), unit: 'percent' as const, kind: 'share' as const };
    expect(scoreIndicator(q, CATALOGUE).indicator).toBe('fibre-broadband-households');
    expect(scoreIndicator({ ...q, inProvince: true }, CATALOGUE).indicator).toBeUndefined();
  });
});

describe('isProvincialReport / isProvincialSource', () => {
  it('a headline naming one province and nothing national makes a province\'s report', () => {
    expect(isProvincialReport('Bắc Giang đẩy mạnh chuyển đổi số')).toBe(true);
    expect(isProvincialReport('TP.HCM: 90% hồ sơ được xử lý trực tuyến')).toBe(true);
    expect(isProvincialReport('Đà Nẵng dẫn đầu cả nước về chuyển đổi số')).toBe(false);
    expect(isProvincialReport('Chuyển đổi số quốc gia: kết quả năm 2024')).toBe(false);
    expect(isProvincialReport(undefined)).toBe(false);
  });
  it('a sentence opening on a province\'s source reports the province\'s figures', () => {
    expect(isProvincialSource('Sở Thông tin và Truyền thông tỉnh Nghệ An cho biết, tỷ lệ hồ sơ đạt 45%.')).toBe(true);
    expect(isProvincialSource('Theo UBND TP Đà Nẵng, giao dịch tăng 30%.')).toBe(true);
    expect(isProvincialSource('Theo Bộ Công an, cả nước có 80 triệu tài khoản.')).toBe(false);
    expect(isProvincialSource('Tỷ lệ hồ sơ của Nghệ An đạt 45%.')).toBe(false);
  });
  it('either places the number in the province unless its clause is national', () => {
    expect(isInProvince('', 'tỷ lệ hồ sơ trực tuyến đạt 60%', true)).toBe(true);
    expect(isInProvince('', 'cả nước có 80 triệu tài khoản', true)).toBe(false);
  });
});

describe("round 12: a plan's span in a report of its results", () => {
  const dateIn = (s: string, text: string) => ({ start: s.indexOf(text), text });
  it('is the plan\'s name when the sentence reports results on the plan', () => {
    const s = 'Theo báo cáo sơ kết Đề án phát triển thanh toán số giai đoạn 2021 - 2026, hiện nay 75% người dân có ví điện tử.';
    expect(isReportedPlanName(s, dateIn(s, 'giai đoạn 2021 - 2026'))).toBe(true);
    const t = 'Kết quả thực hiện Chương trình chuyển đổi số đến năm 2026 cho thấy 60% xã đã có cáp quang.';
    expect(isReportedPlanName(t, dateIn(t, 'đến năm 2026'))).toBe(true);
  });

  it('round 36: a title\'s comma before its span, and a province said to have met the plan\'s goals', () => {
    const s = 'Tính đến thời điểm này, tỉnh là 1/9 tỉnh hoàn thành các mục tiêu của Đề án phát triển thanh toán số tại Việt Nam, giai đoạn 2021 - 2026.';
    expect(isReportedPlanName(s, dateIn(s, 'giai đoạn 2021 - 2026'))).toBe(true);
    const t = 'Tỉnh đã ban hành Đề án phát triển thanh toán số, năm 2023 đạt 40% người dân có ví.';
    expect(isReportedPlanName(t, dateIn(t, 'năm 2023'))).toBe(false);
  });

  it('is no name where the sentence sets the plan\'s goals, nor where no plan is named', () => {
    const s = 'Đề án phát triển thanh toán số giai đoạn 2021 - 2026 đặt mục tiêu 80% người dân có ví điện tử.';
    expect(isReportedPlanName(s, dateIn(s, 'giai đoạn 2021 - 2026'))).toBe(false);
    const t = 'Trong giai đoạn 2021 - 2026, hiện nay 75% người dân đã có ví điện tử.';
    expect(isReportedPlanName(t, dateIn(t, 'giai đoạn 2021 - 2026'))).toBe(false);
  });
});

describe("round 12: an undated report on a plan's results, read whole", () => {
  it('dates no result to the plan\'s span, and keeps it as the horizon of the goals beside them', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const metrics = extractMetrics(segments([
      'Theo báo cáo kết quả thực hiện Đề án thanh toán số giai đoạn 2021 - 2026, hiện nay 75% người dân đã có ví điện tử (vượt mục tiêu 70%).',
      'Số giao dịch qua ví tăng 40% (vượt mục tiêu là 30%).',
    ]), { indicators: loadIndicators(root), topics: loadTopics(root), fallbackTopic: 'chi-dao-dieu-hanh' });
    const by = Object.fromEntries(metrics.map((m) => [m.text, m]));
    expect(by['75%']?.period).toBeUndefined();
    expect(by['40%']?.period).toBeUndefined();
    expect(by['30%']).toMatchObject({ status: 'target', period: { iso: '2026' } });
  });
});

describe('one decision per scope', () => {
  it("a province's own words make its plan, a provincial body in the headline its report", () => {
    expect(isProvincialPlan(['Đẩy mạnh chuyển đổi số', 'Các sở, ban, ngành triển khai 100% hồ sơ trực tuyến.'])).toBe(true);
    expect(isProvincialReport('Sở Khoa học và Công nghệ tổng kết năm 2024')).toBe(true);
    expect(isProvincialReport('Bộ Khoa học và Công nghệ tổng kết năm 2024')).toBe(false);
  });
});

describe('isProvincialPage', () => {
  const lead = 'Trong năm qua, Quảng Trị đã hoàn thành nhiều nhiệm vụ chuyển đổi số, đưa 85% hồ sơ lên môi trường điện tử.';
  it('is one decision: the headline, the counts in the unnamed province, or a lead that opens on a province acting', () => {
    expect(isProvincialPage(['Lâm Đồng đẩy mạnh chuyển đổi số', 'Năm 2024 có 90% hồ sơ trực tuyến.'], true)).toBe(true);
    expect(isProvincialPage(['Toàn tỉnh có 120 xã.', 'Trên địa bàn tỉnh hiện có 45 trạm 5G.'], false)).toBe(true);
    expect(isProvincialPage([lead], false)).toBe(true);
  });
  it('is not a national page, nor a headline read when the page has none', () => {
    expect(isProvincialPage(['Lâm Đồng đẩy mạnh chuyển đổi số', 'Cả nước có 90% hồ sơ trực tuyến.'], false)).toBe(false);
    expect(isProvincialPage(['Toàn tỉnh có 120 xã; cả nước có 10.000 xã.', 'Trên địa bàn tỉnh có 45 trạm.'], false)).toBe(false);
    expect(isProvincialPage(['Tại Huế, Bộ Khoa học và Công nghệ tổ chức hội nghị tổng kết năm với hơn 300 đại biểu tham dự.'], false)).toBe(false);
  });
});

describe('round 29c: a plan a sentence opens on carrying out', () => {
  it('names the plan with its span', () => {
    for (const s of ['Thực hiện Quyết định số 12/QĐ-TTg phê duyệt Đề án phát triển thanh toán số giai đoạn 2021-2025.', 'Triển khai Kế hoạch chuyển đổi số của tỉnh giai đoạn 2022-2025, các sở đã vào cuộc.', 'Thực hiện Chương trình phát triển hạ tầng số giai đoạn 2021-2025 của tỉnh, ngành đã chủ động.']) {
      const span = /giai đoạn \d{4}-\d{4}/u.exec(s)!;
      expect(isReportedPlanName(s, { start: span.index, text: span[0] }), s).toBe(true);
    }
  });

  it('not a plan issued mid-sentence with no result reported', () => {
    const s = 'Tỉnh ban hành Kế hoạch phát triển hạ tầng số giai đoạn 2021-2025.';
    const span = /giai đoạn \d{4}-\d{4}/u.exec(s)!;
    expect(isReportedPlanName(s, { start: span.index, text: span[0] })).toBe(false);
  });
});

describe("a plan's span inside its quoted title, in a sentence that serves to carry it out (round 31d)", () => {
  const first = (s: string) => findDates(s).find((d) => d.isoEnd)!;
  it('names the plan: no period of what the page reports', () => {
    for (const s of [
      'Hoạt động này góp phần thực hiện Chương trình “Chuyển đổi số ngành giáo dục, đào tạo giai đoạn 2023 - 2027”.',
      'Đây là nội dung nhằm thực hiện Kế hoạch “Phát triển dịch vụ công, thanh toán số giai đoạn 2021 - 2025” của tỉnh.',
    ]) expect(isReportedPlanName(s, first(s)), s).toBe(true);
    expect(claimOf('Hoạt động này góp phần thực hiện Chương trình “Chuyển đổi số ngành giáo dục, đào tạo giai đoạn 2023 - 2027”. // Trường có hơn 2.400 sinh viên.', '2.400').period).toBeNull();
  });
  it('not a span outside a quoted title, nor a sentence that only names the plan', () => {
    const s = 'Kết quả “Chuyển đổi số, đào tạo” của ngành giai đoạn 2021 - 2025 đạt 80%.';
    expect(isReportedPlanName(s, first(s))).toBe(false);
    const named = 'Tỉnh ban hành Đề án “Phát triển dịch vụ số, du lịch thông minh giai đoạn 2024 - 2028”.';
    expect(isReportedPlanName(named, first(named))).toBe(false);
  });
});

describe('round 39: a province\'s department reporting before the figure', () => {
  it('"Sở …" speaking places the figure in its province; "cơ sở", "sở hữu" and the ministry do not', () => {
    expect(isInProvince('Theo bà Lan, Giám đốc Sở Y tế cho biết: ', 'hiện nay tỷ lệ bệnh viện dùng bệnh án điện tử đạt 60%')).toBe(true);
    expect(isInProvince('Theo các cơ sở y tế: ', 'tỷ lệ bệnh viện dùng bệnh án điện tử đạt 60%')).toBe(false);
    expect(isInProvince('Thứ trưởng Bộ Y tế cho biết: ', 'tỷ lệ bệnh viện dùng bệnh án điện tử đạt 60%')).toBe(false);
    expect(isInProvince('Giám đốc Sở Y tế cho biết: ', 'cả nước có 60% bệnh viện dùng bệnh án điện tử')).toBe(false);
  });
});

describe('a plan named with its span or horizon dates nothing after it (round 43)', () => {
  it('the span of a plan a decision approves is no period of the paragraphs after it', () => {
    const ms = englishMetrics(['UBND tỉnh cũng đã phê duyệt Đề án Chuyển đổi sang IPv6 cho các cơ quan của tỉnh, giai đoạn 2022-2026 và định hướng đến năm 2030.', 'Mạng nội bộ của tỉnh đã kết nối tới 95% cơ quan cấp huyện.'], undefined, false);
    expect(ms.find((m) => m.text === '95%')?.period ?? null).toBeNull();
  });
  it('the horizon of a cited plan gives no year to the goals of a later heading', () => {
    const ms = englishMetrics(['Phấn đấu đến năm 2029, tỉnh cơ bản đạt các chỉ tiêu trong Chiến lược phát triển chính phủ số đến năm 2026, tầm nhìn đến năm 2035.', 'Mục tiêu đến năm 2029:', 'Phấn đấu 90% dịch vụ công trực tuyến toàn trình; 50% thủ tục có trợ lý ảo hỗ trợ.'], undefined, false);
    expect(ms.map((m) => m.period?.iso)).toEqual(['2029', '2029']);
  });
  it('isPlanNameDate: what a decision approves, a digit inside a word', () => {
    const s = 'Huyện có Quyết định phê duyệt Nâng cấp IPv6 cho các xã, giai đoạn 2022-2026.';
    expect(findDates(s).map((d) => isPlanNameDate(s, d))).toEqual([true]);
  });
});

describe('periods on an undated page (round 43)', () => {
  const periods = (ps: string[]) => englishMetrics(ps, undefined, false).map((m) => m.period?.iso ?? null);
  it('"Đến nay" opening a paragraph after a dated one is the page\'s unknown now', () =>
    expect(periods(['Năm 2023, xã đã tổ chức nhiều lớp tập huấn kỹ năng số cho nông dân.', 'Đến nay, toàn xã có 9 hợp tác xã bán hàng trên sàn thương mại điện tử.'])).toEqual([null]));
  it('a goal after a report\'s year takes the deadline of its frame', () =>
    expect(periods(['Báo cáo sơ kết năm 2024 vừa được Bộ công bố.', 'Mục tiêu đến năm 2026, tỷ lệ người dân có chữ ký số đạt 60%. Doanh thu thương mại điện tử B2C đạt 30 tỷ USD.'])).toEqual(['2026', '2026']));
});

describe('an undated page\'s years (round 43, set CJ)', () => {
  const periods = (ps: string[]) => englishMetrics(ps, undefined, false).map((m) => m.period ? `${m.period.iso}/${m.period.precision}` : null);
  it('"năm nay" is the year after the one a same-period comparison names', () =>
    expect(periods(['Đối với cổng thanh toán, trong 6 tháng đầu năm nay, đã có hơn 90.000 tài khoản đăng ký mới.', 'Kể từ khi khai trương vào tháng 11/2019 đến nay, cổng đã có 3 triệu tài khoản, tăng hơn 2 lần so với cùng kỳ năm 2022.'])[0]).toBe('2023-01/half'));
  it('a running total counted from a month to now is not dated at that month', () =>
    expect(periods(['Kể từ khi đưa vào vận hành vào tháng 3/2021 đến nay, hệ thống đã tiếp nhận 2,5 triệu hồ sơ.'])).toEqual([null]));
  it('an average yearly rate takes no year the paragraph before hands on', () =>
    expect(periods(['Năm 2024, doanh thu ngành đạt 12 tỷ USD.', 'Thanh toán di động có tốc độ tăng trưởng trung bình hàng năm lên đến 60%.'])[1]).toBeNull());
});
