import { describe, expect, it } from 'vitest';
import { inTargetFrame, isEstimate, isTarget, saysDone } from '../../../scripts/ingest/status';

describe('saysDone', () => {
  it('"vừa" marks a result, not in "nhỏ và vừa" (small and medium)', () => {
    const at = (s: string) => s.lastIndexOf('5');
    expect(saysDone('Tỉnh vừa cấp 50 chứng thư', at('Tỉnh vừa cấp 50 chứng thư'))).toBe(true);
    for (const s of ['tỷ lệ doanh nghiệp nhỏ và vừa dùng nền tảng số đạt trên 50%', 'doanh nghiệp vừa và nhỏ đạt 50%']) expect(saysDone(s, at(s)), s).toBe(false);
  });
});

describe('round 36: goals named with "với mục tiêu", and a list of how far goals stand', () => {
  const t = (s: string, v: string) => isTarget(s, s.indexOf(v), undefined, 2024);
  it('"với mục tiêu" / "nhằm mục tiêu" govern the figures of their clause, past a comma between two verbs', () => {
    expect(t('Sở triển khai chiến dịch, với mục tiêu hoàn thành cấp, kích hoạt 420.000 tài khoản trước ngày 31/8.', '420.000')).toBe(true);
    expect(t('Nhằm mục tiêu phủ sóng, lắp đặt 90 trạm mới trong năm.', '90')).toBe(true);
  });
  it('a floor a duty sets right before the number is a goal ("phải tổ chức được từ 4 phiên … trở lên")', () => {
    expect(t('Hết năm, mỗi huyện phải tổ chức được từ 4 hội nghị trực tuyến trở lên.', '4')).toBe(true);
    expect(t('Năm qua, mỗi huyện đã tổ chức từ 4 hội nghị trực tuyến trở lên.', '4')).toBe(false);
  });
  it('a result after the goal in the same clause stays a result', () => {
    expect(t('Với mục tiêu số hóa hồ sơ, đến nay tỉnh đã số hóa 75% hồ sơ.', '75%')).toBe(false);
  });
  it('goals said to stand low ("còn rất thấp", "chưa đạt") frame no goal list', () => {
    expect(t('Nhiều chỉ tiêu còn rất thấp, như chỉ tiêu ký số (đạt 9,5%, đứng thứ 51/63); cấp thẻ còn 30.000 trường hợp.', '9,5%')).toBe(false);
    expect(t('Nhiều chỉ tiêu còn rất thấp, như chỉ tiêu ký số (đạt 9,5%, đứng thứ 51/63); cấp thẻ còn 30.000 trường hợp.', '30.000')).toBe(false);
    expect(t('Các chỉ tiêu năm 2025 (ký số 60%; cấp thẻ 100%).', '60%')).toBe(true);
  });
});

describe('isTarget: "theo kế hoạch," and a result after a goal', () => {
  const t = (s: string, v: string, year = 2025) => isTarget(s, s.indexOf(v), undefined, year);
  it('"Theo kế hoạch," / "Theo lộ trình," govern their ;-clause; a cited plan ("Theo Kế hoạch số …") does not', () => {
    expect(t('Theo kế hoạch, năm 2025 doanh thu đạt 25 tỷ USD.', '25')).toBe(true);
    expect(t('Theo lộ trình, năm 2025 có 1.000 trạm 5G.', '1.000')).toBe(true);
    expect(t('Theo mục tiêu, năm 2025 có 2.000 doanh nghiệp số.', '2.000')).toBe(true);
    expect(t('Theo Kế hoạch số 12/KH-UBND, năm 2024 tỉnh cấp 30.000 chữ ký số.', '30.000')).toBe(false);
    expect(t('Theo kế hoạch, năm 2024 đạt 80%; thực tế năm 2024 đạt 85%.', '85%')).toBe(false);
  });

  it('a result after the goal word, or the value a goal moves from, is no goal', () => {
    expect(t('Năm 2025, tỉnh đặt mục tiêu 85% và đã đạt 87%.', '85%')).toBe(true);
    expect(t('Năm 2025, tỉnh đặt mục tiêu 85% và đã đạt 87%.', '87%')).toBe(false);
    expect(t('Tỉnh phấn đấu nâng tỷ lệ từ 45% năm 2024 lên 80% vào năm 2026.', '45%')).toBe(false);
    expect(t('Tỉnh phấn đấu nâng tỷ lệ từ 45% năm 2024 lên 80% vào năm 2026.', '80%')).toBe(true);
  });
});

