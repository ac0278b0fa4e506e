import { describe, expect, it } from 'vitest';
import { afterHeadlineAim, endsGoalFrame, framePeriod, frameStatus, isCommitment, isPlanCost, isVisionYear, opensGoalFrame, ownAimFrame } from '../../../scripts/ingest/goal-frame';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { metricsByText, segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** The metrics of `paragraphs`, by their text (the first of each). */
function read(paragraphs: string[], articleYear?: number): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const m of extractMetrics(segments(paragraphs), { ...(articleYear ? { articleYear } : {}), ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] ??= m;
  return out;
}

describe('opening a goal frame', () => {
  it('opens on a plan named with its aim, or an aim of its own, with the first horizon that is not a vision', () => {
    expect(opensGoalFrame('Chương trình chuyển đổi số của tỉnh hướng tới một chính quyền không giấy tờ.')).toEqual({ weak: true }); // round 63: a plan's name and an aim's word alone, no horizon: a section's title closes it (goal-section.ts)
    expect(opensGoalFrame('Chiến lược quốc gia đặt ra mục tiêu đến năm 2030, tầm nhìn đến năm 2045.')?.horizon?.iso).toBe('2030');
    expect(opensGoalFrame('Đề án phát triển nhân lực đến năm 2028, định hướng đến năm 2040 có ba nhóm mục tiêu.')?.horizon?.iso).toBe('2028');
    expect(opensGoalFrame('Thành phố đặt mục tiêu đến năm 2027 có 5.000 doanh nghiệp số.', 2024)?.horizon?.iso).toBe('2027');
    expect(opensGoalFrame('Phấn đấu năm nay hoàn thành số hóa hồ sơ.'), 'phấn đấu alone governs its own list').toBeUndefined();
  });

  it('opens on a heading line of aims without a stop, not on a sentence or a heading with a figure or a result', () => {
    expect(opensGoalFrame('Những chỉ tiêu chính giai đoạn 2026 - 2030')?.horizon?.iso).toBe('2030');
    expect(opensGoalFrame('Mục tiêu phát triển hạ tầng số đến năm 2028', 2025)?.horizon?.iso).toBe('2028');
    expect(opensGoalFrame('Chỉ tiêu năm 2024 đạt 95%')).toBeUndefined();
    expect(opensGoalFrame('Các chỉ tiêu đã hoàn thành trong năm 2023')).toBeUndefined();
    expect(opensGoalFrame('Chỉ tiêu này được giao cho các huyện, thị xã.')).toBeUndefined();
  });

  it('does not open on a report of results, nor on a plan named without an aim', () => {
    expect(opensGoalFrame('Kết quả thực hiện kế hoạch năm qua cho thấy nhiều chuyển biến.')).toBeUndefined();
    expect(opensGoalFrame('Kế hoạch số 12 được ban hành vào tháng trước.')).toBeUndefined();
    expect(opensGoalFrame('Hiện nay, chương trình đặt mục tiêu mới.')).toBeUndefined();
    expect(opensGoalFrame('Thực hiện mục tiêu của Chương trình chuyển đổi số, năm 2024 tỉnh đã số hóa 80% hồ sơ.')).toBeUndefined();
    expect(opensGoalFrame('Tỉnh đã hoàn thành chỉ tiêu Kế hoạch năm 2024.')).toBeUndefined();
    expect(opensGoalFrame('Sở trình ban hành kế hoạch năm 2025, trong đó hoàn thành 41/45 chỉ tiêu.'), 'goals met, counted').toBeUndefined();
    expect(opensGoalFrame('Chương trình của huyện vượt 12 chỉ tiêu.')).toBeUndefined();
    expect(opensGoalFrame('Sở đã ban hành Kế hoạch với nhiều mục tiêu.')).toBeUndefined();
    expect(opensGoalFrame('Bộ đã trình đề án phát triển nhân lực đến năm 2029, định hướng đến năm 2040.')?.horizon?.iso).toBe('2029');
  });
});

describe('round 36: a sentence opening on the part of a day an event took place ends the goal frame before it', () => {
  it.each(['Sáng qua, Sở tổ chức lễ ra quân với 40 đoàn viên.', 'Chiều 12/9, tỉnh họp với 25 đơn vị.', 'Sáng nay (4/7), Bộ công bố 3 nền tảng.', 'Hôm qua, huyện trao 15 máy tính.'])('%s', (s) => expect(endsGoalFrame(s)).toBe(true));
  it('not a goal set on a morning, nor a figure that only names a morning later', () => {
    expect(endsGoalFrame('Tỷ lệ người dân có chữ ký số trên 60%, đo vào sáng thứ Hai.')).toBe(false);
    expect(endsGoalFrame('Buổi sáng, 100% xã có điểm phát wifi.')).toBe(false);
  });
});

describe('ending a goal frame', () => {
  it('ends where the text turns to results, to something done or to an earlier year', () => {
    for (const s of ['Năm qua, tỷ lệ này tăng mạnh.', 'Tỉnh đã cấp 3.000 chữ ký số.', 'Tính tới cuối tháng, có 40 xã số.', 'Đánh giá chung, chương trình đi đúng hướng.'])
      expect(endsGoalFrame(s, 2025), s).toBe(true);
    expect(endsGoalFrame('Năm 2023 có 12 nền tảng.', 2025)).toBe(true);
    expect(endsGoalFrame('Tỷ lệ người dân có chữ ký số trên 60%.', 2025)).toBe(false);
    expect(endsGoalFrame('Quý II/2025, doanh thu dịch vụ số tăng 12%.', 2025)).toBe(true);
    expect(endsGoalFrame('6 tháng đầu năm, doanh thu dịch vụ số tăng 12%.')).toBe(true);
    expect(endsGoalFrame('Đến tháng 12/2025, 100% xã có điểm phát wifi.', 2025)).toBe(false);
    expect(endsGoalFrame('Năm 2027, 100% xã có điểm phát wifi.', 2025)).toBe(false);
  });
  it('reads the ranking body an index is named by ("… theo đánh giá của ITU") as the goal\'s measure, no assessment reported (round 25b)', () => {
    for (const s of ['Giữ vị trí 20 đến 25 về Chỉ số Chính phủ điện tử theo đánh giá của Liên hợp quốc.', 'Cải thiện chỉ số đổi mới sáng tạo (GII) theo đánh giá của WIPO vào top 40.'])
      expect(endsGoalFrame(s, 2025), s).toBe(false);
    for (const s of ['Theo đánh giá của Bộ, chương trình đạt 90% kế hoạch.', 'Hội nghị đánh giá cao kết quả của tỉnh.', 'Thủ tục gọn hơn nhiều, theo đánh giá của doanh nghiệp.'])
      expect(endsGoalFrame(s, 2025), s).toBe(true);
  });
});

describe('statuses in a frame', () => {
  const n = (s: string, text: string, unit = 'percent') => ({ start: s.indexOf(text), end: s.indexOf(text) + text.length, unit });
  it('makes a result-less figure a goal, a plan cost an estimate, and keeps what is done or dated before', () => {
    const s = 'Tỷ lệ xã có điểm phát wifi công cộng trên 70%.';
    expect(frameStatus({}, 'actual', s, n(s, '70%'), false, false)).toBe('target');
    expect(frameStatus({}, 'actual', s, n(s, '70%'), true, false)).toBe('actual');
    expect(frameStatus({}, 'actual', s, n(s, '70%'), false, true)).toBe('actual');
    expect(frameStatus(undefined, 'actual', s, n(s, '70%'), false, false)).toBe('actual');
    const cost = 'Nguồn vốn ngân sách bố trí 3.200 tỷ đồng.';
    expect(frameStatus({}, 'actual', cost, n(cost, '3.200 tỷ đồng', 'VND'), false, false)).toBe('estimate');
    const items = 'Năm 2027, xã phấn đấu các chỉ tiêu: thu ngân sách đạt 12 tỷ đồng; giải ngân 100% vốn đầu tư công; thu nhập đạt 80 triệu đồng/người.';
    expect(frameStatus(undefined, 'target', items, n(items, '12 tỷ đồng', 'VND'), false, false), 'another item’s cost words').toBe('target');
    expect(frameStatus(undefined, 'target', items, n(items, '80 triệu đồng', 'VND'), false, false)).toBe('target');
    const shares = 'Kinh phí dự kiến chia cho: đào tạo (500 tỷ đồng); hạ tầng (900 tỷ đồng).';
    expect(frameStatus({}, 'actual', shares, n(shares, '900 tỷ đồng', 'VND'), false, false), 'the lead-in’s cost words').toBe('estimate');
    const need = 'Đến năm 2030, tổng kinh phí cần 900 tỷ đồng.';
    expect(frameStatus(undefined, 'target', need, n(need, '900 tỷ đồng', 'VND'), false, false)).toBe('estimate');
    expect(frameStatus({}, 'baseline', s, n(s, '70%'), false, false)).toBe('baseline');
  });

  it('reads a commitment as a goal, only near its number', () => {
    expect(isCommitment('doanh nghiệp phải lắp đặt tối thiểu ', ' điểm sạc mới')).toBe(true);
    expect(isCommitment('ít nhất ', ' doanh nghiệp gặp khó khăn')).toBe(false);
    expect(isCommitment('trường cam kết đào tạo ', ' sinh viên')).toBe(true);
    expect(isCommitment('', ' máy chủ cần hoàn thành trong quý IV')).toBe(true);
    expect(isCommitment('tối thiểu 200 điểm mới được hưởng mức hỗ trợ ', ' chi phí')).toBe(false);
    expect(isCommitment('tỉnh có ', ' xã')).toBe(false);
  });

  it('tells a plan cost from a goal in money', () => {
    expect(isPlanCost('Tổng kinh phí thực hiện khoảng 4.000 tỷ đồng.', 'VND')).toBe(true);
    expect(isPlanCost('Doanh thu đạt 4 tỷ USD.', 'USD')).toBe(false);
    expect(isPlanCost('Kinh phí 40%.', 'percent')).toBe(false);
    expect(isPlanCost('Nguồn vốn ngân sách bố trí 3.200 tỷ đồng.', 'VND')).toBe(true);
    expect(isPlanCost('Tổng vốn đầu tư toàn xã hội giai đoạn này đạt 50.000 tỷ đồng.', 'VND'), 'the economy’s investment, a goal of growth').toBe(false);
    expect(isPlanCost('Huy động vốn đầu tư phát triển toàn xã hội khoảng 30 tỷ USD.', 'USD')).toBe(false);
    expect(isPlanCost('Vốn đầu tư cho dự án là 800 tỷ đồng.', 'VND')).toBe(true);
    expect(isPlanCost('Phấn đấu thu hút vốn FDI đạt 2 tỷ USD.', 'USD')).toBe(false);
    expect(isPlanCost('Thu ngân sách từ kinh tế số đạt 900 tỷ đồng.', 'VND')).toBe(false);
    expect(isPlanCost('Mục tiêu vốn hóa thị trường đạt 100 tỷ USD.', 'USD')).toBe(false);
  });

  it('gives a frame figure the horizon, or the end of the phase its paragraph inherited', () => {
    const horizon = { iso: '2030', precision: 'year' as const };
    expect(framePeriod({ horizon }, undefined)).toEqual(horizon);
    expect(framePeriod({ horizon }, { period: { iso: '2027', precision: 'year', isoEnd: '2029' }, from: 'paragraph' })?.iso).toBe('2029');
    expect(framePeriod({ horizon }, { period: { iso: '2027', precision: 'year' }, from: 'clause' })).toBeUndefined();
    expect(framePeriod(undefined, undefined)).toBeUndefined();
  });
});

describe('a goal frame through an article', () => {
  it('carries over verbless items and paragraphs until results are reported', () => {
    const m = read([
      'Chương trình chuyển đổi số của thành phố đặt mục tiêu đến năm 2028 tỷ lệ hồ sơ trực tuyến trên 80%.',
      'Tỷ lệ người dân có chữ ký số cá nhân trên 45%. 100% sở, ngành kết nối nền tảng dữ liệu dùng chung.',
      'Trên 70% hộ gia đình được phủ cáp quang.',
      'Năm qua, thành phố đã cấp 12.000 chữ ký số.',
    ], 2025);
    for (const t of ['80%', '45%', '100%', '70%']) expect(m[t]?.status, t).toBe('target');
    expect(m['45%']?.period?.iso).toBe('2028');
    expect(m['12.000']?.status).toBe('actual');
  });

  it('reads a plan cost as an estimate with the plan horizon, its training goals as goals', () => {
    const m = read([
      'Bộ đặt mục tiêu đến năm 2029 đào tạo được 9.000 chuyên gia dữ liệu.',
      'Nguồn kinh phí dự kiến phân bổ: đào tạo (2.100 tỷ đồng); hạ tầng (900 tỷ đồng).',
      '9.000 chuyên gia được đào tạo gồm 300 tiến sĩ và 8.700 kỹ sư.',
    ]);
    expect(m['900 tỷ đồng']?.status).toBe('estimate');
    expect(m['900 tỷ đồng']?.period?.iso).toBe('2029');
    for (const t of ['300', '8.700']) expect(m[t]?.status, t).toBe('target');
  });

  it('gives a goal item no series carried from the item before', () => {
    const m = read(['Kế hoạch quốc gia đặt mục tiêu tỷ trọng thương mại điện tử trong tổng mức bán lẻ trên 9%.', '100% bộ, ngành tổ chức tập huấn kỹ năng số.'], 2025);
    expect(m['9%']?.indicator).toBe('ecommerce-retail-share');
    expect(m['100%']).toMatchObject({ status: 'target' });
    expect(m['100%']?.indicator).toBeUndefined();
  });

  it('leaves an article that reports results after naming a plan alone', () => {
    const m = read([
      'Sở thông tin cho biết kế hoạch năm 2025 đặt ra nhiều mục tiêu.',
      'Hiện nay, tỉnh có 320 điểm giao dịch không dùng tiền mặt.',
      'Tỷ lệ hồ sơ trực tuyến đạt 62%.',
    ], 2025);
    expect(m['320']?.status).toBe('actual');
    expect(m['62%']?.status).toBe('actual');
  });
});

describe('an aim that introduces its goals with a colon, and a plan\'s value in brackets (round 10b)', () => {
  it('opens a frame on "hướng tới / đề ra / xác định (các) mục tiêu … :" with no plan named', () => {
    expect(opensGoalFrame('Đến năm 2026, thành phố hướng tới mục tiêu:')?.horizon?.iso).toBe('2026');
    expect(opensGoalFrame('Tỉnh đề ra các chỉ tiêu cụ thể:')).toEqual({});
    expect(opensGoalFrame('Ngành xác định những mục tiêu sau:')).toEqual({});
    expect(opensGoalFrame('Hướng tới mục tiêu chung, các sở đã phối hợp chặt chẽ.'), 'no colon: an aim talked about, no list of goals').toBeUndefined();
  });

  it('reads the verbless items after such a lead-in as goals with its horizon', () => {
    const m = read(['Đến năm 2027, huyện hướng tới mục tiêu:', '75% hộ gia đình có cáp quang.', 'Kinh tế số chiếm 15% GRDP.']);
    expect(m['75%']?.status).toBe('target');
    expect(m['15%']?.status).toBe('target');
    expect(m['75%']?.period?.iso).toBe('2027');
  });

  it('reads the year\'s plan value in brackets as a target for the year, beside an estimate (status.ts isPlanValue)', () => {
    const m = read(['Hai tháng đầu năm 2026, doanh thu toàn ngành ước đạt 653 tỷ đồng, tăng 5% so với cùng kỳ năm 2025 và đạt 15,7% so với kế hoạch năm (4.171 tỷ đồng).']);
    expect(m['4.171 tỷ đồng']?.status).toBe('target');
    expect(m['4.171 tỷ đồng']?.period?.iso).toBe('2026');
    expect(m['4.171 tỷ đồng']?.period?.precision).toBe('year');
    expect(m['653 tỷ đồng']?.status).toBe('estimate');
  });
});

describe("round 12: a vision's year", () => {
  it('is told by "định hướng" / "tầm nhìn" right before it', () => {
    const s = 'Đề án phát triển nhân lực số đến năm 2026, tầm nhìn đến năm 2040.';
    expect(isVisionYear(s, { start: s.indexOf('năm 2040') })).toBe(true);
    expect(isVisionYear(s, { start: s.indexOf('năm 2026') })).toBe(false);
  });

  it("is no period the goals listed after it take on an undated page: they take the plan's horizon", () => {
    const m = read([
      'Đây là mục tiêu tại Đề án phát triển nhân lực số đến năm 2026, định hướng đến năm 2040.',
      'Đề án xác định 3 nhóm mục tiêu, bao gồm:',
      '1) Đào tạo: 60% lao động có kỹ năng số; 40% cán bộ được bồi dưỡng.',
    ]);
    expect(m['60%']).toMatchObject({ status: 'target', period: { iso: '2026' } });
    expect(m['40%']?.period?.iso).toBe('2026');
  });
});

describe('round 14: aims as a heading, a detail of goals, an obligation after the noun', () => {
  it('opens on a heading of aims, even where an item says what was done, and not on a report of them', () => {
    expect(opensGoalFrame('Về các chỉ tiêu chính về dữ liệu: 60% cơ sở dữ liệu mà cơ quan đã thu thập được làm sạch.')).toEqual({});
    expect(opensGoalFrame('Mục tiêu đến năm 2030: 90% xã có điểm truy cập miễn phí.', 2026)?.horizon?.iso).toBe('2030');
    expect(opensGoalFrame('Kết quả thực hiện các chỉ tiêu trong năm: 70% hồ sơ được số hóa.')).toBeUndefined();
    expect(opensGoalFrame('Nhiều xã đã thu thập dữ liệu: 60% hồ sơ được làm sạch.')).toBeUndefined();
  });
  it('reads the items after a heading of aims as goals', () => {
    const m = read(['Đối với các mục tiêu, chỉ tiêu về hạ tầng số: 65% thôn có cáp quang. 35% hộ dân dùng ví điện tử. 95% trường học kết nối mạng.']);
    expect([m['35%']?.status, m['95%']?.status]).toEqual(['target', 'target']);
  });
  it('reads "Trong đó, …" after a sentence of goals as goals toward its year, not after results', () => {
    const goals = read(['Cũng tới năm 2027, tỉnh thuộc nhóm 10 địa phương dẫn đầu về chỉ số số hóa. Trong đó, cáp quang phủ trên 85% hộ gia đình và 65% dân số dùng thanh toán số.'], 2024);
    expect([goals['85%']?.status, goals['85%']?.period?.iso, goals['65%']?.status]).toEqual(['target', '2027', 'target']);
    const results = read(['Năm 2023, tỉnh có 1.200 doanh nghiệp số. Trong đó, 45% doanh nghiệp dùng hóa đơn điện tử.'], 2024);
    expect(results['45%']?.status).toBe('actual');
  });
  it('makes a figure owed where "phải là / phải được" follows its noun, not "không phải"', () => {
    expect(isCommitment('trong đó ', ' hồ sơ phải là hồ sơ toàn trình')).toBe(true);
    expect(isCommitment('', ' văn bản phải được ký số')).toBe(true);
    expect(isCommitment('', ' người dùng không phải là doanh nghiệp')).toBe(false);
  });
});

describe('round 14: a phase or a vision as a heading', () => {
  it('opens on "Giai đoạn …:", "Tầm nhìn …:", "Đến năm …:" with the end year, not on a phase already past', () => {
    expect(opensGoalFrame('Giai đoạn 2026 – 2030: Bứt phá với tăng trưởng 9%/năm.', 2025)?.horizon?.iso).toBe('2030');
    expect(opensGoalFrame('Tầm nhìn đến năm 2050: Một quốc gia số.', 2025)?.horizon?.iso).toBe('2050');
    expect(opensGoalFrame('Tới năm 2035: Xã hội số.', 2025)?.phase).toBe(true);
    expect(opensGoalFrame('Giai đoạn 2016 - 2020: Kinh tế tăng 6,8%/năm.', 2024)).toBeUndefined();
  });
  it('gives the figures after each heading its end year, over a phase carried from the paragraph before', () => {
    const m = read(['Giai đoạn 2026 - 2030: Bứt phá với mục tiêu tăng trưởng trên 9%/năm. Năng suất lao động đạt 12.000 USD.', 'Tầm nhìn 2050: Trở thành nước thu nhập cao. Thuộc nhóm 25 nước dẫn đầu về đổi mới sáng tạo.'], 2025);
    expect([m['12.000 USD']?.status, m['12.000 USD']?.period?.iso]).toEqual(['target', '2030']);
    expect([m['25']?.status, m['25']?.period?.iso]).toEqual(['target', '2050']);
  });
});

describe('ownAimFrame', () => {
  const at = (s: string, fig: string) => ownAimFrame(s, s.indexOf(fig), 2023);
  it('a sentence whose subject is its aim frames its own later items', () => {
    const s = 'Mục tiêu phát triển hạ tầng số đến năm 2026 là phủ 95% thôn bằng cáp quang; doanh thu dịch vụ số tăng ít nhất 2 lần so với năm 2021.';
    expect(at(s, '2 lần')?.horizon?.iso).toBe('2026');
    expect(at('Các chỉ tiêu cụ thể phấn đấu: 90% hồ sơ trực tuyến; 70% người dân có tài khoản.', '70%')).toEqual({});
  });
  it.each([
    ['Mục tiêu năm 2023 là 84% hộ có cáp quang; Số thuê bao băng rộng đạt 22 triệu, tăng 7% so với cùng kỳ.', '22'],
    ['Mục tiêu năm 2023 đã đạt được, với 84% hộ có cáp quang.', '84%'],
    ['Tỉnh đặt mục tiêu 84% hộ có cáp quang; 60% người dân có tài khoản.', '60%'],
    ['Thực hiện mục tiêu chuyển đổi số, huyện có 60% hồ sơ trực tuyến.', '60%'],
    ['Chỉ tiêu về hồ sơ trực tuyến đạt 85%; chỉ tiêu về thanh toán đạt 60%.', '60%'],
  ])('no frame past a stop-like `;`, with a result, or not opening on the aim: %j', (s, fig) => {
    expect(at(s, fig)).toBeUndefined();
  });
});

describe('a plan’s floor built on research stays a goal (extractMetrics)', () => {
  it('"kết quả nghiên cứu" turns no frame to results', () => {
    const ms = extractMetrics(segments([
      'Kế hoạch đặt mục tiêu năm 2027 đưa tỷ trọng kinh tế số đạt 20% GRDP.',
      'Thành lập tối thiểu 15 - 25 doanh nghiệp công nghệ từ kết quả nghiên cứu của các trường đại học, trong đó mỗi trường có tối thiểu 3 doanh nghiệp.',
    ]), { indicators: [], topics: [], fallbackTopic: 'x' });
    expect(ms.find((m) => m.text === '15 - 25')?.status).toBe('target');
    expect(ms.find((m) => m.text === '3')?.status).toBe('target');
  });
});

describe('endsGoalFrame: this year reported (round 19)', () => {
  it('a sentence on how "năm nay" stands, with no goal word, ends the frame', () => {
    expect(endsGoalFrame('Theo báo cáo, năm nay doanh thu ước đạt 160 tỷ USD.')).toBe(true);
    expect(endsGoalFrame('Thu nhập bình quân tăng lên hơn 4.000 USD vào cuối năm nay.')).toBe(true);
  });
  it('not a goal set for this year, nor a sentence without "năm nay"', () => {
    expect(endsGoalFrame('Mục tiêu năm nay là doanh thu đạt 160 tỷ USD.')).toBe(false);
    expect(endsGoalFrame('Phấn đấu năm nay đạt 50% giao dịch số.')).toBe(false);
    expect(endsGoalFrame('Doanh thu đạt 160 tỷ USD vào năm 2030.')).toBe(false);
  });
});

describe('endsGoalFrame: a bracket on the present inside a goal sentence', () => {
  it('an aside "(hiện nay …)" after a goal does not end the frame', () => {
    expect(endsGoalFrame('Doanh thu số gấp 5 lần (hiện nay khoảng 2 lần); 70% doanh nghiệp dùng hóa đơn điện tử.')).toBe(false);
    expect(endsGoalFrame('Tỷ lệ phủ sóng đạt 99% dân số (hiện đã đạt 95%), 100% xã có cáp quang.')).toBe(false);
  });
  it('the present outside a bracket still ends it', () => {
    expect(endsGoalFrame('Hiện nay, doanh thu số gấp 2 lần (năm 2020 là 1,5 lần).')).toBe(true);
    expect(endsGoalFrame('Đến nay đã có 70% doanh nghiệp dùng hóa đơn điện tử.')).toBe(true);
  });
});

describe('frameStatus: what a plan earns or a ceiling it sets is a goal, not a cost (round 26a)', () => {
  const at = (s: string, x: string) => ({ start: s.indexOf(x), end: s.indexOf(x) + x.length, unit: 'VND' });
  it.each([
    ['Theo kế hoạch được Ủy ban Quản lý vốn phê duyệt, tổng công ty đặt mục tiêu doanh thu 15.000 tỷ đồng.', '15.000'],
    ['Kế hoạch vốn đầu tư năm nay của tập đoàn không quá 4.500 tỷ đồng.', '4.500'],
    ['Ngân sách năm sau đặt mục tiêu lợi nhuận trước thuế 800 tỷ đồng.', '800'],
  ])('%j: %s stays a target', (s, x) => expect(frameStatus(undefined, 'target', s, at(s, x), false, false)).toBe('target'));
  it('money a plan needs is still an estimate', () => {
    const s = 'Kế hoạch cần kinh phí 26.000 tỷ đồng.';
    expect(frameStatus(undefined, 'target', s, at(s, '26.000'), false, false)).toBe('estimate');
  });
});

describe("a headline's aim (round 32)", () => {
  /** The metrics of `paragraphs` whose first is a headline, by their text. */
  function withHeadline(paragraphs: string[], articleYear?: number): Record<string, Metric> {
    const out: Record<string, Metric> = {};
    for (const m of extractMetrics(segments(paragraphs), { ...(articleYear ? { articleYear } : {}), headline: true, ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] ??= m;
    return out;
  }
  it('frames no body of results, nor gives them its year', () => {
    const m = withHeadline([
      'Ngân hàng số đặt mục tiêu bứt phá trong năm 2026',
      'Ngoài ra, tỷ lệ giao dịch trên kênh số đạt 97,2% (vượt chỉ tiêu năm 2025), tăng 1,4% so với năm 2024.',
      'Năm 2025, tổng tài sản của ngân hàng đạt 88.300 tỷ đồng, tăng 11% so với cùng kỳ năm 2024.',
    ]);
    expect(m['97,2%']).toMatchObject({ status: 'actual', period: { iso: '2025' } });
    expect(m['88.300 tỷ đồng']?.status).toBe('actual');
  });
  it('goes on over a lead that restates the aim', () => {
    const m = withHeadline([
      'Hiệp hội đặt mục tiêu đưa doanh thu phần mềm lên 80 tỷ USD',
      'Hiệp hội hướng tới mục tiêu nâng doanh thu phần mềm lên 80 tỷ USD sau 15 năm, nghĩa là cao gấp 10 lần doanh thu năm 2023.',
    ]);
    expect(m['10 lần']?.status).toBe('target');
  });
  it('afterHeadlineAim: a lead of results drops the aim and its year; a plan\'s lead keeps the year', () => {
    const goal = { horizon: { iso: '2026', precision: 'year' as const, text: '2026' }, headline: true };
    const latest = { iso: '2026', precision: 'year' as const, text: 'năm 2026' };
    expect(afterHeadlineAim(goal, latest, 'Năm 2025, doanh thu đã đạt 4.100 tỷ đồng.', true)).toEqual([undefined, undefined]);
    expect(afterHeadlineAim(goal, latest, 'Ngày 5/3, UBND huyện công bố kế hoạch số hóa năm 2026.', true)).toEqual([undefined, latest]);
    expect(afterHeadlineAim(goal, latest, 'Huyện đặt mục tiêu toàn bộ 100% hồ sơ công việc được số hóa.', true)).toEqual([goal, latest]);
    expect(afterHeadlineAim(goal, latest, 'Huyện đặt mục tiêu toàn bộ 100% hồ sơ công việc được số hóa.', false)[0]).toBeUndefined();
  });
});

describe('round 45: a review after years of carrying a plan out opens no goal frame (AFTER_YEARS_OF)', () => {
  it.each([
    'Qua hơn 2 năm triển khai thực hiện Đề án phát triển ứng dụng dữ liệu dân cư giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, tỉnh đã kết nối thành công hệ thống.',
    'Sau 3 năm thực hiện Nghị quyết về chuyển đổi số đến năm 2025, định hướng đến năm 2030, huyện đã đạt nhiều kết quả.',
    'Qua 18 tháng vận hành Kế hoạch số hóa đến năm 2026, tầm nhìn đến năm 2030, toàn tỉnh đã có nhiều chuyển biến.',
  ])('%s', (s) => expect(opensGoalFrame(s)).toBeUndefined());
  it('a plan still ahead, done or not, still opens one', () => {
    expect(opensGoalFrame('Bộ đã trình đề án chuyển đổi số đến năm 2030, tầm nhìn đến năm 2045.')).toBeDefined();
    expect(opensGoalFrame('Tỉnh ban hành Kế hoạch chuyển đổi số với mục tiêu đến năm 2027 đạt 90% hồ sơ trực tuyến.')).toBeDefined();
  });
  it('the results after it stay results', () => {
    const m = read(['Qua hơn 2 năm triển khai thực hiện Đề án 06 giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, tỉnh Bạc Liêu đã kết nối thành công hệ thống. Tỷ lệ người dân nộp hồ sơ trực tuyến năm 2023 đạt gần 78%, tăng hơn 30% so với năm 2022.']);
    expect(m['78%']!.status).toBe('actual');
    expect(m['30%']!.status).toBe('actual');
  });
});

describe('round 47: "thời gian qua" turns to results', () => {
  it('ends the frame of a plan issued before it', () => expect(endsGoalFrame('Thời gian qua, thành phố đẩy mạnh phát triển doanh nghiệp số.')).toBe(true));
  it('on a page: the counts "đến năm 2022" after it are results, not a deadline\'s goals', () => {
    const m = metricsByText(
      'Hiện nay, tỉnh thuộc nhóm dẫn đầu về chuyển đổi số. Bên cạnh các cơ sở dữ liệu được duy trì, tỉnh ban hành các văn bản, kế hoạch để khuyến khích, định hướng người dân, doanh nghiệp đẩy mạnh thanh toán không dùng tiền mặt trên địa bàn; triển khai hóa đơn điện tử...',
      'Thời gian qua, tỉnh đẩy mạnh phát triển doanh nghiệp số. Về doanh nghiệp công nghệ số, đến năm 2022, trên địa bàn tỉnh có hơn 1.300 doanh nghiệp với tổng doanh thu khoảng 2,1 tỷ USD.',
    );
    expect(m['1.300']?.status).toBe('actual');
    expect(m['2,1 tỷ USD']?.status).toBe('actual');
  });
});

describe('round 47: "Theo thống kê …" turns to results', () => {
  it('ends a goal frame', () => expect(endsGoalFrame('Theo thống kê của doanh nghiệp viễn thông, toàn tỉnh có gần 20.000 thiết bị 5G.')).toBe(true));
  it('on a page: the counts after a paragraph of plans implemented are results', () => {
    const m = metricsByText(
      'Đây là nhiệm vụ trọng tâm của tỉnh, nhằm thực hiện Quyết định số 749/QĐ-TTg ngày 3.6.2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; Nghị quyết số 02-NQ/TU ngày 26.1.2021 của Tỉnh ủy về chuyển đổi số đến năm 2025 và định hướng đến năm 2030.',
      'Theo thống kê của doanh nghiệp viễn thông, toàn tỉnh có gần 20.000 thiết bị 5G và 45.000 thiết bị 4G.',
    );
    expect(m['20.000']?.status).toBe('actual');
  });
});
