/**
 * Round 44 (session 27): forms that first reads of held-out pages (set CJ) got wrong, tried on sentences written for this
 * test: a second comparison of a rise, a growth over a year long past, a concession before the figure, a full stop glued to
 * the next sentence.
 */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf, englishMetrics, metricOf } from '../../support/metrics-of';
import { splitSentences } from '../../../scripts/ingest/sentences';
import { isHolidayFigure } from '../../../scripts/ingest/part-subject';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isProvincialPage } from '../../../scripts/ingest/plan-scope';
import { editionPeriods, editionYear } from '../../../scripts/ingest/period-carry';
import { notAfter } from '../../../scripts/ingest/period-compared';
import { bylineDate } from '../../../scripts/ingest/dates-article';

const byText = (paragraphs: string[], year: number) => new Map(englishMetrics(paragraphs, year, false).map((m) => [m.text, m]));
const undatedOf = (paragraphs: string[]) => new Map(englishMetrics(paragraphs, undefined, false).map((m) => [m.text, m]));

describe('a second comparison after "và" moves the way the first does (continuesComparedChange)', () => {
  it.each([
    ['Doanh thu dịch vụ viễn thông quý 2 đạt 3 nghìn tỷ đồng, tăng 6,2% so với quý trước và 9,7% so với cùng kỳ.', '9,7%'],
    ['Số giao dịch qua ví điện tử trong tháng 8 có mức tăng trưởng tới 15,3% so với tháng 7 và 27,1% so với cùng kỳ năm ngoái.', '27,1%'],
  ])('%s → %s is a growth', (s, n) => expect(metricOf(s, n, 2024).kind).toBe('growth'));
  it('a fall\'s second comparison is a fall', () =>
    expect(metricOf('Lượng thuê bao 2G tháng 5 giảm 4,4% so với tháng 4 và 12,6% so với cùng kỳ.', '12,6%', 2024).value).toBe(-12.6));
  it('the share of a plan after a rise stays a share', () =>
    expect(metricOf('Thu ngân sách tỉnh đạt 820 tỷ đồng, tăng 8,3% so với cùng kỳ và 91,5% so với kế hoạch năm.', '91,5%', 2024).kind).toBe('share'));
});

describe('growth over a year before the year before is no yearly rate of a series (isPeriodOnPeriod)', () => {
  it('"so với năm 2019" of 2023 takes no series', () =>
    expect(metricOf('Năm 2023, doanh thu công nghiệp ICT đạt 142 tỷ USD, tăng 4,5% so với năm 2022 và 33,6% so với năm 2019.', '33,6%', 2023).indicator).toBeUndefined());
  it('the growth over the year before keeps it', () =>
    expect(metricOf('Năm 2023, doanh thu công nghiệp ICT đạt 142 tỷ USD, tăng 4,5% so với năm 2022.', '4,5%', 2023).indicator).toBe('ict-revenue'));
});

describe('a concession before the figure names neither its subject nor its time (withoutConcessions)', () => {
  const first = 'Kim ngạch xuất khẩu điện thoại và linh kiện tháng 3 đạt 4,7 tỷ USD, tăng 8,8% so với cùng kỳ năm trước.';
  it('the figure after "dù … nhưng" continues the series of the sentence before', () => {
    const m = byText([`${first} Sang tháng 4, mặc dù có kỳ nghỉ lễ dài, song xuất khẩu mặt hàng này vẫn mang về 4,2 tỷ USD.`], 2024);
    expect(m.get('4,2 tỷ USD')?.indicator).toBe('phone-exports');
  });
  it('without the concession, the holiday still makes it a part', () => {
    const m = byText([`${first} Trong kỳ nghỉ lễ dài, xuất khẩu mặt hàng này mang về 0,9 tỷ USD.`], 2024);
    expect(m.get('0,9 tỷ USD')?.indicator).toBeUndefined();
  });
  it.each([
    ['Dù có những ngày nghỉ Tết, nhưng lượng giao dịch vẫn đạt 20 triệu.', false],
    ['Trong dịp Tết, lượng giao dịch đạt 20 triệu.', true],
  ] as const)('isHolidayFigure(%s) → %s', (s, want) => expect(isHolidayFigure(s)).toBe(want));
});

