import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contextWindow } from '../../../scripts/ingest/items';
import { containsPhrase, contextBefore, countOccurrences, topicBefore, matchIndicator, matchTopics, phraseWeight, scoreIndicator, type IndicatorQuery } from '../../../scripts/ingest/lexicon';
import { namesBody } from '../../../scripts/ingest/phrases';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { loadIndicators } from '../../../src/lib/lexicon';
import { indicatorSchema, type Indicator, type Topic } from '../../../src/schemas/lexicon';

const ROOT = new URL('../../../', import.meta.url).pathname;
const CATALOGUE = loadIndicators(ROOT);

/** The query metrics.ts builds for the number written `n` in `sentence`. */
function query(sentence: string, n: string): IndicatorQuery {
  const numbers = findNumbers(sentence);
  const i = numbers.findIndex((x) => x.text === n);
  if (i < 0) throw new Error(`no number "${n}" in: ${sentence} (found ${numbers.map((x) => x.text).join(' | ')})`);
  const num = numbers[i]!;
  const w = contextWindow(sentence, numbers, i);
  return {
    clause: w.text, sentence: sentence.toLowerCase(), at: w.at, unit: num.unit, kind: num.kind,
    noun: sentence.slice(num.end, num.end + 40).trimStart().toLowerCase(),
    ...(num.total !== undefined ? { total: num.total } : {}),
  };
}
/** The indicator the catalogue gives the number `n` of `sentence`. */
const idOf = (sentence: string, n: string, lex = CATALOGUE) => scoreIndicator(query(sentence, n), lex).indicator;

describe('indicators.yaml', () => {
  it('every indicator has an English label and definition, and concept forms are folded', () => {
    for (const ind of CATALOGUE) {
      expect(ind.label.en.length, ind.id).toBeGreaterThan(3);
      expect(ind.definition.en, ind.id).toMatch(/\.$/);
      expect(ind.definition.vi, ind.id).toMatch(/\.$/);
    }
    expect(() => indicatorSchema.parse({ ...CATALOGUE[0], concepts: [['Định danh']] })).toThrow(/folded/);
  });

  it('labels are whole: a comma in an unquoted flow mapping would cut "Bộ, ngành, địa phương …" to "Bộ" and add stray keys', () => {
    const raw = parse(readFileSync(join(ROOT, 'content/indicators.yaml'), 'utf8')) as { id: string; label: Record<string, unknown> }[];
    for (const ind of raw) expect(Object.keys(ind.label), ind.id).toEqual(['vi', 'en']);
    const label = (id: string) => CATALOGUE.find((i) => i.id === id)?.label;
    expect(label('steering-committees')?.vi).toBe('Bộ, ngành, địa phương đã lập Ban Chỉ đạo chuyển đổi số');
    expect(label('biometric-border-points')?.vi).toMatch(/^Sân bay, bến cảng, cửa khẩu/u);
    expect(label('mobile-broadband-coverage')?.vi).toMatch(/^Thôn, bản lõm sóng/u);
    expect(label('ict-exports')?.en).toBe('Electronics, computer and component exports');
  });
});

describe('scoreIndicator: round-4 phrasings', () => {
  it.each([
    ['Theo Bộ TT&TT, doanh thu toàn ngành trong tháng 11 ước đạt 358.291 tỷ đồng.', '358.291 tỷ đồng', 'ict-sector-revenue'],
    ['Cụ thể, doanh thu toàn ngành ước tính đạt 2.067.389 tỷ đồng.', '2.067.389 tỷ đồng', 'ict-sector-revenue'],
    ['Tính riêng trong tháng 5, doanh thu ICT đạt 243.108 tỷ đồng.', '243.108 tỷ đồng', 'ict-revenue'],
    ['Doanh thu ICT của cả nước năm 2023 đạt 142 tỷ USD.', '142 tỷ USD', 'ict-revenue'],
    ['Tỷ lệ thôn đã có sóng trên toàn quốc đạt 99,73%.', '99,73%', 'mobile-coverage-share'],
    ['Giao dịch thanh toán không dùng tiền mặt tăng 59,6% về số lượng.', '59,6%', 'cashless-payments'],
  ])('%s → %s', (s, n, id) => expect(idOf(s, n)).toBe(id));

  it.each([
    ['Thanh toán qua kênh Internet tăng 51,60% về số lượng.', '51,60%'],
    ['Thanh toán không dùng tiền mặt qua kênh điện thoại di động tăng 63,24%.', '63,24%'],
    ['Giao dịch không dùng tiền mặt qua phương thức QR code tăng 846,41%.', '846,41%'],
    ['Thanh toán không dùng tiền mặt qua POS tăng 2,53%.', '2,53%'],
    ['Doanh thu toàn ngành ngân hàng tăng 12%.', '12%'],
    ['Nộp ngân sách toàn ngành ước đạt 87.170 tỷ đồng.', '87.170 tỷ đồng'],
    ['Số thuê bao băng rộng di động đạt trung bình 91,9 thuê bao trên 100 dân.', '91,9'],
    ['Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 80%.', '80%'],
    ['Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng tại cấp tỉnh đạt 100%.', '100%'],
  ])('a part, another sector, a rate or another kind of file is not the series: %s', (s, n) => {
    const id = idOf(s, n);
    expect(id ?? 'none', s).not.toMatch(/dossier-share|cashless|ict-sector|subscriptions/u);
  });
});

