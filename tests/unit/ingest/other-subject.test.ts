/** Figures whose subject is not the series' (round 9b forms, written for the test). */
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { countsOtherNoun, isCompanyFigure, isLocalArticle, isMembersFigure, isOtherIndexFigure } from '../../../scripts/ingest/other-subject';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
const byId = (id: string) => lex.indicators.find((x) => x.id === id)!;

/** Metrics of the paragraphs of an undated article, keyed by the number as written. */
function metricsOf(...paragraphs: string[]): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const m of extractMetrics(segments(paragraphs), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] ??= m;
  return out;
}

describe('isCompanyFigure: one company is the subject', () => {
  it.each([
    'Tổng công ty Hạ tầng mạng cho biết doanh thu đạt ', 'Theo báo cáo của hãng bảo mật Avast, năm 2022 có ', 'Riêng nhà mạng MobiFone có ', 'sàn Tiki đạt ', 'Năm 2023, doanh thu hợp nhất của nhóm đạt ', 'Hãng bảo mật này đã chặn ', 'doanh thu công ty mẹ đạt ',
  ])('%j', (s) => {
    expect(isCompanyFigure(s)).toBe(true);
  });
  it.each([
    'Theo Tập đoàn Bưu chính, doanh thu toàn ngành đạt ', 'Các doanh nghiệp viễn thông có ', 'Doanh thu trên các sàn Lazada, Tiki đạt ', 'Sau hợp nhất, tỉnh xếp thứ ', 'Giá trị trên sàn TMĐT đạt ', 'Số công ty công nghệ số đạt ',
  ])('%j is no company figure', (s) => {
    expect(isCompanyFigure(s)).toBe(false);
  });
  it('a company\'s revenue takes no sector series; the sector\'s keeps it', () => {
    const m = metricsOf('Năm 2023, doanh thu dịch vụ viễn thông cả nước đạt 140.000 tỷ đồng. Tập đoàn Bưu chính Viễn thông (VNPT) công bố doanh thu viễn thông năm 2023 đạt 52.000 tỷ đồng.');
    expect(m['140.000 tỷ đồng']!.indicator).toBe('telecom-revenue');
    expect(m['52.000 tỷ đồng']!.indicator).toBeUndefined();
  });
});

describe('isMembersFigure: some members of a group', () => {
  it.each([['Nhiều ngân hàng có 95% giao dịch trên kênh số.', true], ['Một số tỉnh đạt 100%.', true], ['Có 64% người được hỏi dùng ví điện tử.', true], ['62% doanh nghiệp tham gia khảo sát có website.', true], ['Ngân hàng Nhà nước cho biết 87% người lớn có tài khoản.', false],
    ['Có 120 doanh nghiệp tham gia chương trình khuyến mại trực tuyến.', true], ['Các đơn vị đã tham gia hội chợ bán được 3 tỷ đồng.', true], ['Hơn 300 gian hàng cùng tham gia ngày hội mua sắm.', true],
    ['Cả nước có 70.000 doanh nghiệp công nghệ số.', false], ['Người dân tham gia các chương trình chiếm 40%.', false]])('%j → %s', (s, want) => {
    expect(isMembersFigure(s)).toBe(want);
  });
});

describe('whose count or sales', () => {
  it('the firms of one programme take no national count', () => {
    const m = metricsOf('Năm 2023, cả nước có 74.000 doanh nghiệp công nghệ số. Có 45 doanh nghiệp tham gia chương trình đã giảm giá dịch vụ.');
    expect(m['74.000']!.indicator).toBe('digital-tech-enterprises');
    expect(m['45']!.indicator).toBeUndefined();
  });
  it('the sales of products put on the platforms are no e-commerce market revenue', () => {
    for (const s of ['Năm 2023, có 5.000 sản phẩm nông sản được đưa lên sàn thương mại điện tử, doanh thu thương mại điện tử đạt 150 tỷ đồng.', 'Năm 2023, các mặt hàng đặc sản của tỉnh lên sàn thương mại điện tử với doanh thu thương mại điện tử 150 tỷ đồng.']) {
      expect(metricsOf(s)['150 tỷ đồng']!.indicator).toBeUndefined();
    }
    expect(metricsOf('Năm 2023, doanh thu thương mại điện tử đạt 20,5 tỷ USD.')['20,5 tỷ USD']!.indicator).toBe('ecommerce-revenue');
  });
});

