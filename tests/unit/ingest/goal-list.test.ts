import { describe, expect, it } from 'vitest';
import { isGoalListItem, planYearInStage } from '../../../scripts/ingest/goal-list';
import { isTarget } from '../../../scripts/ingest/status';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { figuresBefore } from '../../../scripts/ingest/metric-status';
import { metricsByText } from './metrics-support';

const item = (s: string, figure: string) => isGoalListItem(s, s.indexOf(figure));

describe('isGoalListItem', () => {
  const list = 'Năm nay huyện đặt ra 6 chỉ tiêu chủ yếu, cụ thể: 95% hộ gia đình có cáp quang; phát triển ít nhất 40 điểm phục vụ; giữ vững 100% xã có sóng 4G.';
  it.each(['95%', '40 điểm', '100% xã'])('%s after a lead-in naming goals is a goal', (fig) => {
    expect(item(list, fig)).toBe(true);
  });
  it('under other goal words and wording', () => {
    expect(item('Các mục tiêu của đề án như sau: trên 80% doanh nghiệp dùng hóa đơn điện tử; 60% người dân có tài khoản.', '60%')).toBe(true);
  });
  it.each([
    ['Kết quả thực hiện các chỉ tiêu: 98% hồ sơ được số hóa; 70% doanh nghiệp dùng nền tảng số.', '70%'],
    ['Tỉnh đã hoàn thành 9 chỉ tiêu, gồm: 100% xã có cáp quang; 85% hộ có điện thoại thông minh.', '85%'],
    ['Về các chỉ tiêu: 90% hồ sơ đã được số hóa; 75% doanh nghiệp đạt được chứng nhận.', '75%'],
    ['Doanh thu gồm: 120 tỷ đồng từ viễn thông; 30 tỷ đồng từ bưu chính.', '30 tỷ'],
    ['Tỉnh có 12 chỉ tiêu về chuyển đổi số và 95% xã có cáp quang.', '95%'],
  ])('%j: a result, a report or no goal list is no goal item', (s, fig) => {
    expect(item(s, fig)).toBe(false);
  });
});

describe('planYearInStage', () => {
  const stage = { iso: '2021', isoEnd: '2025' };
  it('narrows a stage to the one plan year the page’s top names inside it', () => {
    expect(planYearInStage(stage, 'chỉ tiêu về hạ tầng số cần làm trong năm 2023. sở đã trình kế hoạch năm 2023.')?.iso).toBe('2023');
  });
  it.each([
    ['kế hoạch giai đoạn 2021-2025 của tỉnh.'],
    ['kế hoạch năm 2027 của tỉnh.'],
    ['kế hoạch năm 2022 và nhiệm vụ năm 2023.'],
    ['hội nghị diễn ra năm 2023.'],
  ])('no year when the top names none inside the stage, several, or no plan: %j', (lead) => {
    expect(planYearInStage(stage, lead)).toBeUndefined();
  });
  it('a single year is no stage', () => {
    expect(planYearInStage({ iso: '2024' }, 'kế hoạch năm 2024')).toBeUndefined();
  });
});

describe('a stage’s goal list on a page of one year’s plan (extractMetrics)', () => {
  it('its items are goals of the plan year, not results of the stage’s first year', () => {
    const paragraphs = [
      'Những chỉ tiêu về hạ tầng số huyện cần đạt trong năm 2023',
      'Phòng Văn hóa đã trình dự thảo kế hoạch năm 2023 lên UBND huyện.',
      'Trong đó có 5 chỉ tiêu trọng tâm để hoàn thành kế hoạch giai đoạn 2021 - 2025 gồm: 95% hộ gia đình có cáp quang; phát triển ít nhất 40 điểm phục vụ; giữ vững 100% xã có sóng 4G.',
    ];
    let offset = 0;
    const segs = paragraphs.map((text) => { const s = { text, offset }; offset += text.length + 2; return s; });
    const ms = extractMetrics(segs, { indicators: [], topics: [], fallbackTopic: 'x', articleYear: 2023, headline: true });
    for (const text of ['95%', '40', '100%']) {
      const m = ms.find((x) => x.text === text);
      expect(m?.status, text).toBe('target');
      expect(m?.period?.iso, text).toBe('2023');
    }
  });
});

describe('figuresBefore: the figures a goal list goes on from', () => {
  const d = (quote: string, status: 'target' | 'actual') => ({ metric: { quote, status } }) as unknown as Parameters<typeof figuresBefore>[0][number];
  const drafts = [d('A: 100% …; 80% …', 'target'), d('A: 100% …; 80% …', 'target'), d('B …', 'actual'), d('C: 90% …; 70% …', 'target'), d('C: 90% …; 70% …', 'target')];
  it('those of the sentence before, when it gave some', () => {
    expect(figuresBefore(drafts, 3, 5)).toEqual(drafts.slice(3, 5));
  });
  it('after a sentence without figures, all those of the last sentence that gave some', () => {
    expect(figuresBefore(drafts, 5, 5)).toEqual(drafts.slice(3, 5));
    expect(figuresBefore(drafts.slice(0, 3), 3, 3)).toEqual([drafts[2]]);
    expect(figuresBefore([], 0, 0)).toEqual([]);
  });
});

