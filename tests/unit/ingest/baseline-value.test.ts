import { describe, expect, it } from 'vitest';
import { baselineSpan, isBaselineValue, isMoveStart, isPlanValue, isRankMoveStart, pointsBack } from '../../../scripts/ingest/baseline-value';

/** The span of the first occurrence of `text` in `s`. */
const at = (s: string, text: string) => ({ start: s.indexOf(text), end: s.indexOf(text) + text.length });

describe('a value alone in a bracket after a comparison', () => {
  it('is the value compared with', () => {
    for (const [s, v] of [
      ['Tỷ lệ đạt 61,5%, tăng 2,1% so với tháng trước (59,4%).', '59,4%'],
      ['Doanh thu đạt 900 tỷ đồng, tăng 12% so với quý 2/2024 (khoảng 800 tỷ đồng).', '800'],
      ['Số hồ sơ là 40.000, giảm 3% so với cùng kỳ (hơn 41.200).', '41.200'],
      ['Trong tháng 3 có 700 vụ, giảm 80 vụ so với tháng 2/2024 (là 780 vụ).', '780'],
      ['Doanh thu đạt 90 tỷ đồng, tăng so với quý trước (đạt khoảng 85 tỷ đồng).', '85'],
    ] as const) expect(isBaselineValue(s, at(s, v), true), s).toBe(true);
  });

  it('is not when the bracket says more or follows no comparison', () => {
    for (const [s, v, before] of [
      ['Tỷ lệ đạt 61,5%, tăng so với tháng trước (Hà Nội 59,4%).', '59,4%', true],
      ['Đà Nẵng (67%) và Huế (65%) dẫn đầu.', '65%', true],
      ['Đà Nẵng (67%) và Huế (65%) dẫn đầu.', '67%', false],
    ] as const) expect(isBaselineValue(s, at(s, v), before), s).toBe(false);
  });

  it('is, since session 24, also when its claim stands in the sentence before (no claim before it in its own)', () => {
    expect(isBaselineValue('Tăng so với tháng trước (59,4%).', at('Tăng so với tháng trước (59,4%).', '59,4%'), false)).toBe(true);
  });

  it('takes its period from the comparison: the span runs from "so với" to the bracket', () => {
    const s = 'Doanh thu đạt 900 tỷ đồng, tăng 12% so với tháng 9/2023 (khoảng 800 tỷ đồng).';
    const span = baselineSpan(s, at(s, '800'));
    expect(s.slice(span.start, span.end)).toMatch(/^so với tháng 9\/2023 \(khoảng 800 tỷ đồng\)?$/u);
  });
});

/** The last number written in `s`. */
const lastNumber = (s: string) => s.match(/\d+(?:[.,]\d+)?(?!.*\d)/u)![0];

describe('a value compared with in other words', () => {
  it('after a comparative with its noun ("cao hơn mức 8,5% của năm 2022") is a baseline dated by its own words', () => {
    const s = 'Năm 2024, tỷ lệ thanh toán số đạt 12%, cao hơn mức 9,5% của năm 2023, thấp hơn tỷ lệ tương ứng 15% của Thái Lan.';
    for (const v of ['9,5%', '15%']) expect(isBaselineValue(s, at(s, v), true), v).toBe(true);
    const span = baselineSpan(s, at(s, '9,5%'));
    expect(s.slice(span.start, span.end)).toMatch(/^cao hơn mức 9,5% của năm 2023/u);
    expect(isBaselineValue('Tỷ lệ đạt 12%, cao hơn 3 lần', at('Tỷ lệ đạt 12%, cao hơn 3 lần', '3 lần'), true), 'no noun: a multiplier').toBe(false);
  });

  it('a sentence opening on "Con số này năm 2022 là …" points back at the figure before', () => {
    for (const s of ['Con số này năm 2021 là 250 USD.', 'Tỷ lệ này cùng kỳ năm trước đạt khoảng 40%.', 'Con số này của năm 2020 chỉ là 9 triệu.', 'Tỉ lệ này năm 2021 là 30%.']) {
      expect(pointsBack(s, at(s, lastNumber(s))), s).toBe(true);
    }
    for (const [s, v] of [['Con số này tăng 20% so với năm 2021.', '20%'], ['Năm 2021 con số là 250 USD.', '250'], ['Con số này năm 2026 dự kiến đạt 400 USD.', '400']] as const) expect(pointsBack(s, at(s, v)), s).toBe(false);
  });
});