describe('a survey\'s respondents', () => {
  it('take no national share', () => {
    const m = metricsOf('Năm 2023, tỷ lệ người dân sử dụng Internet đạt 79%. Theo khảo sát của một công ty, 85% người được hỏi sử dụng Internet hằng ngày.');
    expect(m['79%']!.indicator).toBe('internet-users');
    expect(m['85%']!.indicator).toBeUndefined();
  });
});

describe('isOtherIndexFigure: a pillar of another index', () => {
  it('the nearest context naming an index decides', () => {
    const pillar = byId('dti-province-pillar-score');
    expect(isOtherIndexFigure(pillar, ['chỉ số hạ tầng đạt 0,6 điểm', 'tỉnh dẫn đầu ict index khu vực.', 'chỉ số chuyển đổi số'])).toBe(true);
    expect(isOtherIndexFigure(pillar, ['chỉ số hạ tầng đạt 0,6 điểm', 'tỉnh dẫn đầu về dti.', 'ict index'])).toBe(false);
    expect(isOtherIndexFigure(pillar, ['chỉ số hạ tầng đạt 0,6 điểm', '', undefined])).toBe(false);
    expect(isOtherIndexFigure(byId('telecom-revenue'), ['par index'])).toBe(false);
  });
  it('an ICT Index pillar takes no DTI pillar series', () => {
    const m = metricsOf('Theo ICT Index 2021, tỉnh Hòa Bình xếp hạng 12.', 'Tỉnh Hòa Bình có chỉ số thành phần Hạ tầng kỹ thuật đạt 0,48 điểm; trụ cột Ứng dụng đạt 0,52 điểm.');
    expect(m['0,48 điểm']!.indicator).toBeUndefined();
    expect(m['0,52 điểm']!.indicator).toBeUndefined();
  });
  it('a provincial innovation index (PII) rank takes no DTI pillar series (round 23)', () => {
    const pillar = byId('dti-province-pillar-rank');
    expect(isOtherIndexFigure(pillar, ['tỉnh a (45,1 điểm, hạng 8)', 'bộ chỉ số đổi mới sáng tạo cấp địa phương dựa theo 50 chỉ số thành phần.'])).toBe(true);
    expect(isOtherIndexFigure(pillar, ['theo pii 2024, tỉnh b xếp hạng 12 về chỉ số thành phần thể chế.'])).toBe(true);
    expect(isOtherIndexFigure(pillar, ['tỉnh c xếp hạng 5 chỉ số chuyển đổi số, trụ cột kinh tế số.'])).toBe(false);
  });
  it('a ranking of digital transformation named without "chỉ số" is the DTI (round 45)', () => {
    const rank = byId('dti-province-rank');
    for (const own of ['tỉnh xếp thứ 12 trong số 63 tỉnh về kết quả xếp hạng chuyển đổi số.', 'theo đánh giá mức độ chuyển đổi số năm 2023, tỉnh xếp thứ 12.', 'chỉ số cđs của tỉnh xếp thứ 12.'])
      expect(isOtherIndexFigure(rank, [own, 'trong chỉ số cải cách hành chính, tỉnh xếp thứ bảy.']), own).toBe(false);
    expect(isOtherIndexFigure(rank, ['tỉnh xếp thứ 12 trong số 63 tỉnh.', 'trong chỉ số cải cách hành chính, tỉnh xếp thứ bảy.'])).toBe(true);
    const m = metricsOf('Năm 2023, tỉnh Hà Nam xếp thứ 12 trong số 63 tỉnh, thành phố về kết quả xếp hạng chuyển đổi số. Trong chỉ số cải cách hành chính của tỉnh, các chỉ số thành phần về chính quyền số xếp thứ bảy cả nước.');
    expect(m['12']!.indicator).toBe('dti-province-rank');
  });
});

describe('a contrast: the present value takes the series of the earlier one', () => {
  it('"Nếu như … X thì đến nay, con số này … Y"', () => {
    const m = metricsOf('Nếu như năm 2014, chỉ 31% người trưởng thành có tài khoản thanh toán thì đến nay, con số này đã tăng lên 80,2%.');
    expect(m['31%']!.indicator).toBe('bank-account-share');
    expect(m['80,2%']!.indicator).toBe('bank-account-share');
  });
});

