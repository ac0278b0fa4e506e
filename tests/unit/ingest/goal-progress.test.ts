import { describe, expect, it } from 'vitest';
import { isGoalOfResultBefore, isGoalProgress, isGoalSetCount, isGoalTally, isMetGoalLevel, isPresentStock, isRequiredLevel } from '../../../scripts/ingest/goal-progress';
import { metricOf } from '../../support/metrics-of';
import { findNumbers } from '../../../scripts/ingest/numbers';

/** `isGoalProgress` on the number written `text` in `s`. */
const progress = (s: string, text: string) => isGoalProgress(s, findNumbers(s).find((m) => m.text === text)!);

describe('isGoalProgress: a report of progress on goals states facts', () => {
  const s = 'Tính đến nay, 30 chỉ tiêu đã đạt (chiếm 60%), 12 nhiệm vụ đang triển khai (bằng 24%).';
  it.each([[s, '30'], [s, '60%'], [s, '12'], [s, '24%'], ['Hiện nay có 5 mục tiêu chưa đạt.', '5']])('%j: %s is actual', (t, x) => expect(progress(t, x)).toBe(true));
  it.each([
    ['Phấn đấu đến năm 2030 hoàn thành 40 chỉ tiêu.', '40'],
    ['Đến nay, tỉnh sẽ hoàn thành 12 nhiệm vụ trong năm tới.', '12'],
    ['Đến nay đã hoàn thành 80% chỉ tiêu được giao.', '80%'],
    ['Kế hoạch gồm 20 chỉ tiêu (chiếm 40%).', '40%'],
  ])('%j: %s is not', (t, x) => expect(progress(t, x)).toBe(false));
});

/** `f` on the number written `text` in `s`. */
const on = (f: typeof isGoalTally, s: string, text: string) => f(s, findNumbers(s).find((m) => m.text === text)!);

describe('isGoalTally: goals counted as met or missed are results', () => {
  it.each([
    ['Lĩnh vực kinh tế số (8 chỉ tiêu: đạt 06 chỉ tiêu, 02 chỉ tiêu chưa đạt).', '06'],
    ['Lĩnh vực kinh tế số (8 chỉ tiêu: đạt 06 chỉ tiêu, 02 chỉ tiêu chưa đạt).', '02'],
    ['Năm qua, xã hoàn thành 17/20 chỉ tiêu của kế hoạch.', '17/20'],
    ['Có 4 tiêu chí đã đạt và 3 nhiệm vụ không hoàn thành.', '4'],
    ['Có 4 tiêu chí đã đạt và 3 nhiệm vụ không hoàn thành.', '3'],
    ['Thị xã không đạt 2 mục tiêu về hạ tầng.', '2'],
  ])('%j: %s is a tally', (t, x) => expect(on(isGoalTally, t, x)).toBe(true));
  it.each([
    ['Huyện phải đạt 10 chỉ tiêu trong năm 2026.', '10'],
    ['Phấn đấu hoàn thành 12 nhiệm vụ.', '12'],
    ['Kế hoạch có 22 chỉ tiêu.', '22'],
    ['Đạt 95% chỉ tiêu về dịch vụ công.', '95%'],
  ])('%j: %s is not', (t, x) => expect(on(isGoalTally, t, x)).toBe(false));
});

describe('isRequiredLevel: the level a result is set against is the plan\'s goal', () => {
  it.each([
    ['Tỷ lệ đạt 91,2% so với 85% yêu cầu đặt ra.', '85%'],
    ['Số hồ sơ đạt 1.200 so với 1.000 kế hoạch giao.', '1.000'],
    ['Tỷ lệ đạt 70% so với mức 60% mục tiêu.', '60%'],
  ])('%j: %s is the requirement', (t, x) => expect(on(isRequiredLevel, t, x)).toBe(true));
  it.each([
    ['Tỷ lệ đạt 91,2% so với 85% năm trước.', '85%'],
    ['Tỷ lệ đạt 91,2%, yêu cầu đặt ra là 85%.', '91,2%'],
  ])('%j: %s is not', (t, x) => expect(on(isRequiredLevel, t, x)).toBe(false));
});

describe('isPresentStock: a count named as standing now is no goal', () => {
  it.each([
    ['Từ 12 trạm hiện có, đến năm 2028 tỉnh sẽ lắp thêm 30 trạm.', '12'],
    ['Bên cạnh 4 trung tâm dữ liệu hiện có, thành phố sẽ xây thêm 2 trung tâm.', '4'],
  ])('%j: %s stands now', (t, x) => expect(on(isPresentStock, t, x)).toBe(true));
  it.each([
    ['Từ 12 trạm hiện có, đến năm 2028 tỉnh sẽ lắp thêm 30 trạm.', '30'],
    ['Tỷ lệ 60% hiện nay là thấp.', '60%'],
    ['Có 12 trạm, trong đó hiện có 3 trạm hỏng.', '12'],
    ['Cả nước có 50.000 doanh nghiệp số đang hoạt động.', '50.000'],
  ])('%j: %s does not', (t, x) => expect(on(isPresentStock, t, x)).toBe(false));
});