describe('round 12: goal words and result words', () => {
  const at = (s: string, needle: string) => s.indexOf(needle);
  it('"mục tiêu đặt ra là" and "đặt mục tiêu" govern their ;-clause past a comma', () => {
    const s = 'Mục tiêu đặt ra là đến năm 2027, 95% trạm y tế dùng bệnh án điện tử.';
    expect(isTarget(s, at(s, '95%'), undefined, 2024)).toBe(true);
    const t = 'Sở đặt mục tiêu năm 2024, tỷ lệ hộ có cáp quang đạt 88%.';
    expect(isTarget(t, at(t, '88%'), undefined, 2024)).toBe(true);
  });

  it('"kết quả giải quyết" names a dossier, not a result; "đã xác định" states a goal', () => {
    expect(saysDone('Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục đạt 95%', 45)).toBe(false);
    expect(saysDone('Chỉ thị đã xác định, đến năm 2030, cần 50.000 doanh nghiệp', 48)).toBe(false);
    expect(saysDone('Tỉnh đã cấp 20.000 chữ ký số', 16)).toBe(true);
  });

  it('a year frame lists only through ":" or ";", not through a bracket of its own clause', () => {
    const s = 'Đến năm 2009, có 2 triệu người (khoảng 3% dân số), năm 2012 là 9 triệu người.';
    expect(inTargetFrame(s.toLowerCase(), at(s, '9 triệu'))).toBe(false);
    const t = 'Đến năm 2030: 90% xã có 5G; 80% hộ có cáp quang.';
    expect(inTargetFrame(t.toLowerCase(), at(t, '80%'))).toBe(true);
  });
});

describe('round 12: an estimate through a bracket', () => {
  it('carries "ước đạt" into a bracket whose items a ";" separates', () => {
    const s = 'Doanh thu ước đạt 900 tỷ đồng, vượt 2% kế hoạch (trong đó dịch vụ 300 tỷ đồng; thiết bị 600 tỷ đồng).';
    expect(isEstimate(s, s.indexOf('600'))).toBe(true);
    const t = 'Doanh thu đạt 900 tỷ đồng; ước đạt 40% kế hoạch.';
    expect(isEstimate(t, t.indexOf('900'))).toBe(false);
  });
});

describe('round 12: a deadline year without "năm"', () => {
  it('"… đến 2024" before it in its clause makes a figure of the article\'s year a goal, like "đến năm 2024"', () => {
    const y = (iso: string) => ({ iso, precision: 'year' as const });
    const s = 'Tỉnh đến 2024 phủ sóng 5G tới 60% dân số';
    expect(isTarget(s, s.indexOf('60%'), y('2024'), 2024)).toBe(true);
    const t = 'Tỉnh đến 2023 phủ sóng 5G tới 60% dân số';
    expect(isTarget(t, t.indexOf('60%'), y('2023'), 2024)).toBe(false);
    const u = 'Tỉnh trong quý 1/2024 phủ sóng 5G tới 60% dân số';
    expect(isTarget(u, u.indexOf('60%'), y('2024'), 2024)).toBe(false);
  });
});