describe('scoreIndicator: many phrasings of one series', () => {
  it.each([
    ['Cả nước đã cấp 84,7 triệu thẻ căn cước công dân gắn chip.', '84,7 triệu'],
    ['Bộ Công an đã cấp được 84,7 triệu thẻ Căn cước công dân (CCCD) có gắn chip điện tử.', '84,7 triệu'],
    ['So the can cuoc cong dan gan chip da cap dat 84,7 triệu thẻ.', '84,7 triệu'],
    ['Đến nay đã có 84,7 triệu thẻ căn cước được cấp cho công dân.', '84,7 triệu'],
  ])('chip-id-cards: %s', (s, n) => expect(idOf(s, n)).toBe('chip-id-cards'));

  it.each([
    ['Đã kích hoạt 45,4 triệu tài khoản định danh điện tử mức độ 2.', '45,4 triệu'],
    ['Có 45,4 triệu tài khoản định danh điện tử (VNeID) đã được kích hoạt.', '45,4 triệu'],
    ['Ứng dụng VNeID có hơn 45,4 triệu tài khoản được kích hoạt.', '45,4 triệu'],
    ['Số tài khoản định danh mức 2 đạt 45,4 triệu tài khoản.', '45,4 triệu'],
  ])('eid-accounts: %s', (s, n) => expect(idOf(s, n)).toBe('eid-accounts'));

  it.each([
    ['Chỉ số EGDI (chỉ số phát triển chính phủ điện tử) của Việt Nam xếp thứ 71/193 quốc gia.', '71/193'],
    ['Theo Liên hợp quốc, Việt Nam xếp hạng 71/193 về Chính phủ điện tử.', '71/193'],
    ['Về phát triển chính phủ điện tử, năm 2024, Việt Nam đứng thứ 71/193.', '71/193'],
  ])('egdi-rank: %s', (s, n) => expect(idOf(s, n)).toBe('egdi-rank'));

  it.each([
    ['Doanh thu lĩnh vực CNTT ước đạt 1,92 triệu tỷ đồng.', '1,92 triệu tỷ đồng'],
    ['Tổng doanh thu của ngành công nghiệp công nghệ thông tin đạt 152 tỷ USD.', '152 tỷ USD'],
    ['Doanh thu công nghiệp công nghệ số năm 2024 đạt 152 tỷ USD, tăng 10,9%.', '10,9%'],
  ])('ict-revenue: %s', (s, n) => expect(idOf(s, n)).toBe('ict-revenue'));

  it.each([
    ['Tỷ lệ hồ sơ trực tuyến toàn trình đạt 42%.', '42%', 'online-dossier-share'],
    ['Có 42% hồ sơ được xử lý trực tuyến.', '42%', 'online-dossier-share'],
    ['Kinh tế số chiếm tỷ trọng 18,3% trong GDP.', '18,3%', 'digital-economy-gdp-share'],
    ['Tỷ trọng kinh tế số trong GDP các năm lần lượt là: Năm 2020 là 12,66%; 2021 là 12,87%.', '12,87%', 'digital-economy-gdp-share'],
    ['Kinh tế số ước tăng trưởng 22,4%, chiếm 18,3% GDP.', '18,3%', 'digital-economy-gdp-share'],
    ['Kinh tế số ước tăng trưởng 22,4%, chiếm 18,3% GDP.', '22,4%', 'digital-economy-growth'],
    ['Doanh thu thương mại điện tử B2C năm 2023 đạt 20,5 tỷ USD.', '20,5 tỷ USD', 'ecommerce-revenue'],
    ['Thương mại điện tử chiếm 8% tổng mức bán lẻ hàng hóa.', '8%', 'ecommerce-retail-share'],
    ['Tỷ lệ hộ gia đình sử dụng cáp quang đạt 78,76%.', '78,76%', 'fibre-broadband-households'],
    ['Năm 2023, Lào Cai xếp thứ 20/63 về chỉ số chuyển đổi số (DTI) cấp tỉnh.', '20/63', 'dti-province-rank'],
    ['Ứng dụng VNeID đã ghi nhận 425.000 lượt truy cập mỗi ngày.', '425.000', 'eid-transactions'],
    ['Giá trị xuất khẩu điện tử, máy tính và linh kiện đạt 57 tỷ USD.', '57 tỷ USD', 'ict-exports'],
  ])('%s → %s: %s', (s, n, want) => expect(idOf(s, n)).toBe(want));
});