describe('a full stop glued to the next sentence ends it (GLUED_STOP)', () => {
  const split = (s: string) => splitSentences(s).map((x) => x.text);
  it('splits "…xuất khẩu.Hàn Quốc …"', () =>
    expect(split('Điện thoại dẫn đầu các mặt hàng xuất khẩu.Hàn Quốc là thị trường lớn thứ ba.')).toEqual(['Điện thoại dẫn đầu các mặt hàng xuất khẩu.', 'Hàn Quốc là thị trường lớn thứ ba.']));
  it.each([
    ['Hội nghị tổ chức tại TP.Hồ Chí Minh hôm qua.'],
    ['Báo cáo của PGS.TS Nguyễn Văn A được trình bày.'],
    ['Xem thêm trên trang chinhphu.vn để biết chi tiết.'],
  ])('keeps %s whole', (s) => expect(split(s)).toEqual([s]));
});

describe('goals: the aims named as a lead with a comma (HEADING_AIM)', () => {
  it('"Mục tiêu cụ thể, về …" makes its sentence\'s figures and the next paragraph\'s goals', () => {
    const m = byText(['Sở vừa trình kế hoạch phát triển đô thị thông minh năm 2025.', 'Mục tiêu cụ thể, về hạ tầng, phủ sóng 5G tới 45% số xã. Tỷ lệ camera kết nối trung tâm điều hành đạt 70%.', 'Về dữ liệu, tỷ lệ hồ sơ được số hóa đạt tối thiểu 85%.'], 2025);
    expect(['45%', '70%', '85%'].map((n) => m.get(n)?.status)).toEqual(['target', 'target', 'target']);
  });
  it('a report that opens on "Kết quả cụ thể," keeps its results', () =>
    expect(byText(['Kết quả cụ thể, về hạ tầng, sóng 5G đã phủ 45% số xã.'], 2025).get('45%')?.status).toBe('actual'));
});

describe('goals: a dated bracket after a goal that gives a later year is its later goal, not a baseline (laterGoalInBracket)', () => {
  const s = 'Đến năm 2025, tối thiểu 75% văn bản của sở được ký số (năm 2030 đạt 95%).';
  it('the bracket\'s value is a goal for its year', () => {
    const m = metricOf(s, '95%', 2023);
    expect([m.status, m.period?.iso]).toEqual(['target', '2030']);
  });
  it('an earlier year in brackets after a result is still its baseline', () =>
    expect(metricOf('Năm 2024, tỷ lệ văn bản được ký số đạt 88% (năm 2023 là 70%).', '70%', 2024).status).toBe('baseline'));
});

describe('goals named after a verdict that they are missed (NAMED_UNMET)', () => {
  it.each([
    ['Có 2 chỉ tiêu khó thực hiện đạt đến năm 2025 là tỷ lệ văn bản điện tử đạt 95% và kinh tế số chiếm 15% GRDP.', '95%'],
    ['Còn 3 mục tiêu không kịp về đích trong năm 2025 là tỷ lệ thanh toán trực tuyến đạt 80% và doanh nghiệp số tăng 30%.', '80%'],
  ])('%s → %s is a goal', (s, n) => expect(metricOf(s, n, 2024).status).toBe('target'));
  it.each([
    ['Các chỉ tiêu đã đạt là tỷ lệ hộ có cáp quang đạt 90%.', '90%'],
    ['Chỉ tiêu chưa đạt là tỷ lệ thanh toán trực tuyến, hiện mới đạt 41%.', '41%'],
  ])('%s → %s stays a result', (s, n) => expect(metricOf(s, n, 2024).status).toBe('actual'));
});