describe('round 14: a count of goals before a list, a directive after a purpose', () => {
  it('reads a list after "thực hiện 03 mục tiêu … gồm:" as goals, not after a share of a goal', () => {
    const s = 'Năm nay huyện tập trung thực hiện 04 mục tiêu gồm: trên 70% hộ có máy tính; 60% thôn có wifi.';
    expect(isTarget(s, s.indexOf('70%'), undefined)).toBe(true);
    expect(isTarget(s, s.indexOf('60%'), undefined)).toBe(true);
    const r = 'Tỉnh đạt 12 nhiệm vụ, thực hiện 76,5% mục tiêu gồm: 70% hộ có máy tính; 60% thôn có wifi.';
    expect(isTarget(r, r.indexOf('60%'), undefined)).toBe(false);
  });
  it('reads an instruction after an opening purpose ("Để …, UBND … yêu cầu") as a goal', () => {
    const s = 'Nhằm mục đích khác, nhưng để nâng cao tỷ lệ hồ sơ được xử lý đúng hạn trên toàn địa bàn, UBND quận yêu cầu các phường hoàn thành 95% hồ sơ.';
    expect(isTarget(s.slice(s.indexOf('để')), s.slice(s.indexOf('để')).indexOf('95%'), undefined)).toBe(true);
    const t = 'Để phục vụ người dân, các phường đã hoàn thành 95% hồ sơ.';
    expect(isTarget(t, t.indexOf('95%'), undefined)).toBe(false);
  });
});


describe('round 24: a requirement, a roadmap\'s ;-list', () => {
  it('reads a figure after "với yêu cầu" / "đặt ra yêu cầu" in its comma-clause as a goal', () => {
    for (const [s, v] of [['Tỉnh quyết định nhân rộng mô hình, với yêu cầu trong năm nay có mặt ở tối thiểu 40 xã.', '40'],
      ['Huyện đặt ra yêu cầu 100% hồ sơ được số hóa.', '100%'], ['Sở đặt yêu cầu mỗi xã có ít nhất 2 điểm wifi.', '2']] as const)
      expect(isTarget(s, s.indexOf(v), undefined), s).toBe(true);
    const r = 'Mô hình đáp ứng yêu cầu, đã có mặt ở 40 xã.';
    expect(isTarget(r, r.indexOf('40'), undefined)).toBe(false);
  });
  it('carries "Theo lộ trình, …" through the items of its ;-list, unless an item says it is done', () => {
    const s = 'Theo lộ trình, đến cuối năm, 100% hộ kinh doanh có mã QR; 90% các chợ thu phí không dùng tiền mặt; 5 xã có sàn riêng.';
    expect(isTarget(s, s.indexOf('90%'), undefined)).toBe(true);
    expect(isTarget(s, s.indexOf('5 xã'), undefined)).toBe(true);
    const r = 'Theo lộ trình, đến cuối năm, 100% hộ kinh doanh có mã QR; đến nay đã có 60% các chợ thu phí không dùng tiền mặt.';
    expect(isTarget(r, r.indexOf('60%'), undefined)).toBe(false);
  });
});

describe('round 25b: a list\'s own words, a list turned to results, a floor opening an item', () => {
  it('reads the frame\'s lead only up to its list: an item\'s "so với" reports nothing', () => {
    const s = 'Phát triển hạ tầng, phấn đấu số trạm mới đạt tối thiểu 40% so với số trạm cũ; đưa vào dùng 02 trung tâm dữ liệu mới.';
    expect(isTarget(s, s.indexOf('02'), undefined)).toBe(true);
    const r = 'Mục tiêu năm nay đạt 90% hộ có cáp quang; Số thuê bao di động đạt 12 triệu, tăng 5% so với cùng kỳ năm ngoái.';
    expect(isTarget(r, r.indexOf('12 triệu'), undefined, 2024)).toBe(false); // a change on the same period of last year: a result
    const v = 'Chỉ tiêu năm nay là 70% xã có wifi công cộng; huyện đạt 74%, vượt kế hoạch.';
    expect(isTarget(v, v.indexOf('74%'), undefined)).toBe(false);
    const k = 'Kết quả thực hiện các chỉ tiêu so với kế hoạch: tỷ lệ hồ sơ trực tuyến 80%; 45 dịch vụ công.';
    expect(isTarget(k, k.indexOf('45'), undefined)).toBe(false);
  });
  it('ends the frame at an item that reports results, outside that item\'s own brackets', () => {
    const s = 'Trên cơ sở các chỉ tiêu được giao tại Kế hoạch của tỉnh; đến nay, đã hoàn thành 20/25 chỉ tiêu; còn lại 05/25 chỉ tiêu đang làm.';
    expect(isTarget(s, s.indexOf('05/25'), undefined)).toBe(false);
    const r = 'Các chỉ tiêu năm nay: 60% hồ sơ trực tuyến (kết quả: đạt 48%); 80% hộ có cáp quang (chưa đạt); 40% doanh nghiệp dùng hóa đơn điện tử.';
    expect(isTarget(r, r.indexOf('80%'), undefined)).toBe(true);
    expect(isTarget(r, r.indexOf('40%'), undefined)).toBe(true);
  });
  it('reads a floor opening an item or a sentence ("tối thiểu", "ít nhất") as a norm a plan sets', () => {
    for (const [s, v] of [['Băng thông quốc tế đạt 30 Tbps; tối thiểu 35% hộ gia đình dùng cáp quang tốc độ cao.', '35%'],
      ['Ít nhất 85% xã có điểm truy cập Internet công cộng.', '85%'], ['Chỉ số của Chính phủ điện tử: Tăng ít nhất 3 bậc trong năm.', '3 bậc'],
      ['Cổng dịch vụ chạy ổn định; tối thiểu 02 doanh nghiệp thử nghiệm dịch vụ mới.', '02']] as const)
      expect(isTarget(s, s.indexOf(v), undefined), s).toBe(true);
    for (const [s, v] of [['Ít nhất 15 máy chủ đã bị tấn công trong tháng.', '15'], ['Năm qua, có ít nhất 12 xã đạt chuẩn.', '12']] as const)
      expect(isTarget(s, s.indexOf(v), undefined), s).toBe(false);
  });
});