describe('scoreIndicator: what it must not assign', () => {
  it('a count of provinces is not a count of accounts, nor a province value the national series', () => {
    expect(idOf('Có 34 địa phương đã hoàn thành cấp tài khoản định danh điện tử.', '34')).toBeUndefined();
    expect(idOf('Tỉnh Lào Cai đã kích hoạt 450.000 tài khoản định danh điện tử.', '450.000')).toBeUndefined();
    expect(idOf('Tỷ lệ hồ sơ trực tuyến của tỉnh Lào Cai đạt 85%.', '85%')).toBe('province-online-dossier-share');
  });

  it('a rank of another ranking or region is not the EGDI rank, and a rank is not a score', () => {
    expect(idOf('Chỉ số Đổi mới sáng tạo toàn cầu (GII) của Việt Nam xếp thứ 46/132.', '46/132')).toBe('gii-rank');
    expect(idOf('Về chính phủ điện tử, Việt Nam đứng thứ 5/11 trong ASEAN.', '5/11')).toBe('egov-asean-rank');
    expect(idOf('Chỉ số EGDI của Việt Nam đạt 0,7709 điểm.', '0,7709 điểm')).toBe('egdi-score');
    expect(idOf('Việt Nam đứng thứ 7 trong khu vực châu Á - Thái Bình Dương về an toàn, an ninh mạng toàn cầu (GCI).', '7')).toBe('gci-asia-pacific-rank');
  });

  it('a growth rate is not a level, and a level is not a growth rate', () => {
    expect(idOf('Doanh thu kinh tế số tăng 20% so với cùng kỳ.', '20%')).toBeUndefined();
    expect(idOf('Kinh tế số đạt 20% GDP.', '20%')).toBe('digital-economy-gdp-share');
    expect(idOf('Thương mại điện tử tăng trưởng 25%.', '25%')).toBe('ecommerce-growth');
  });

  it('an item of a list keeps its own words ("80% X, 40% Y")', () => {
    const s = 'Phấn đấu đạt 80% dịch vụ công trực tuyến toàn trình, 40% dân số trưởng thành sử dụng dịch vụ công trực tuyến, 100% hồ sơ được gắn định danh cá nhân.';
    expect([idOf(s, '80%'), idOf(s, '40%'), idOf(s, '100%')]).toEqual(['full-process-online-services-share', 'online-service-users', 'eid-linked-dossiers']);
  });

  it('a change or a rate is not a level', () => {
    expect(idOf('Số thuê bao điện thoại thông minh đạt 100,6 triệu thuê bao, tăng 4,1 triệu thuê bao.', '100,6 triệu')).toBe('smartphone-subscriptions');
    expect(idOf('Số thuê bao điện thoại thông minh đạt 100,6 triệu thuê bao, tăng 4,1 triệu thuê bao.', '4,1 triệu')).toBeUndefined();
    expect(idOf('Số thuê bao điện thoại thông minh đạt 99 triệu thuê bao, giảm nhẹ khoảng 2 triệu thuê bao.', '2 triệu'), 'an adverb between').toBeUndefined();
    expect(idOf('Số thuê bao điện thoại thông minh tăng mạnh 7 triệu thuê bao.', '7 triệu')).toBeUndefined();
    expect(idOf('Năm 2024, chỉ số DTI cấp tỉnh của Nam Định đạt 0,6123, tăng 0,0514 so với năm 2023.', '0,0514'), 'a score\'s change').toBeUndefined();
    expect(idOf('Năm 2024, chỉ số DTI cấp tỉnh của Nam Định đạt 0,6123, tăng 0,0514 so với năm 2023.', '0,6123')).toBe('dti-province-score');
    expect(idOf('Doanh thu thương mại điện tử B2C tăng thêm khoảng 4 tỷ USD.', '4 tỷ USD')).toBeUndefined();
    expect(idOf('Ứng dụng VNeID có khoảng 425.000 lượt/ngày truy cập.', '425.000')).toBeUndefined();
  });

  it('words of another number\'s claim stay with it', () => {
    const s = 'Thương mại điện tử được kỳ vọng sẽ chiếm trên 10% tổng mức bán lẻ, và năng suất lao động hàng năm tăng tối thiểu 7%.';
    expect(idOf(s, '10%')).toBe('ecommerce-retail-share');
    expect(idOf(s, '7%')).toBeUndefined();
    expect(idOf('Kinh tế số năm 2024 đạt 18,3% GDP, với tốc độ tăng trưởng vượt 20%/năm.', '20%')).toBe('digital-economy-growth');
  });

  it('"tỷ lệ này" reads the sentence before', () => {
    const previous = 'tỷ lệ hồ sơ trực tuyến toàn trình của cả nước vẫn chưa đạt mục tiêu.';
    const s = 'Đến cuối năm 2024, tỷ lệ này chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%.';
    expect(scoreIndicator({ ...query(s, '45,8%'), previous }, CATALOGUE).indicator).toBe('online-dossier-share');
    expect(scoreIndicator(query(s, '45,8%'), CATALOGUE).indicator).toBeUndefined();
  });

  it('a later item of a ;-list reads the first clause; a rank reads the sentence before', () => {
    const s = 'Tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 42%; bộ, ngành đạt 61%; địa phương đạt 17%.';
    expect([idOf(s, '42%'), idOf(s, '61%'), idOf(s, '17%')]).toEqual(['online-dossier-share', 'ministries-online-dossier-share', 'provinces-online-dossier-share']);
    const previous = 'bộ thông tin và truyền thông công bố xếp hạng chuyển đổi số (dti) năm 2023.';
    const rank = query('Tỉnh Quảng Ngãi xếp thứ 21/63 tỉnh, thành phố.', '21/63');
    expect(scoreIndicator({ ...rank, previous }, CATALOGUE).indicator).toBe('dti-province-rank');
    expect(scoreIndicator(rank, CATALOGUE).indicator).toBeUndefined();
    expect(idOf('Trong đó, CQS xếp thứ 40/63 tỉnh, thành.', '40/63')).toBe('dti-province-pillar-rank');
  });

  it('an elliptical sentence reads the sentence before; a sentence with a subject of its own does not', () => {
    const previous = 'tỷ lệ hồ sơ trực tuyến toàn trình của các cơ quan nhà nước tăng mạnh trong năm.';
    const ministries = query('Khối bộ, ngành đạt 71,2%, khối tỉnh, thành đạt 24,6%.', '71,2%');
    expect(scoreIndicator({ ...ministries, previous }, CATALOGUE).indicator).toBe('ministries-online-dossier-share');
    const revenue = 'doanh thu toàn ngành thông tin và truyền thông ước đạt 900.000 tỷ đồng.';
    const budget = query('Nộp ngân sách nhà nước ước đạt 52.000 tỷ đồng, tăng 3%.', '52.000 tỷ đồng');
    expect(scoreIndicator({ ...budget, previous: revenue }, CATALOGUE).indicator).toBeUndefined();
    const average = query('Bình quân tỷ trọng kinh tế số trong GDP cả giai đoạn đạt 13%.', '13%');
    expect(scoreIndicator({ ...average, previous: 'tỷ trọng kinh tế số trong gdp năm 2023 là 12,3%.' }, CATALOGUE).indicator).toBeUndefined();
  });

  it('the without words of the sentence read before count too ("… thị trường …", "… điện thoại …")', () => {
    const previous = 'hàn quốc là thị trường nhập khẩu lớn thứ hai của nhóm điện thoại và linh kiện, đạt 3 tỷ usd.';
    const q = query('Riêng tháng 3 đạt 0,5 tỷ USD, tăng 4,4% so với cùng kỳ.', '4,4%');
    expect(scoreIndicator({ ...q, previous }, CATALOGUE).indicator).toBeUndefined();
  });

  it('a target of a province\'s plan takes no national or sector series', () => {
    const s = 'Đến năm 2027, 85% người dân trên 15 tuổi có tài khoản thanh toán tại ngân hàng.';
    expect(idOf(s, '85%')).toBe('bank-account-share');
    expect(scoreIndicator({ ...query(s, '85%'), provincialGoal: true }, CATALOGUE).indicator).toBeUndefined();
  });

  it('a part of phone exports (handsets, components, one market) is not the phone-exports series', () => {
    expect(idOf('Xuất khẩu điện thoại và linh kiện đạt 12 tỷ USD.', '12 tỷ USD')).toBe('phone-exports');
    expect(idOf('Xuất khẩu điện thoại nguyên chiếc đạt 7 tỷ USD.', '7 tỷ USD')).toBeUndefined();
    expect(idOf('Xuất khẩu linh kiện điện thoại đạt 5 tỷ USD.', '5 tỷ USD')).toBeUndefined();
  });

  it('a breakdown ("khối bộ", "khối tỉnh") takes the breakdown series, not a tie with the total', () => {
    const s = 'Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 39,2%, trong đó khối bộ đạt tỷ lệ 57,3%, khối tỉnh đạt tỷ lệ 21,4%.';
    expect([idOf(s, '39,2%'), idOf(s, '57,3%'), idOf(s, '21,4%')]).toEqual(['online-dossier-share', 'ministries-online-dossier-share', 'provinces-online-dossier-share']);
  });

  it('a rate of one named ministry is no national series; a ministry as the source is', () => {
    expect(scoreIndicator({ ...query('Bộ Tư pháp đứng đầu về tỷ lệ hồ sơ trực tuyến với 97%.', '97%'), namedBody: true }, CATALOGUE).indicator).toBeUndefined();
    expect(namesBody('Bộ Tư pháp đứng đầu về tỷ lệ hồ sơ trực tuyến với ')).toBe(true);
    const r = 'Theo bảng xếp hạng DTI cấp tỉnh năm 2024, Bộ Tài chính đứng thứ 2 trong khối bộ.';
    expect(scoreIndicator({ ...query(r, '2'), namedBody: true }, CATALOGUE).indicator).toBeUndefined();
    expect(scoreIndicator(query(r.replace('Bộ Tài chính', 'tỉnh Nam Định').replace(' trong khối bộ', ''), '2'), CATALOGUE).indicator).toBe('dti-province-rank');
    expect(namesBody('Theo Bộ Thông tin và Truyền thông, tỷ lệ hồ sơ trực tuyến cả nước đạt ')).toBe(false);
    expect(namesBody('Bộ Công an cho biết, tỷ lệ ')).toBe(false);
    expect(namesBody('các bộ, ngành đạt ')).toBe(false);
  });

  it('a chain of pointing sentences is read back to the one that names the series', () => {
    const p = 'Tỷ lệ hồ sơ trực tuyến toàn trình vẫn thấp. Tháng 6, tỷ lệ này đạt 40%. Khối bộ, ngành đạt 60%.';
    expect(contextBefore(p, 'Khối bộ, ngành đạt 60%.')).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình vẫn thấp. Tháng 6, tỷ lệ này đạt 40%.');
    expect(contextBefore(p, 'Tháng 6, tỷ lệ này đạt 40%.')).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình vẫn thấp.');
  });

  it('a bare rank reads the article\'s lead for its ranking, unless its sentence names its own field or another country', () => {
    const lead = 'bắc ninh tăng 4 bậc bộ khoa học và công nghệ vừa công bố xếp hạng chuyển đổi số (dti) năm 2024.';
    const rank = query('Đứng thứ 2 là tỉnh Quảng Ninh.', '2');
    expect(scoreIndicator({ ...rank, lead }, CATALOGUE).indicator).toBe('dti-province-rank');
    expect(scoreIndicator(rank, CATALOGUE).indicator).toBeUndefined();
    expect(scoreIndicator({ ...query('Hải Phòng đứng thứ 3 về tỷ lệ hồ sơ trực tuyến.', '3'), lead }, CATALOGUE).indicator).toBeUndefined();
    expect(scoreIndicator({ ...query('Trong khi đó Singapore vươn lên xếp thứ 4.', '4'), lead }, CATALOGUE).indicator).toBeUndefined();
  });

  it('the whole a number is a share of belongs to its claim ("trong tổng số N hồ sơ")', () => {
    expect(idOf('Tỉnh Hà Nam đã xử lý trực tuyến toàn trình 68,54% trong tổng số 168.000 hồ sơ.', '68,54%')).toBe('province-online-dossier-share');
  });

  it('gives nothing for "chưa" (not yet) or another country', () => {
    expect(idOf('Còn 39/276 nhiệm vụ của Đề án 06 chưa hoàn thành.', '39/276')).toBeUndefined();
    expect(scoreIndicator({ ...query('Việt Nam xếp hạng 71/193 về chính phủ điện tử.', '71/193'), foreign: true }, CATALOGUE)).toEqual({ score: 0 });
  });
});