describe('a region\'s economy holds its figures, not Viet Nam (REGION_HOLDER)', () => {
  it.each([
    ['Năm 2023, nền kinh tế số khu vực ước đạt 218 tỷ USD giá trị giao dịch.', '218 tỷ USD'],
    ['Nhóm 6 nền kinh tế lớn nhất khu vực Đông Nam Á có tổng giá trị kinh tế số 240 tỷ USD năm 2024.', '240 tỷ USD'],
  ])('%s → %s: none', (s, n) => expect(metricOf(s, n, 2024).indicator).toBeUndefined());
  it('Viet Nam named in the clause keeps the national series', () =>
    expect(metricOf('Năm 2024, nền kinh tế số của Việt Nam, dẫn đầu khu vực về tốc độ, đạt 36 tỷ USD giá trị giao dịch.', '36 tỷ USD', 2024).indicator).toBe('digital-economy-revenue'));
});

describe('periods: a report released with its year dates a ranking page; compared years in a list; months compared with the same months', () => {
  it('"báo cáo Khảo sát … 2023" dates the undated ranks after it (editionYear)', () => {
    const m = byText(['Tổ chức X vừa công bố báo cáo Khảo sát chỉ số mạng 2023.', 'Theo báo cáo, Việt Nam xếp thứ 48/120 quốc gia.'], 2023);
    expect(m.get('48/120')?.period?.iso).toBe('2023');
  });
  it('"so với báo cáo năm 2021" is no edition', () =>
    expect(editionYear('Việt Nam tăng 5 bậc so với báo cáo năm 2021.')).toBeUndefined());
  it('"so với năm 2021 và 2019": both years are compared, neither dates the change', () =>
    expect(metricOf('Theo báo cáo, tỉnh xếp thứ 12 (tăng 9 bậc so với năm 2021 và 2019).', '9 bậc', 2023).period?.iso).not.toBe('2019'));
  it('"so với 5 tháng đầu năm 2023" dates the figure in the same months of 2024, over the half carried before', () => {
    const m = byText(['Sáu tháng đầu năm 2024, xuất khẩu rau quả đạt 3,6 tỷ USD.', 'Riêng thị trường Nhật Bản đạt 0,21 tỷ USD, tăng 9% so với 5 tháng đầu năm 2023.'], 2024);
    expect([m.get('0,21 tỷ USD')?.period?.iso, m.get('0,21 tỷ USD')?.period?.isoEnd]).toEqual(['2024-01', '2024-05']);
  });
  it('a comparison printed with the current year moves nothing', () =>
    expect(notAfter({ iso: '2026-01', isoEnd: '2026-09', precision: 'month' }, 2025)).toBeUndefined());
});

describe('ranks: a bound among provinces for the index named before it; a measure\'s own rank in a list of measures', () => {
  it('"chỉ số chuyển đổi số của tỉnh nằm trong nhóm 15 tỉnh" is a goal of the provincial DTI rank', () =>
    expect(metricOf('Phấn đấu đến năm 2026, chỉ số chuyển đổi số của tỉnh nằm trong nhóm 15 tỉnh, thành phố dẫn đầu.', '15', 2024).indicator).toBe('dti-province-rank'));
  it('a bound among provinces "doing well" names no index', () =>
    expect(metricOf('Thành phố phấn đấu thuộc nhóm 12 tỉnh, thành phố triển khai chính quyền số tốt.', '12', 2024).indicator).toBeUndefined());
  it('ranks in brackets after listed measures are theirs, not the lead\'s ranking (ranksItemBefore)', () => {
    const m = byText(['Chỉ số đổi mới sáng tạo toàn cầu (GII) 2023 xếp Việt Nam thứ 46/132.', 'Có 2 chỉ số thuộc nhóm đầu thế giới là: xuất khẩu hàng công nghệ cao (xếp hạng 2) và tăng trưởng năng suất (xếp hạng 5).'], 2023);
    expect([m.get('46/132')?.indicator, m.get('2')?.indicator, m.get('5')?.indicator]).toEqual(['gii-rank', undefined, undefined]);
  });
});