describe('isTarget: a plan set, and a share of a goal reached (round 26a)', () => {
  const at = (s: string, x: string) => s.indexOf(x);
  it.each([
    ['Năm 2024, tập đoàn đặt kế hoạch doanh thu là 12.000 tỷ đồng, lợi nhuận là 900 tỷ đồng.', '12.000'],
    ['Năm 2024, tập đoàn đặt kế hoạch doanh thu là 12.000 tỷ đồng, lợi nhuận là 900 tỷ đồng.', '900'],
    ['Công ty đặt ra kế hoạch tuyển 300 kỹ sư.', '300'],
  ])('%j: %s is a target', (s, x) => expect(isTarget(s, at(s, x), undefined)).toBe(true));
  it.each([
    ['Như vậy, công ty thực hiện được 95% mục tiêu doanh thu và 70% mục tiêu lợi nhuận.', '70%'],
    ['Tỉnh đạt 88% kế hoạch năm và 91% chỉ tiêu giao.', '91%'],
  ])('%j: %s is no target', (s, x) => expect(isTarget(s, at(s, x), undefined)).toBe(false));
});

describe('isTarget: a leader named, then tasks handed out and counted (round 27a)', () => {
  const t = (s: string, v: string) => isTarget(s, s.indexOf(v), undefined, 2025);
  it.each([
    ['Thực hiện kết luận của Ban Chỉ đạo Trung ương có 420 nhiệm vụ giao cho 38 bộ, ngành.', '420'],
    ['Thực hiện kết luận của Ban Chỉ đạo Trung ương có 420 nhiệm vụ giao cho 38 bộ, ngành.', '38'],
    ['Nghị quyết của Chính phủ có 95 nhiệm vụ giao cho 20 địa phương.', '20'],
  ])('%j: %s is counted, no goal', (s, v) => expect(t(s, v)).toBe(false));
  it.each([
    ['Thủ tướng Chính phủ giao các bộ hoàn thành 100% dịch vụ công trực tuyến.', '100%'],
    ['Ban Chỉ đạo yêu cầu các tỉnh đưa 80% hồ sơ lên môi trường số.', '80%'],
  ])('%j: %s is still a goal', (s, v) => expect(t(s, v)).toBe(true));
});