describe('scoreIndicator: ties and weak matches are left unassigned with a reason', () => {
  const ind = (id: string, concepts: string[][], extra: Partial<Indicator> = {}): Indicator =>
    indicatorSchema.parse({ id, label: { vi: id, en: id }, definition: { vi: 'x.', en: 'x.' }, topic: 't', subject: 'country', units: ['percent'], concepts, ...extra });
  it('two indicators with the same evidence tie', () => {
    const lex = [ind('a', [['ho so truc tuyen']]), ind('b', [['ho so truc tuyen']])];
    expect(scoreIndicator(query('Có 40% hồ sơ trực tuyến.', '40%'), lex)).toMatchObject({ reason: 'indicator-tie' });
    expect(scoreIndicator(query('Có 40% hồ sơ trực tuyến.', '40%'), lex).indicator).toBeUndefined();
  });
  it('a single short word, or words far from the number, are weak', () => {
    const lex = [ind('a', [['ho']])];
    expect(scoreIndicator(query('Có 40% hộ.', '40%'), lex)).toMatchObject({ reason: 'weak-indicator-match' });
    const far = [ind('far', [['hai long']])];
    const s = 'Người dân hài lòng, Bộ rà soát quy trình, sở tổ chức tập huấn, tỉnh đạt 40%.';
    expect(scoreIndicator(query(s, '40%'), far)).toMatchObject({ reason: 'weak-indicator-match' });
  });
  it('matchIndicator carries the reason as a review reason', () => {
    const lex = [ind('a', [['ho so truc tuyen']]), ind('b', [['ho so truc tuyen']])];
    expect(matchIndicator(query('Có 40% hồ sơ trực tuyến.', '40%'), lex)).toMatchObject({ reasons: ['indicator-tie'] });
    expect(matchIndicator(query('Có 40% hồ sơ trực tuyến.', '40%'), [lex[0]!]).indicator?.id).toBe('a');
  });
});