describe('the ICT industry in the words of "công nghiệp công nghệ thông tin và truyền thông"; semiconductors are a part of their own', () => {
  it('"doanh thu ngành công nghiệp công nghệ thông tin và truyền thông" is ICT industry revenue, not the whole sector\'s', () =>
    expect(metricOf('Năm 2023, doanh thu ngành công nghiệp công nghệ thông tin và truyền thông đạt 142 tỷ USD.', '142 tỷ USD', 2023).indicator).toBe('ict-revenue'));
  it('"doanh thu toàn ngành thông tin và truyền thông" stays the sector\'s', () =>
    expect(metricOf('Năm 2023, doanh thu toàn ngành thông tin và truyền thông đạt 3,6 triệu tỷ đồng.', '3,6 triệu tỷ đồng', 2023).indicator).toBe('ict-sector-revenue'));
  it.each([
    ['Trong ngành công nghiệp ICT, doanh thu công nghiệp bán dẫn năm 2024 đạt 17,2 tỷ USD.', '17,2 tỷ USD'],
    ['In 2024, semiconductor revenue of the ICT industry reached 17.2 billion USD.', '17.2 billion USD'],
  ])('%s → none', (s, n) => expect(/^In/.test(s) ? englishIndicatorOf(s, n) : metricOf(s, n, 2024).indicator ?? 'none').toBe('none'));
});

describe('"top N" with nothing after it is a rank bound (isBareTop)', () => {
  it.each([
    ['Việt Nam hướng tới top 40 vào năm 2030.', '40'],
    ['Mục tiêu của ngành là vào top 25.', '25'],
  ])('%s → %s is a rank at most', (s, n) => {
    const m = metricOf(s, n, 2024);
    expect([m.unit, m.qualifier]).toEqual(['rank', 'at-most']);
  });
  it('a list\'s name is no bound', () =>
    expect(() => metricOf('So với bảng xếp hạng top 10 năm 2022, tỉnh không còn góp mặt.', '10', 2024)).toThrow());
  it('a bare top goal takes the one ranking its sentence names by acronym', () =>
    expect(metricOf('Theo Chỉ số Đổi mới sáng tạo toàn cầu (GII), Việt Nam đặt mục tiêu top 35 vào năm 2030.', '35', 2024).indicator).toBe('gii-rank'));
});

describe('a page that opens on a provincial document\'s letterhead is the province\'s (opensOnProvincialDocument)', () => {
  const page = ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 68%.'];
  it('its figures take provincial series', () => expect(isProvincialPage(page, false)).toBe(true));
  it('a ministry\'s letterhead does not', () => expect(isProvincialPage(['BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 68%.'], false)).toBe(false));
});

describe('periods on undated pages: a cited document\'s date after a comma, a plan carried out, now after a figure-less sentence', () => {
  const undated = (paragraphs: string[]) => new Map(englishMetrics(paragraphs, undefined, false).map((m) => [m.text, m]));
  it('"Nghị quyết số 07-NQ/TU, ngày 20/5/2023, …" dates nothing after it', () => {
    const m = undated(['Văn bản chủ chốt là Nghị quyết số 07-NQ/TU, ngày 20/5/2023, của Tỉnh ủy về dữ liệu số. Đây là nghị quyết chuyên đề đầu tiên về dữ liệu.', 'Nhờ đó, hạ tầng dữ liệu không ngừng được mở rộng, đến nay đã đưa vào vận hành 25 hệ thống thông tin dùng chung.']);
    expect(m.get('25')?.period).toBeUndefined();
  });
  it('a resolution carried out hands on neither its horizon nor its vision', () => {
    const m = undated(['Qua 2 năm thực hiện Nghị quyết số 03-NQ/TU, ngày 12/2/2023 của Tỉnh ủy (khóa XX) về chuyển đổi số đến năm 2025, định hướng đến năm 2030; Huyện ủy đã ban hành Kế hoạch số 41-KH/HU, ngày 3/4/2023 để triển khai.', 'Trên cơ sở đó, huyện đã mở 14 lớp bồi dưỡng và lập 38 tổ công nghệ số cộng đồng.']);
    expect([m.get('14')?.period, m.get('38')?.period]).toEqual([undefined, undefined]);
  });
  it('"Đến nay" after a figure-less sentence ends the goal\'s year before it', () => {
    const m = undated(['Tỉnh phấn đấu đến năm 2030 thuộc nhóm 15 tỉnh dẫn đầu về chuyển đổi số.', 'Theo Sở Khoa học và Công nghệ, tỉnh đã ban hành kế hoạch hành động. Đến nay, toàn tỉnh có 1.240 trạm phát sóng.', 'Tỷ lệ dân số được phủ sóng 4G đạt 98%.']);
    expect([m.get('1.240')?.period, m.get('98%')?.period]).toEqual([undefined, undefined]);
  });
});