describe('countsOtherNoun: a share of another noun than the series counts', () => {
  const account = byId('bank-account-share');
  it.each([
    ['trên 90%', ' giao dịch được thực hiện trên kênh số', true],
    ['khoảng 60%', ' doanh nghiệp đã mở tài khoản', true],
    ['77%', ' người trưởng thành có tài khoản', false], // the series' own words
    ['tỷ lệ người có tài khoản thanh toán đạt 70%', ' giao dịch', false], // the clause names the series
    ['đạt 70%', ', tăng 3%', false], // no counted noun
    ['đạt 100%', ' các tỉnh đã kết nối', true], // a determiner before the counted noun
    ['khoảng 65%', ' số giáo viên dùng chữ ký số', true],
    ['phủ 100%', ' thôn bản', true],
    ['(72%)', '); số thuê bao', false], // a determiner past the bracket counts nothing of this share
  ])('%j + %j → %s', (clause, after, want) => {
    expect(countsOtherNoun(account, clause, after)).toBe(want);
  });
  it('a share of transactions after the share of adults with an account takes no series', () => {
    const m = metricsOf('Năm 2022, tỷ lệ người trưởng thành có tài khoản thanh toán đạt 74%. Trên 85% giao dịch được thực hiện trên kênh số.');
    expect(m['74%']!.indicator).toBe('bank-account-share');
    expect(m['85%']!.indicator).toBeUndefined();
  });
  it('a security vendor\'s count takes no national series, the country\'s keeps it', () => {
    const m = metricsOf('Theo báo cáo của hãng bảo mật Avast, năm 2022 có 40 triệu vụ tấn công mạng nhắm vào người dùng Việt Nam. Năm 2022, Việt Nam ghi nhận 12.000 vụ tấn công mạng vào hệ thống thông tin.');
    expect(m['40 triệu']!.indicator).toBeUndefined();
    expect(m['12.000']!.indicator).toBe('cyberattacks');
  });
});

describe('isLocalArticle: a commune\'s, ward\'s or district\'s own page (round 14)', () => {
  it.each([
    [['Phát triển hạ tầng số', 'Năm 2024, huyện Mường Tè đặt mục tiêu 70% hộ có điện thoại thông minh.'], true], // a named district in the lead
    [['Xã Tân Thành ban hành chỉ tiêu chuyển đổi số năm 2025.'], true], // a named commune
    [['1. Hạ tầng', '- Tỷ lệ hộ có cáp quang: 85%.', '- Tỷ lệ doanh nghiệp trên địa bàn xã dùng nền tảng số: 40%.'], true], // its own commune, unnamed, anywhere
    [['Theo chỉ đạo của thành phố, các xã, phường phải đạt ít nhất 50% hồ sơ trực tuyến.'], true], // communes as the goal's subject
    [['Phủ sóng 4G tới 100% thôn trên toàn huyện.'], true],
    [['Cả nước có 98% xã được phủ sóng; huyện Bảo Lâm đạt 90%.'], false], // the top is national
    [['Năm 2023, tỷ lệ hộ gia đình có cáp quang đạt 82%.', 'Xã hội số phát triển mạnh.'], false], // "xã hội" is no commune
    [['Trên địa bàn tỉnh có 120 xã đạt chuẩn nông thôn mới.'], false], // a province's
    [['Bảng xếp hạng các bộ: dẫn đầu là Thông tấn xã Việt Nam và Ủy ban Dân tộc.'], false], // a news agency, no commune
    [['Chỉ số năm 2024 được công bố. ' + 'Các chỉ số thành phần tăng đều. '.repeat(30) + 'Huyện Đông Anh đứng đầu.'], false], // named far below the top
  ])('%j → %s', (paragraphs, want) => {
    expect(isLocalArticle(paragraphs)).toBe(want);
  });
  it('a commune\'s "label: value" items take no national series; a national page keeps its', () => {
    const local = metricsOf('Chỉ tiêu hạ tầng số', '- Tỷ lệ hộ gia đình có đường truyền cáp quang: 70%.', '- Tỷ lệ cơ quan trên địa bàn xã dùng nền tảng số: 60%.');
    expect(local['70%']!.indicator).toBeUndefined();
    const national = metricsOf('Chỉ tiêu hạ tầng số', '- Tỷ lệ hộ gia đình có đường truyền cáp quang: 70%.');
    expect(national['70%']!.indicator).toBe('fibre-broadband-households');
  });
});