describe('helpers', () => {
  it('phraseWeight counts syllables, and acronyms double', () => {
    expect(phraseWeight(['ho', 'so'])).toBe(2);
    expect(phraseWeight(['egdi'])).toBe(2);
    expect(phraseWeight(['co', 'so', 'du', 'lieu', 'quoc', 'gia'])).toBe(4);
  });
});

describe('matchTopics / countOccurrences', () => {
  const topics: Topic[] = [
    { id: 'a', vi: 'A', en: 'A', terms: ['dữ liệu'] },
    { id: 'b', vi: 'B', en: 'B', terms: ['kinh tế số', 'doanh thu'] },
  ];
  it('matchTopics orders topics by mentions, ties in file order', () => {
    expect(matchTopics('Doanh thu kinh tế số và dữ liệu', topics)).toEqual(['b', 'a']);
    expect(matchTopics('dữ liệu, doanh thu', topics)).toEqual(['a', 'b']);
    expect(matchTopics('không gì', topics)).toEqual([]);
  });

  it('countOccurrences counts non-overlapping occurrences', () => {
    expect(countOccurrences('aaa', 'aa')).toBe(1);
    expect(countOccurrences('số số', 'số')).toBe(2);
  });
});

describe('catalogue forms added for real articles', () => {
  it('"phi tiền mặt" is cashless; "DVCTT toàn trình" is the full-process services share, not a group\'s', () => {
    expect(idOf('Số lượng giao dịch phi tiền mặt đã tăng hơn 40,5% so với cùng kỳ năm trước.', '40,5%')).toBe('cashless-payments');
    expect(idOf('Cả nước cung cấp DVCTT toàn trình đạt tỷ lệ 52,1%.', '52,1%')).toBe('full-process-online-services-share');
    expect(idOf('Khối bộ cung cấp DVCTT toàn trình đạt tỷ lệ 52,1%.', '52,1%')).toBeUndefined();
  });

  it('"không tiền mặt" is cashless; one payment system (interbank, switching, clearing) is not all of it', () => {
    expect(idOf('Năm 2024, giao dịch thanh toán không tiền mặt tăng 38% về số lượng.', '38%')).toBe('cashless-payments');
    expect(idOf('Giao dịch qua hệ thống thanh toán điện tử liên ngân hàng tăng 12% về giá trị.', '12%')).toBeUndefined();
    expect(idOf('Giao dịch thanh toán điện tử qua hệ thống chuyển mạch tăng 61%.', '61%')).toBeUndefined();
  });

  it('a province\'s "KTS … GDP" is its GRDP share; the country\'s stays the GDP share', () => {
    expect(idOf('Tỉnh Hà Nam: tỷ trọng KTS đạt 15% GDP của tỉnh.', '15%')).toBe('digital-economy-grdp-share');
    expect(idOf('Cả nước: tỷ trọng KTS đạt 18,3% GDP.', '18,3%')).toBe('digital-economy-gdp-share');
  });

  it('the ranks of GII sub-indices are not the GII rank', () => {
    expect(idOf('Việt Nam xếp hạng 44/133 về Chỉ số Đổi mới sáng tạo toàn cầu.', '44/133')).toBe('gii-rank');
    expect(idOf('Đầu vào đổi mới sáng tạo toàn cầu của Việt Nam xếp thứ 53.', '53')).toBeUndefined();
  });
});