describe('periods and goals: items of a list go on in the next paragraph; "trở về trước"; "hướng tới mục tiêu"', () => {
  it('a paragraph opening on the word the items before opened on takes their span on a dated page (continuesEnumeration)', () => {
    const m = byText(['Cụ thể, 9 tháng đầu năm 2024 so với cùng kỳ, giao dịch qua ví tăng 18%; qua thẻ tăng 9%; qua mã QR tăng 75%.', 'Qua cổng thanh toán liên ngân hàng tăng 6,5% về giá trị.'], 2024);
    expect(m.get('6,5%')?.period?.isoEnd).toBe('2024-09');
  });
  it('a paragraph that opens otherwise takes nothing on a dated page', () =>
    expect(byText(['Cụ thể, 9 tháng đầu năm 2024 so với cùng kỳ, giao dịch qua ví tăng 18%; qua thẻ tăng 9%; qua mã QR tăng 75%.', 'Cổng thanh toán liên ngân hàng tăng 6,5% về giá trị.'], 2024).get('6,5%')?.period).toBeUndefined());
  it('"từ năm 2018 trở về trước" dates the figures after it', () => {
    const m = byText(['Giai đoạn từ năm 2018 trở về trước, tình trạng mã độc rất phổ biến. Khi đó có khoảng 4 triệu máy tính nhiễm mã độc.'], undefined as unknown as number);
    expect(m.get('4 triệu')?.period?.iso).toBe('2018');
  });
  it('"hướng tới mục tiêu" governs every item of its clause', () =>
    expect(metricOf('Chiến dịch hướng tới mục tiêu giảm 40% tỷ lệ lây nhiễm mã độc, và giảm 30% địa chỉ IP nằm trong các mạng botnet.', '30%', 2020).status).toBe('target'));
});

describe('a forecast of meeting a goal leaves the goal\'s level a goal (GOAL_NAMED_RIGHT_BEFORE)', () => {
  it('"có thể đạt mục tiêu 30% vào năm 2026" is a goal', () =>
    expect(metricOf('Với đà hiện nay, thương mại điện tử có thể đạt mục tiêu 30% tổng mức bán lẻ vào năm 2026.', '30%', 2024).status).toBe('target'));
  it('"có thể đạt 30%" alone is a forecast', () =>
    expect(metricOf('Với đà hiện nay, thương mại điện tử có thể đạt 30% tổng mức bán lẻ vào năm 2026.', '30%', 2024).status).toBe('estimate'));
});

describe('no national series for an average per month, nor a province\'s use of a national platform', () => {
  it('"trung bình …, mỗi tháng có gần 900 cuộc tấn công" is an average, no series value', () =>
    expect(byText(['Nửa đầu năm 2023 ghi nhận 5.400 cuộc tấn công mạng nhắm vào hệ thống thông tin ở Việt Nam. Tính ra, bình quân trong nửa đầu năm 2023, mỗi tháng có khoảng 900 cuộc tấn công mạng nhắm vào hệ thống thông tin ở Việt Nam.'], 2023).get('900')?.indicator).toBeUndefined());
  it('a month\'s own count keeps it', () =>
    expect(byText(['Trong tháng 6 năm 2023, có 900 cuộc tấn công mạng vào các hệ thống tại Việt Nam.'], 2023).get('900')?.indicator).toBe('cyberattacks'));
  it('a province\'s transactions on "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia" are the province\'s', () =>
    expect(byText(['Hà Giang: dữ liệu số được khai thác hiệu quả', 'Tỉnh đã kết nối 18 dịch vụ trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP), với hơn 9,2 triệu lượt giao dịch dữ liệu.'], 2024).get('9,2 triệu')?.indicator).toBeUndefined());
});