describe('the rank a move starts from', () => {
  it('is the start of "từ vị trí X lên Y", its year in a bracket or not', () => {
    for (const [s, v] of [
      ['tăng từ vị trí 71 (năm 2015) lên 52', '71'],
      ['giảm từ hạng 30 (cuối năm 2020) xuống 33', '30'],
      ['từ vị trí thứ 40 lên thứ 35', '40'],
    ] as const) expect(isRankMoveStart(s, at(s, v)), s).toBe(true);
    expect(isRankMoveStart('xếp vị trí 71 (năm 2015), sau đó lên 52', at('xếp vị trí 71 (năm 2015), sau đó lên 52', '71'))).toBe(false);
  });

  it('isMoveStart: the undated value a move starts from, not a dated start or a range', () => {
    for (const [s, v] of [
      ['tỷ lệ thanh toán không tiền mặt tăng từ 35% lên 48%', '35%'], ['giảm từ khoảng 2,1 triệu xuống 1,8 triệu', '2,1 triệu'],
      ['tăng từ mức 12 tỷ USD lên mức 16 tỷ USD', '12 tỷ USD'], ['tăng từ vị trí 71 (năm 2015) lên 52', '71'],
    ] as const) expect(isMoveStart(s, at(s, v)), s).toBe(true);
    for (const [s, v] of [
      ['tăng từ 4,5% của GDP năm 2020 lên 6%', '4,5%'], ['chiếm từ 10 - 20%', '10 - 20%'], ['tăng 35% lên 48%', '35%'],
      ['trong giai đoạn 2021 - 2023, tỷ lệ tăng từ 5% lên 9%', '5%'],
    ] as const) expect(isMoveStart(s, at(s, v)), s).toBe(false);
  });

  it('takes its period from a dated bracket right after it', () => {
    const s = 'Từ năm 2016 đến nay, chỉ số tăng từ vị trí 71 (năm 2015) lên 52.';
    const span = baselineSpan(s, at(s, '71'));
    expect(s.slice(span.start, span.end)).toBe(' (năm 2015)');
  });
});

describe('isPlanValue: a plan\'s own value in brackets', () => {
  it('takes a bracketed value right after "kế hoạch (năm)", "chỉ tiêu (cả năm)", "mục tiêu" as the plan\'s value', () => {
    const s1 = 'Doanh thu ước đạt 120 tỷ đồng, bằng 12% so với kế hoạch năm (1.000 tỷ đồng).';
    expect(isPlanValue(s1, s1.indexOf('1.000'))).toBe(true);
    const s2 = 'Số thuê bao đạt 90% chỉ tiêu cả năm (2.500 thuê bao).';
    expect(isPlanValue(s2, s2.indexOf('2.500'))).toBe(true);
    const s3 = 'Doanh thu ước đạt 120 tỷ đồng (tăng 8%).';
    expect(isPlanValue(s3, s3.indexOf('8%')), 'a bracket after the result is no plan value').toBe(false);
    const s4 = 'Tỷ lệ ước đạt 90%, vượt mục tiêu đề ra (85%).';
    expect(isPlanValue(s4, s4.indexOf('85%'))).toBe(true);
  });

  it('round 24: takes a value in a bracket the plan opens inside a result\'s or an estimate\'s clause as the plan\'s', () => {
    for (const [s, v] of [['Năm nay, doanh thu ước tăng 5,1% (kế hoạch đặt ra 6 – 6,5%) so với năm trước.', '6 –'],
      ['Tỷ lệ hồ sơ trực tuyến đạt 88% (chỉ tiêu năm 2024: 95%).', '95%'], ['Số doanh nghiệp mới tăng 12% (mục tiêu 15%), cao nhất vùng.', '15%'],
      ['GRDP tăng 7% (kế hoạch là 7,5%).', '7,5%']] as const)
      expect(isPlanValue(s, s.indexOf(v)), s).toBe(true);
    for (const [s, v] of [['Doanh thu ước tăng 5,1% (vượt kế hoạch 2%).', '2%'], ['Doanh thu tăng 5,1% (cùng kỳ năm trước tăng 4%).', '4%'],
      ['Doanh thu tăng 5,1% (kế hoạch năm nay đã hoàn thành 90%).', '90%']] as const)
      expect(isPlanValue(s, s.indexOf(v)), s).toBe(false);
  });

  it('takes a value right after "kế hoạch / chỉ tiêu (năm N) giao / là / :" as the plan\'s, unless a result is set against the plan', () => {
    for (const [s, v] of [['Kế hoạch năm 2024 giao 500 tỷ đồng, thực hiện đạt 520 tỷ đồng.', '500'], ['Kế hoạch năm 2024 là 300 doanh nghiệp, ước thực hiện 310.', '300'],
      ['Chỉ tiêu cả năm là 2.000 thuê bao.', '2.000'], ['Chỉ tiêu được giao: 75% hồ sơ trực tuyến.', '75%']] as const)
      expect(isPlanValue(s, s.indexOf(v)), s).toBe(true);
    for (const [s, v] of [['Kế hoạch năm 2024 giao 500 tỷ đồng, thực hiện đạt 520 tỷ đồng.', '520'], ['Doanh thu vượt kế hoạch năm là 5%.', '5%'],
      ['Tỉnh đạt chỉ tiêu là 90% hồ sơ.', '90%'], ['Số hồ sơ bằng kế hoạch năm là 80%.', '80%']] as const)
      expect(isPlanValue(s, s.indexOf(v)), s).toBe(false);
  });
});