describe('a group word before provinces\' names introduces them', () => {
  it('"cùng các tỉnh Hòa Bình (86,5%)" is a named province\'s value; "các tỉnh đạt 18%" is no one province\'s', () => {
    expect(idOf('Cần Thơ (67%) cùng các tỉnh Bến Tre (86,5%) dẫn đầu về tỷ lệ hồ sơ trực tuyến.', '86,5%')).toBe('province-online-dossier-share');
    expect(idOf('Tỉnh Nam Định: tỷ lệ hồ sơ trực tuyến của các tỉnh đạt 18%.', '18%')).not.toBe('province-online-dossier-share');
  });
});

describe('a bracket right after a concept glosses it', () => {
  it('"Doanh thu lĩnh vực CNTT (kinh tế số ICT) tăng 26%" is ICT revenue; "kinh tế số" outside a gloss still excludes it', () => {
    expect(idOf('Doanh thu lĩnh vực CNTT (kinh tế số ICT) tăng trưởng 19% so với cùng kỳ năm 2023.', '19%')).toBe('ict-revenue');
    expect(idOf('Doanh thu lĩnh vực CNTT của kinh tế số tăng trưởng 19% so với cùng kỳ năm 2023.', '19%')).not.toBe('ict-revenue');
  });
});

describe('scoreIndicator: a part is not its whole (round 5)', () => {
  it('an excluded phrase inside the concept form found excludes nothing ("điện thoại và linh kiện điện thoại")', () => {
    expect(containsPhrase(['dien', 'thoai', 'va', 'linh', 'kien', 'dien', 'thoai'], ['linh', 'kien', 'dien', 'thoai'])).toBe(true);
    expect(containsPhrase(['dien', 'thoai'], ['linh', 'kien', 'dien', 'thoai'])).toBe(false);
    expect(containsPhrase(['dien', 'thoai'], [])).toBe(false);
    expect(idOf('Kim ngạch xuất khẩu điện thoại và linh kiện điện thoại năm 2023 đạt 52 tỷ USD.', '52 tỷ USD')).toBe('phone-exports');
    expect(idOf('Xuất khẩu điện thoại và linh kiện ước đạt 30 tỷ USD, tăng 4%.', '30 tỷ USD')).toBe('phone-exports');
    expect(idOf('Xuất khẩu linh kiện điện thoại đạt 8 tỷ USD.', '8 tỷ USD')).toBeUndefined();
  });

  it('computers alone, FDI firms\' exports and the Make in Viet Nam value are parts', () => {
    expect(idOf('Giá trị xuất khẩu máy tính và linh kiện đạt 40 tỷ USD.', '40 tỷ USD')).toBeUndefined();
    expect(idOf('Xuất khẩu điện tử, máy tính và linh kiện đạt 57 tỷ USD.', '57 tỷ USD')).toBe('ict-exports');
    expect(idOf('Xuất khẩu phần cứng, điện tử của doanh nghiệp FDI chiếm 92%.', '92%')).toBeUndefined();
    expect(idOf('Xuất khẩu phần cứng, điện tử chiếm 31% tổng kim ngạch xuất khẩu.', '31%')).toBe('electronics-exports-share');
    expect(idOf('Giá trị Make in Viet Nam trong doanh thu công nghiệp ICT đạt khoảng 20 tỷ USD.', '20 tỷ USD')).toBeUndefined();
  });

  it('online goods retail is narrower than e-commerce; all of e-commerce keeps its series', () => {
    expect(idOf('Tỷ lệ bán lẻ hàng hóa trực tuyến so với tổng mức bán lẻ hàng hóa đạt 9%.', '9%')).toBeUndefined();
    expect(idOf('Quy mô bán lẻ hàng hóa trực tuyến đạt 18 tỷ USD.', '18 tỷ USD')).toBeUndefined();
    expect(idOf('Thương mại điện tử chiếm 11% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng.', '11%')).toBe('ecommerce-retail-share');
    expect(idOf('Doanh thu thương mại điện tử B2C đạt 22 tỷ USD.', '22 tỷ USD')).toBe('ecommerce-revenue');
  });

  it('Project 06 tasks count completed tasks only', () => {
    expect(idOf('Đề án 06 có 500 nhiệm vụ được giao.', '500')).toBeUndefined();
    expect(idOf('Các bộ đã hoàn thành 300 nhiệm vụ của Đề án 06.', '300')).toBe('de06-tasks');
  });
});