describe('the national portal\'s dossiers: status-synced records are not filed ones; "từ Cổng" points back to the portal', () => {
  it.each([
    ['Trong năm 2023, Cổng Dịch vụ công quốc gia có hơn 95 triệu hồ sơ đồng bộ trạng thái.', '95 triệu', 'none'],
    ['Kể từ khi khai trương, Cổng Dịch vụ công quốc gia đã có 2,3 triệu tài khoản; hơn 3,6 triệu hồ sơ trực tuyến thực hiện từ Cổng.', '3,6 triệu', 'national-portal-dossiers'],
  ])('%s → %s: %s', (s, n, id) => expect(metricOf(s, n, 2023).indicator ?? 'none').toBe(id));
});

describe('a plan just issued frames what the page tells of it next (JUST_ISSUED)', () => {
  it('its contents are goals', () => {
    const m = undatedOf(['UBND huyện vừa ban hành kế hoạch số 88/KH-UBND về tổ chức Ngày Chuyển đổi số năm 2023. Theo đó, các xã sẽ cùng vào cuộc.', 'Từ ngày 5/10, huyện tăng cường dùng chữ ký số. Trong đó, tỷ lệ văn bản ký số của các xã đạt 95%; tỷ lệ thanh toán học phí không dùng tiền mặt đạt trên 60%.']);
    expect([m.get('95%')?.status, m.get('60%')?.status]).toEqual(['target', 'target']);
  });
  it('a plan issued long ago frames nothing', () =>
    expect(undatedOf(['Năm 2021, UBND huyện ban hành kế hoạch số 88/KH-UBND về chuyển đổi số.', 'Đến nay, tỷ lệ văn bản ký số của các xã đạt 95%.']).get('95%')?.status).toBe('actual'));
});

describe('a share of a class ends at "và": what follows is a figure of its own (SHARE_CLASS_BAR)', () => {
  it('"68% hộ có cáp quang và trên 2 triệu người dùng ví" reads both', () =>
    expect(findNumbers('Có 68% hộ gia đình có cáp quang và trên 2 triệu người đã dùng ví điện tử.').map((n) => n.text)).toEqual(['68%', '2 triệu']));
  it('"30% doanh nghiệp có doanh thu trên 10 tỷ đồng" keeps its bar out', () =>
    expect(findNumbers('Có 30% doanh nghiệp có doanh thu trên 10 tỷ đồng.').map((n) => n.text)).toEqual(['30%']));
});

describe('after the first reads of sets CP and CQ: ranks listed after "xếp hạng:", a review\'s year, a city below a province', () => {
  it('fields listed after "thay đổi xếp hạng:" are ranks out of the provinces (RANK_LEAD_COLON)', () =>
    expect(findNumbers('Các trụ cột có sự thay đổi xếp hạng: Chính quyền số 19/63 (tăng 4 bậc), xã hội số 40/63.').filter((n) => n.unit === 'rank' && n.kind === 'rank').map((n) => n.text)).toEqual(['19/63', '40/63']));
  it('"công bố kết quả đánh giá mức độ chuyển đổi số (CĐS) năm 2022" is the edition of the ranks after it', () =>
    expect(editionYear('Hôm qua, Bộ công bố kết quả đánh giá về chuyển đổi số năm 2022 cho các tỉnh, thành.')).toBe('2022'));
  it('a page opening on a city below a province ("TP Bảo Lộc") is local: no national series', () =>
    expect(byText(['Chuyển đổi số được TP Bảo Lộc triển khai trên cả ba trụ cột.', 'Trong 6 tháng đầu năm 2024, thành phố đã số hóa 12.400 hồ sơ, đạt 97,1% tổng số hồ sơ tiếp nhận.'], 2024).get('97,1%')?.indicator).toBeUndefined());
  it('"TP.HCM" or "thành phố Cần Thơ" is a province', () =>
    expect(byText(['Chuyển đổi số được thành phố Cần Thơ triển khai trên cả ba trụ cột.', 'Trong 6 tháng đầu năm 2024, thành phố đã số hóa 12.400 hồ sơ, đạt 97,1% tổng số hồ sơ tiếp nhận.'], 2024).get('97,1%')?.indicator).toBeDefined());
});