describe('round 28a: an estimate opening the sentence governs it, "đã" included', () => {
  it.each([
    ['Ước tính năm 2025, doanh thu bán lẻ trực tuyến đã vượt 18 tỉ USD, tăng khoảng 22% và chiếm 3/5 thị trường.', ['18 tỉ', '22%', '3/5']],
    ['Dự kiến trong tháng 12, cả nước đã cấp 5 triệu chữ ký số.', ['5 triệu']],
    ['Ước tính, số thuê bao 5G đã đạt 9 triệu.', ['9 triệu']],
  ])('%j', (s, figures) => {
    for (const f of figures) expect(isEstimate(s, s.indexOf(f))).toBe(true);
  });
  it('an estimate inside the sentence still ends at "đã"', () => {
    const s = 'Doanh thu ước đạt 40 tỷ đồng, trong đó đã thu 12 tỷ đồng.';
    expect(isEstimate(s, s.indexOf('12 tỷ'))).toBe(false);
  });
  it('a sentence with no estimate word at its start is no estimate', () => {
    const s = 'Trong năm 2025, doanh thu đã vượt 18 tỉ USD.';
    expect(isEstimate(s, s.indexOf('18'))).toBe(false);
  });
});

describe('isEstimate: what a plan expects after its lead-in', () => {
  const e = (s: string, v: string) => isEstimate(s, s.indexOf(v));
  it('"Theo kế hoạch, … dự kiến …" is the plan\'s goal, not an estimate', () => {
    expect(e('Theo kế hoạch, Sở dự kiến số thuê bao 5G sẽ đạt 2 triệu vào năm 2026.', '2 triệu')).toBe(false);
    expect(e('Theo lộ trình, ngành dự tính phủ sóng 90% thôn vào năm 2027.', '90%')).toBe(false);
    expect(e('Theo mục tiêu, tỉnh dự kiến có 300 doanh nghiệp số năm 2026, tăng lên 450 vào năm 2028.', '450')).toBe(false);
  });
  it('an "ước" after the lead-in, a plan named elsewhere or no lead-in stay estimates', () => {
    expect(e('Theo kế hoạch, doanh thu năm nay ước đạt 40 tỷ đồng.', '40')).toBe(true);
    expect(e('Bộ dự kiến doanh thu sẽ đạt 12 tỷ USD vào năm 2026.', '12')).toBe(true);
    expect(e('Để thực hiện kế hoạch, Sở dự kiến cần 80 tỷ đồng.', '80')).toBe(true);
  });
});

describe('isTarget: a range\'s dash splits no clause (round 31d)', () => {
  it('"Mục tiêu … được nâng từ 18 - 20% lên 25%" keeps its goal word', () => {
    for (const s of [
      'Mục tiêu tỷ lệ thanh toán điện tử cả năm được nâng từ 18 - 20% lên 25%, với kỳ vọng cuối năm đạt 27%.',
      'Chỉ tiêu tăng trưởng được điều chỉnh từ 6 – 6,5% lên 25%.',
    ]) expect(isTarget(s, s.indexOf('25%'), undefined, 2025), s).toBe(true);
  });
  it('a dash between words still opens a clause', () => {
    const s = 'Mục tiêu năm nay - theo báo cáo của Sở - tỷ lệ đạt 25%.';
    expect(isTarget(s, s.indexOf('25%'), undefined, 2025)).toBe(false);
  });
});

describe('isTarget: a plan a leader handed out, named as what a result is measured against (round 33)', () => {
  it('reads the share reached against "kế hoạch … giao" as a result', () => {
    for (const [s, v] of [
      ['Nếu so với kế hoạch Thủ tướng Chính phủ giao, tỷ lệ giải ngân của tỉnh đạt 61,2%.', '61,2%'],
      ['So với dự toán HĐND tỉnh giao, số thu nội địa bằng 74%.', '74%'],
      ['Tính theo kế hoạch vốn được Thủ tướng giao, huyện mới giải ngân 38%.', '38%'],
    ] as const) expect(isTarget(s, s.indexOf(v), undefined), s).toBe(false);
  });
  it('an instruction that hands out work stays a goal', () => {
    const s = 'Thủ tướng giao các bộ giải ngân tối thiểu 95% vốn.';
    expect(isTarget(s, s.indexOf('95%'), undefined)).toBe(true);
  });
});