describe('scoreIndicator: a topic sentence without figures ends the paragraph before', () => {
  const s = 'Quy mô thị trường tiếp tục tăng vọt, từ 12 tỷ USD vào năm 2021 lên 22 tỷ USD vào năm 2023.';
  const withEarlier = (earlier: string) => ({ ...query(s, '12 tỷ USD'), earlier: earlier.toLowerCase() });
  it('the next paragraph\'s first figures measure its series; a sentence with figures, or a sentence before in the same paragraph, is no topic', () => {
    expect(scoreIndicator(withEarlier('Giai đoạn 2021 - 2023, thương mại điện tử bán lẻ Việt Nam phát triển mạnh.'), CATALOGUE).indicator).toBe('ecommerce-revenue');
    expect(scoreIndicator(withEarlier('Thương mại điện tử bán lẻ chiếm 8% tổng mức bán lẻ.'), CATALOGUE).indicator).toBeUndefined();
    const t = 'Tốc độ tăng trưởng duy trì ở mức cao, với 15% vào năm 2021.';
    const growth = (previous: string) => ({ ...query(t, '15%'), previous: previous.toLowerCase(), earlier: 'Thương mại điện tử bán lẻ phát triển mạnh.'.toLowerCase() });
    expect(scoreIndicator(growth('Quy mô thị trường tiếp tục tăng vọt, lên 22 tỷ USD.'), CATALOGUE).indicator).toBe('ecommerce-growth');
    expect(scoreIndicator(growth('Vốn đầu tư mạo hiểm vào các công ty khởi nghiệp đạt 2 tỷ USD.'), CATALOGUE).indicator).toBeUndefined();
    expect(topicBefore({ earlier: 'năm 2024, thương mại điện tử phát triển.' })).toBe('năm 2024, thương mại điện tử phát triển.');
  });
});