describe('a headline-less page whose lead speaks of "của tỉnh" and then names the province is the province\'s (opensOnOwnProvince)', () => {
  const lead = 'Năm 2024, công tác cải cách hành chính gắn với chuyển đổi số của tỉnh có nhiều chuyển biến. Theo kết quả công bố, tỉnh Ninh Bình đứng thứ 9 cả nước về chỉ số phục vụ người dân.';
  it('is a provincial page', () => expect(isProvincialPage([lead, 'Tỷ lệ hồ sơ trực tuyến đạt 61,2%.'], false)).toBe(true));
  it('a lead that names no province is not', () => expect(isProvincialPage(['Năm 2024, công tác cải cách hành chính gắn với chuyển đổi số của tỉnh có nhiều chuyển biến, theo báo cáo gửi Bộ.', 'Tỷ lệ hồ sơ trực tuyến đạt 61,2%.'], false)).toBe(false));
});

describe('all pillars of the provincial level at once are the level\'s averages, no province\'s own (isProvincialLevelFigure)', () => {
  const s = 'Nhìn chung, các trụ cột của chỉ số cấp tỉnh đều cải thiện; trụ cột Chính quyền số đạt giá trị 0,7012, trụ cột Xã hội số đạt 0,6544.';
  it('takes no provincial series', () => expect(byText([s], 2024).get('0,7012')?.indicator).toBeUndefined());
  it('a province\'s own pillar keeps it', () =>
    expect(byText(['Năm 2023, chỉ số chuyển đổi số cấp tỉnh (DTI) của tỉnh Long An xếp thứ 20/63; trụ cột Chính quyền số của tỉnh có giá trị 0,7012.'], 2024).get('0,7012')?.indicator).toBe('dti-province-pillar-score'));
});

describe('after the first reads of sets CR and CS: a cut-off last line is no byline; a long ranking title\'s year; a score printed as a percentage', () => {
  it('"tính đến 31/3/2024" in a short last line is no byline (bylineDate)', () => {
    expect(bylineDate('Về ví điện tử, tính đến 31/3/2024, số lượng khách hàng sử')).toBeUndefined();
    expect(bylineDate('Cập nhật: 14/07/2023 05:07')?.iso).toBe('2023-07-14');
  });
  it('"xếp hạng Chỉ số chuyển đổi số của cơ quan nhà nước (DTI) trên địa bàn tỉnh Gia Lai năm 2023" names its edition', () =>
    expect(editionYear('UBND tỉnh vừa công bố và xếp hạng Chỉ số chuyển đổi số của cơ quan nhà nước (DTI) trên địa bàn tỉnh Gia Lai năm 2023.')).toBe('2023'));
  it('"đạt chỉ số DTI 94,1%" takes the edition\'s year (editionPeriods)', () => {
    const score = { unit: 'percent' as const, status: 'actual' as const, quote: 'Đứng đầu là Sở Tư pháp, đạt chỉ số DTI 94,1%.', text: '94,1%', reasons: [], confidence: 'high' as const };
    const share = { ...score, quote: 'Tỷ lệ hồ sơ trực tuyến đạt 94,1%.' };
    const drafts = [{ metric: { ...score } as Record<string, unknown> }, { metric: { ...share } as Record<string, unknown> }];
    editionPeriods(drafts as never, '2023');
    expect(drafts.map((d) => (d.metric.period as { iso?: string } | undefined)?.iso)).toEqual(['2023', undefined]);
  });
});