describe('isTarget: the national target programmes\' name is no goal word (round 33)', () => {
  it('money disbursed from the programmes is a result', () => {
    for (const [s, v] of [
      ['Tính đến 15/9, huyện đã giải ngân nguồn vốn các chương trình mục tiêu quốc gia được 27 tỷ đồng.', '27 tỷ'],
      ['Vốn các chương trình mục tiêu quốc gia giải ngân được 58%, thấp hơn cùng kỳ.', '58%'],
    ] as const) expect(isTarget(s, s.indexOf(v), undefined), s).toBe(false);
  });
  it('a goal beside the name stays a goal', () => {
    const s = 'Chương trình mục tiêu quốc gia có mục tiêu giảm 1,5% hộ nghèo mỗi năm.';
    expect(isTarget(s, s.indexOf('1,5%'), undefined)).toBe(true);
  });
});

describe('isEstimate, round 34: an estimate opening the sentence up to now', () => {
  it.each([
    ['Ước tính đến nay, đã có 45 tỉnh triển khai nền tảng này.', '45'],
    ['Ước tính tới thời điểm hiện tại, khoảng 3 triệu người dùng đã cài ứng dụng.', '3 triệu'],
    ['Dự kiến đến thời điểm này, 12 bệnh viện đã dùng bệnh án điện tử.', '12'],
  ])('%j: every figure is an estimate', (s, figure) => expect(isEstimate(s, s.indexOf(figure))).toBe(true));
  it('a count up to now with no estimate word stays a result', () => {
    const s = 'Đến thời điểm này, đã có 45 tỉnh triển khai nền tảng này.';
    expect(isEstimate(s, s.indexOf('45'))).toBe(false);
  });
});

describe('round 35: a plan issued before a ";"-list sets no goal', () => {
  const at = (s: string, needle: string) => s.indexOf(needle);
  it.each([
    ['Sở cho biết 100% phòng, ban đã ban hành Kế hoạch số hóa của đơn vị; 28/30 xã đã ban hành quy chế.', '28/30'],
    ['Tỉnh đã phê duyệt lộ trình số hóa; 75% hồ sơ được số hóa.', '75%'],
    ['Chủ tịch huyện ký Kế hoạch số hóa hồ sơ đất đai; 12 xã có trang thông tin điện tử.', '12 xã'],
  ])('%j: %s is no goal', (s, n) => expect(inTargetFrame(s.toLowerCase(), at(s, n))).toBe(false));

  it.each([
    ['Theo kế hoạch của tỉnh: 90% hồ sơ được số hóa; 80% người dân có tài khoản.', '80%'],
    ['Tỉnh đã ban hành Kế hoạch, trong đó phấn đấu: 90% hồ sơ được số hóa; 80% người dân có tài khoản.', '80%'],
  ])('%j: %s stays a goal', (s, n) => expect(inTargetFrame(s.toLowerCase(), at(s, n))).toBe(true));
});

describe('round 35: "theo kế hoạch" right before a figure with no comma', () => {
  it.each([
    'Đồng thời, theo kế hoạch có 5.000 hộ tham gia chương trình thanh toán số.',
    'Tỉnh cho biết theo kế hoạch sẽ có 120 trường dùng sổ điểm điện tử.',
  ])('%j: the figure is the plan\'s', (s) => expect(isTarget(s, s.search(/\d/u), undefined)).toBe(true));
  it('a result beside the plan stays a result', () => {
    const s = 'Theo kế hoạch có 5.000 hộ tham gia, thực tế đã có 6.200 hộ.';
    expect(isTarget(s, s.indexOf('6.200'), undefined)).toBe(false);
  });
});

describe('round 35: an estimate restated after ";" in other terms stays an estimate', () => {
  it.each([
    ['Ước đến hết năm nay đạt 5,2 triệu tài khoản; tương đương 40 tài khoản/100 dân.', '40'],
    ['Dự kiến năm tới có 1.200 xã phủ sóng 5G; tức khoảng 12% số xã.', '12%'],
  ])('%j: %s is an estimate', (s, n) => expect(isEstimate(s, s.indexOf(n))).toBe(true));
  it('a restated result stays a result', () => {
    const s = 'Năm qua đạt 5,2 triệu tài khoản; tương đương 40 tài khoản/100 dân.';
    expect(isEstimate(s, s.indexOf('40'))).toBe(false);
  });
});