describe('isMetGoalLevel: the level of a goal met or exceeded is the goal\'s figure', () => {
  const met = (s: string, text: string) => isMetGoalLevel(s, findNumbers(s).find((m) => m.text === text)!);
  it.each([
    ['Nhà mạng đã hoàn thành và vượt cam kết phủ sóng tối thiểu 5.000 xã, với 5.420 xã có sóng.', '5.000'],
    ['Tỉnh vượt chỉ tiêu xây dựng ít nhất 300 trạm, đạt 350 trạm.', '300'],
    ['Doanh nghiệp hoàn thành kế hoạch lắp đặt tối thiểu 1.200 trạm.', '1.200'],
  ])('%j: %s is a target', (s, x) => expect(met(s, x)).toBe(true));
  it.each([
    ['Nhà mạng đã hoàn thành và vượt cam kết phủ sóng tối thiểu 5.000 xã, với 5.420 xã có sóng.', '5.420'],
    ['Tỉnh đã lắp đặt tối thiểu 300 trạm.', '300'],
  ])('%j: %s is not', (s, x) => expect(met(s, x)).toBe(false));
});

describe('round 28a: isGoalSetCount, how many goals a plan set', () => {
  const counts = (s: string, fig: string) => isGoalSetCount(s, { start: s.indexOf(fig), end: s.indexOf(fig) + fig.length, unit: 'count' });
  it.each([
    ['Chương trình đề ra 18 mục tiêu, gồm: 9 chỉ tiêu về hạ tầng số và 4 chỉ tiêu về dữ liệu.', '9'],
    ['Chương trình đề ra 18 mục tiêu, gồm: 9 chỉ tiêu về hạ tầng số và 4 chỉ tiêu về dữ liệu.', '4'],
    ['Huyện đặt mục tiêu phấn đấu vào nhóm đầu và đưa ra 6 nội dung trọng tâm.', '6'],
    ['Đề án xác định 3 nhiệm vụ lớn cho giai đoạn tới.', '3'],
  ])('%j: %s counts goals set', (s, fig) => expect(counts(s, fig)).toBe(true));
  it.each([
    ['Huyện phấn đấu hoàn thành 9 chỉ tiêu trong năm tới.', '9'],
    ['Tỉnh có 40 xã đạt chuẩn nông thôn mới.', '40'],
    ['Năm tới, sở dự kiến triển khai 20 nhiệm vụ về dữ liệu.', '20'],
  ])('%j: %s is no count of goals set', (s, fig) => expect(counts(s, fig)).toBe(false));
});

describe('the goal a result is measured against (session 25)', () => {
  it('is named right before the goal\'s value', () => {
    for (const item of [' tài khoản được kích hoạt, vượt xa mục tiêu đề ra là ', ', vượt chỉ tiêu được giao ', ' so với kế hoạch năm 2025 ', ' accounts, far exceeding the target of ', ', against the original goal of about ']) expect(isGoalOfResultBefore(item)).toBe(true);
    for (const item of [' tài khoản, mục tiêu đến năm 2026 là ', ', tăng ', ' and the target for 2026 is ', ', vượt kế hoạch và tăng ']) expect(isGoalOfResultBefore(item)).toBe(false);
  });
  it('Vietnamese: the goal takes the series of the result before it', () => {
    const m = metricOf('Cả nước đã có 79 triệu tài khoản định danh điện tử được kích hoạt, vượt xa mục tiêu đề ra là 55 triệu.', '55 triệu', 2024);
    expect(m).toMatchObject({ status: 'target', indicator: 'eid-accounts' });
  });
});

describe('round 47: a goal named with whose it is, up to its "đề ra"', () => {
  it.each([', cao hơn chỉ tiêu Nghị quyết của Tỉnh ủy đề ra là ', ', thấp hơn mục tiêu kế hoạch của thành phố đặt ra là ', ', vượt chỉ tiêu Đại hội Đảng bộ tỉnh đề ra '])(
    '%j names the goal of the result', (item) => expect(isGoalOfResultBefore(item)).toBe(true));
  it.each([', cao hơn chỉ tiêu, năm nay đạt ', ', cao hơn chỉ tiêu của năm 2023 và đạt ', ', cao hơn nhiều so với '])('%j does not', (item) => expect(isGoalOfResultBefore(item)).toBe(false));
  it('the goal takes the series of the result before it', () => {
    const m = metricOf('Cuối năm 2023, tỷ trọng kinh tế số trong GRDP của Quảng Ninh đạt 21,4%, cao hơn chỉ tiêu Nghị quyết của Tỉnh ủy đề ra là 20% vào năm 2025.', '20%', 2024);
    expect(m).toMatchObject({ status: 'target', indicator: 'digital-economy-grdp-share' });
  });
});