describe('round 12: a bracket after "so với" and the measure compared with', () => {
  it('holds the value compared with', () => {
    const s = 'Nhiều huyện chỉ đạt 0,3 điểm so với mức bình quân của tỉnh (0,58).';
    const start = s.indexOf('0,58');
    expect(isBaselineValue(s, { start, end: start + 4 }, true)).toBe(true);
    const t = 'Nhiều huyện chỉ đạt 0,3 điểm so với mức bình quân của tỉnh, cao nhất là Hòa Bình (0,58).';
    const at = t.indexOf('0,58');
    expect(isBaselineValue(t, { start: at, end: at + 4 }, true)).toBe(false);
  });
});

describe('round 15: a move that starts below a bound', () => {
  it('starts from "từ dưới X lên Y": X is the start', () => {
    const s = 'thu nhập tăng từ dưới 200 usd lên hơn 4.000 usd';
    expect(isMoveStart(s, { start: s.indexOf('200'), end: s.indexOf('200') + 7 })).toBe(true);
  });
});

describe('a comparative with what it is of and "là" before the value', () => {
  it.each([
    ['Tỷ lệ của tỉnh là 8,2%, cao hơn mức bình quân của cả nước là 6,1%.', '6,1%'],
    ['Năng suất đạt 12 tấn, thấp hơn tỷ lệ tương ứng của vùng là khoảng 14 tấn.', '14'],
  ] as const)('is the value compared with: %j', (s, v) => {
    expect(isBaselineValue(s, at(s, v), true)).toBe(true);
  });
  it('not when a clause break stands between', () => {
    const s = 'Tỷ lệ cao hơn mức bình quân, năm nay là 6,1%.';
    expect(isBaselineValue(s, at(s, '6,1%'), true)).toBe(false);
  });
});

describe('round 27a: the value a figure right before it rose or fell from', () => {
  it.each([
    ['Doanh thu năm 2024 đạt 120 tỷ đồng, tăng từ 95 tỷ đồng của năm trước.', '95'],
    ['Thiệt hại được dự báo đạt 12 tỷ USD tăng từ 9 tỷ USD trong năm 2023.', '9 tỷ'],
    ['Tỷ lệ hộ nghèo còn 2,1%, giảm từ mức 3,4% năm 2022.', '3,4%'],
  ])('%j: %s is the baseline', (s, v) => expect(isBaselineValue(s, at(s, v), true)).toBe(true));
  it.each([
    ['Tỷ lệ tăng từ 72% lên 80%.', '72%'],
    ['Doanh nghiệp có doanh thu tăng từ 20% trở lên được khen thưởng.', '20%'],
  ])('%j: %s is no such baseline', (s, v) => expect(isBaselineValue(s, at(s, v), true)).toBe(false));
  it('its own period is the one after "từ"', () => {
    const s = 'Năm 2025, thiệt hại được dự báo đạt 12 tỷ USD tăng từ 9 tỷ USD trong năm 2024.';
    const span = baselineSpan(s, at(s, '9 tỷ'));
    expect(s.slice(span.start, span.end)).not.toContain('2025');
    expect(s.slice(span.start, span.end)).toContain('2024');
  });
});