describe('a part or a sum of series takes none of them (round 8)', () => {
  it('exports of two groups together are neither group\'s', () => {
    expect(idOf('Xuất khẩu máy tính, điện thoại năm 2022 thu về 90 tỷ USD.', '90 tỷ USD')).toBeUndefined();
    expect(idOf('Xuất khẩu điện thoại và linh kiện năm 2022 đạt 58 tỷ USD.', '58 tỷ USD')).toBe('phone-exports');
  });
  it('firms working abroad are not the country\'s digital technology firms', () => {
    expect(idOf('Có 900 doanh nghiệp công nghệ số đang hoạt động ở nước ngoài.', '900')).toBeUndefined();
    expect(idOf('Cả nước có 70.000 doanh nghiệp công nghệ số đang hoạt động.', '70.000')).toBe('digital-tech-enterprises');
  });
});

describe('the world\'s figure takes no national series (round 8)', () => {
  it('a world total is none; the same words without the world keep the series', () => {
    expect(idOf('Doanh thu thương mại điện tử bán lẻ của thế giới năm 2023 đạt 5,8 nghìn tỷ USD.', '5,8 nghìn tỷ USD')).toBeUndefined();
    expect(idOf('Năm 2023, doanh thu thương mại điện tử bán lẻ đạt 20,5 tỷ USD.', '20,5 tỷ USD')).toBe('ecommerce-revenue');
  });
});

describe('the ICT digital economy is the core series, not the whole (round 8)', () => {
  it('"kinh tế số ICT" takes the core share; "kinh tế số" alone the whole', () => {
    expect(idOf('Năm 2021, kinh tế số ICT (công nghiệp CNTT và viễn thông) đóng góp 8,2% vào GDP.', '8,2%')).toBe('core-digital-economy-gdp-share');
    expect(idOf('Năm 2021, kinh tế số đóng góp 12% vào GDP.', '12%')).toBe('digital-economy-gdp-share');
  });
});