describe('a goal list goes on past a sentence without figures (extractMetrics)', () => {
  const run = (paragraphs: string[]) => {
    let offset = 0;
    const segs = paragraphs.map((text) => { const s = { text, offset }; offset += text.length + 2; return s; });
    return extractMetrics(segs, { indicators: [], topics: [], fallbackTopic: 'x' });
  };
  it('after goals, a figure-less sentence and a verbless figure: still a goal', () => {
    const ms = run([
      'Theo kế hoạch số 15/KH-UBND vừa được ban hành thì huyện phấn đấu đến năm 2027: 100% trường học có kết nối cáp quang; 80% giáo viên dùng học liệu số.',
      'Mỗi trường đều xây dựng kho học liệu dùng chung. Tỷ lệ học sinh học trực tuyến đạt trên 40%.',
    ]);
    expect(ms.find((m) => m.text === '40%')?.status).toBe('target');
  });
  it('after results, it stays a result', () => {
    const ms = run([
      'Năm 2024, doanh thu của huyện ước đạt 500 tỷ đồng, bằng 95% kế hoạch năm (520 tỷ đồng).',
      'Hoạt động đấu giá diễn ra thuận lợi. Hoạt động này mang về cho ngân sách hơn 30 tỷ đồng.',
    ]);
    expect(ms.find((m) => m.text === '30 tỷ đồng')?.status).toBe('actual');
  });
});

describe('an index’s groups and a year-on-year comparison are no goal list', () => {
  it.each([
    ['Về các nhóm chỉ tiêu của chỉ số, cụ thể: dữ liệu số xếp hạng 30/63; nền tảng số xếp hạng 12/63.', '12/63'],
    ['So với cùng kỳ, các chỉ tiêu có thay đổi, cụ thể: doanh thu 450 tỷ đồng; 2.100 doanh nghiệp số.', '2.100'],
  ])('%j', (s, fig) => {
    expect(item(s, fig)).toBe(false);
  });
  it('a lead-in naming the goals of a group is still one', () => {
    expect(item('Nhóm giải pháp này có 3 chỉ tiêu, gồm: 95% hộ có cáp quang; 60% người dân có tài khoản số.', '60%')).toBe(true);
  });
});

describe('round 28a: "chỉ tiêu nổi bật" names a year\'s notable figures, not goals', () => {
  it.each([
    ['Năm 2024 là năm thành công của ngành, thể hiện qua các chỉ tiêu nổi bật như: doanh thu tăng 2,3 lần, xếp thứ 8 khu vực.', '2,3 lần'],
    ['Một số chỉ tiêu nổi bật: thuê bao cáp quang tăng 15%; 97% xã có sóng 4G.', '97%'],
  ])('%j', (s, fig) => expect(item(s, fig)).toBe(false));
  it('a year\'s notable figures and the sentence after them are results on an undated page', () => {
    const m = metricsByText('Năm 2024 là năm bứt phá của bưu chính, thể hiện qua một số chỉ tiêu nổi bật như: sản lượng tăng 3,2 lần, xếp hạng 9 châu Á.', 'Doanh thu dịch vụ số tăng 2,1 lần so với đầu nhiệm kỳ, xếp hạng 14 thế giới.');
    expect([m['3,2 lần']?.status, m['9']?.status, m['2,1 lần']?.status, m['14']?.status]).toEqual(['actual', 'actual', 'actual', 'actual']);
  });
  it('a lead-in naming goals still makes its items goals', () => {
    expect(item('Tỉnh đặt ra các chỉ tiêu chủ yếu như: 90% hộ có cáp quang; 100% xã có 5G.', '90%')).toBe(true);
  });
});

describe('round 35: a list of indicators reached well is no goal list', () => {
  it.each([
    'Năm qua ngành có một số chỉ tiêu đạt khá, ví dụ: 100% xã có sóng 4G; 90% hộ có cáp quang.',
    'Năm qua, huyện có 5 chỉ tiêu đạt tốt gồm: 95% hồ sơ trực tuyến; 80% thôn có wifi.',
  ])('%j: its items are results', (s) => {
    expect(isGoalListItem(s, s.search(/\d+%/u))).toBe(false);
    expect(isTarget(s, s.lastIndexOf(' ', s.lastIndexOf('%')) + 1, undefined)).toBe(false);
  });
  it('a list of goals stays', () => {
    const s = 'Tỉnh đề ra các chỉ tiêu gồm: 100% xã có sóng 4G; 90% hộ có cáp quang.';
    expect(isGoalListItem(s, s.indexOf('100%'))).toBe(true);
  });
});