describe('round 29b: baselines in other words', () => {
  const base = (s: string, v: string) => isBaselineValue(s, at(s, v), true);
  it('a bracket after "tương đương với" / "ngang bằng với" the period compared with', () => {
    expect(base('Số nộp ngân sách là 50.000 tỷ đồng, tương đương với cùng kỳ 2023 (50.100 tỷ đồng).', '50.100')).toBe(true);
    expect(base('Sản lượng đạt 700 triệu bưu gửi, ngang bằng với cùng kỳ (702 triệu).', '702')).toBe(true);
  });
  it('the start of an improvement, with words on it and on its size', () => {
    expect(base('Thặng dư của ngành là 30 tỷ USD, một sự cải thiện đáng kể từ mức khiêm tốn 5 tỷ USD vào năm 2020.', '5 tỷ')).toBe(true);
    expect(base('Tỷ lệ đạt 70%, cải thiện rõ rệt từ mức thấp 40% của năm trước.', '40%')).toBe(true);
    expect(base('Tỷ lệ đạt 70%, cải thiện từ 40% lên 70% trong hai năm.', '40%')).toBe(false); // a move spelt out: `isMoveStart`
  });
  it('an earlier year\'s value in a ";"-clause after a change stated for a later year', () => {
    expect(base('Năm 2024, chỉ số của Việt Nam tăng nhẹ với 0,71 điểm; năm 2022, chỉ số này là 0,69 điểm.', '0,69')).toBe(true);
    expect(base('Năm 2024, doanh thu giảm 3% còn 97 tỷ đồng; năm 2023, doanh thu đạt 100 tỷ đồng.', '100')).toBe(true);
  });
  it('not a point of another year with no change before it, nor a later year', () => {
    expect(base('Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 80%; năm 2023 đạt 75%.', '75%')).toBe(false);
    expect(base('Năm 2023, doanh thu tăng 3% với 97 tỷ đồng; năm 2025, doanh thu đạt 120 tỷ đồng.', '120')).toBe(false);
  });
});

describe('round 32: a comparison by rate, a compared year with "khi", a resolution\'s value in brackets', () => {
  it('a growth rate ranked against is the value compared with', () => {
    const s = 'Xuất khẩu tăng 12,4%, chỉ thấp hơn tốc độ tăng 13,8% của năm 2022.';
    expect(isBaselineValue(s, at(s, '13,8%'), true)).toBe(true);
    expect(isBaselineValue(s, at(s, '12,4%'), false)).toBe(false);
  });
  it('"so với năm Y, khi … đạt X": X is year Y\'s value', () => {
    for (const [s, v] of [
      ['Doanh thu tăng 9,1% so với năm 2022, khi tổng doanh thu của nhóm đạt 64,2 nghìn tỷ đồng.', '64,2'],
      ['Lượng khách tăng 15% so với quý I/2024, lúc tỉnh mới đạt 2,1 triệu lượt.', '2,1'],
    ] as const) expect(isBaselineValue(s, at(s, v), true), s).toBe(true);
    const own = 'Doanh thu tăng 9,1% so với năm 2022, trong đó mảng quốc tế đạt 14,2 nghìn tỷ đồng.';
    expect(isBaselineValue(own, at(own, '14,2'), true)).toBe(false);
  });
  it("a resolution's or an estimate's value in brackets is the plan's", () => {
    for (const [s, v] of [
      ['Thu ngân sách đạt 9.870 tỷ đồng, bằng 48,2% so với nghị quyết đề ra (20.480 tỷ đồng).', '20.480'],
      ['Chi đầu tư phát triển đạt 61% dự toán giao (3.900 tỷ đồng).', '3.900'],
      ['Tổng thu đạt 52% so với dự toán (14.200 tỷ đồng).', '14.200'],
    ] as const) expect(isPlanValue(s, s.indexOf(v)), s).toBe(true);
    const s = 'Nghị quyết (2024) của HĐND tỉnh yêu cầu tăng thu 8%.';
    expect(isPlanValue(s, s.indexOf('8%'))).toBe(false);
  });
});

describe('round 36: "trái ngược với (chỉ) N" sets a value against the figure before it', () => {
  const at = (s: string, v: string) => ({ start: s.indexOf(v), end: s.indexOf(v) + v.length });
  it('is a baseline', () => {
    const s = 'Hiện 61% người trưởng thành dùng ngân hàng số, trái ngược với chỉ 11% vào cuối năm 2019.';
    expect(isBaselineValue(s, at(s, '11%'), true)).toBe(true);
    expect(isBaselineValue(s, at(s, '61%'), false)).toBe(false);
  });
});