describe('round 38: a share of candidates or students is no service or dossier series', () => {
  it('"98% thí sinh" in a clause on full online services takes no series', () => {
    const m = metricsOf('Năm 2025, hệ thống tuyển sinh trực tuyến toàn trình đã cho phép 98% thí sinh nộp hồ sơ hoàn toàn trực tuyến.');
    expect(m['98%']!.indicator).toBeUndefined();
  });
  it('countsOtherNoun: people of a kind count another noun even where the clause names the series', () => {
    const full = byId('full-process-online-services-share');
    expect(countsOtherNoun(full, 'thủ tục làm trên dvc toàn trình giúp 98%', ' thí sinh nộp hồ sơ')).toBe(true);
    expect(countsOtherNoun(full, 'thủ tục làm trên dvc toàn trình giúp 98%', ' thủ tục được giải quyết')).toBe(false);
  });
});

describe('round 38: "hãng" that counts what it saw', () => {
  it('"hãng đã ghi nhận …" is the security firm named before, no national series', () => {
    expect(isCompanyFigure('Riêng quý I, hãng đã ghi nhận gần ')).toBe(true);
    expect(isCompanyFigure('Trong năm 2024, hãng này phát hiện ')).toBe(true);
    expect(isCompanyFigure('Trong năm 2024, cả nước đã ghi nhận ')).toBe(false);
  });
  it('a count of spyware or ransomware attacks is no count of cyberattacks', () => {
    const m = metricsOf('Năm 2024, Việt Nam ghi nhận 15.000 vụ tấn công spyware nhắm vào điện thoại.');
    expect(m['15.000']!.indicator).toBeUndefined();
    const n = metricsOf('Năm 2024, Việt Nam ghi nhận 15.000 vụ tấn công mạng vào hệ thống thông tin.');
    expect(n['15.000']!.indicator).toBe('cyberattacks');
  });
});

describe('round 39: a tracker\'s sellers, shops and scope note', () => {
  it('a paragraph counting shops or sellers, or saying which platforms it counts, keeps its sales off the national series', () => {
    for (const tail of ['Số nhà bán có đơn hàng giảm 6%.', 'Số cửa hiệu còn 380,2 nghìn shop.', '(Số liệu chỉ thống kê trên 3 sàn lớn.)']) {
      expect(metricsOf(`Quý II/2024, doanh số thương mại điện tử toàn thị trường đạt 78,6 nghìn tỷ đồng. ${tail}`)['78,6 nghìn tỷ đồng']!.indicator, tail).toBeUndefined();
    }
    expect(metricsOf('Quý II/2024, doanh số thương mại điện tử toàn thị trường đạt 78,6 nghìn tỷ đồng.')['78,6 nghìn tỷ đồng']!.indicator).toBe('ecommerce-revenue');
  });
});

describe('round 47: "Chỉ số CCHC" names the PAR Index', () => {
  const par = byId('par-index-province-rank');
  it('a sentence naming it is its own index, whatever the page names after', () =>
    expect(isOtherIndexFigure(par, ['', 'năm 2022, chỉ số cchc tỉnh hòa bình xếp thứ 21/63', '', 'bảng xếp hạng chỉ số sipas các tỉnh']))
      .toBe(false));
  it('the typo "PAR INDER" too', () => expect(isOtherIndexFigure(par, ['', 'công bố chỉ số cchc (par inder) năm 2021'])).toBe(false));
  it('on a page: the rank keeps its series beside a SIPAS paragraph after it', () => {
    const ms = extractMetrics(segments([
      'Năm 2022, Chỉ số CCHC tỉnh Hòa Bình đạt 85,1%, xếp thứ 21/63 tỉnh, thành phố.',
      'Bảng xếp hạng Chỉ số SIPAS các tỉnh, thành phố năm 2022.',
    ]), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh' });
    expect(ms.find((m) => m.text === '21/63')?.indicator).toBe('par-index-province-rank');
  });
});
