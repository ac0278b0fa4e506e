/**
 * Round 57 (session 38, sets HW–IH): ranks among a region's members are no world ranking's place — on English pages for the AI
 * readiness and ICT development indexes ("6th among 10 ASEAN countries", "5th in ASEAN"), as already for the GII, EGDI and GCI;
 * a band's bound on Vietnamese pages with a year in the count's words ("9 sở có chỉ số hài lòng năm 2022 đạt trên 90%") or the band's
 * members after it ("Đạt dưới 90% gồm các sở: …"); an earlier edition's rank in a bracket, by its year or its index and year, with a
 * rank's verb ("(năm 2023 xếp thứ 9)", "(PII 2023 xếp hạng 7)"), is the baseline; on English pages a budget's estimate as a noun ("38.9% of
 * the estimate", "below the estimate") makes no figure an estimate, and "wants", "hoping for", "setting the goal" and a goal "of" a gerund before a figure make it a goal; a year compared at length ("compared with the funds raised in the same
 * period in 2022 and 2021") is no figure's period, and "the same period" of a year dates a sentence with no other date a year on.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isBandBound } from '../../../scripts/ingest/not-claims';
import { claimOf, englishIndicatorOf, englishMetrics, indicatorOf, metricsOf } from '../../support/metrics-of';

describe('English regional ranks of world indexes', () => {
  it.each([
    ['In 2023, Vietnam ranked 59th globally in the Government AI Readiness Index and 5th among 10 ASEAN countries.', '5th'],
    ['Vietnam stood 6th in the ASEAN region in the Government AI Readiness Index 2024.', '6th'],
    ['Vietnam ranked 4th in Southeast Asia in the ITU ICT Development Index (IDI).', '4th'],
  ])('%s → no world series for %s', (text, n) => {
    expect(englishIndicatorOf(text, n)).toBe('none');
  });
  it.each([
    ['In the Global Innovation Index 2022, Viet Nam ranked 48th. Viet Nam was placed 2nd among the 36 lower-middle-income group economies, and 10th among the 17 economies in South East Asia.', ['48th', '2nd', '10th'], ['gii-rank', 'none', 'none']],
    ['In the Global Innovation Index 2024, Vietnam ranked 44th. In the innovation input sub-index, Vietnam moved up to 50th.', ['44th', '50th'], ['gii-rank', 'none']],
    ['In the Government AI Readiness Index 2022, Vietnam ranked 55th in the world and 6th in the ASEAN region.', ['55th', '6th'], ['ai-readiness-rank', 'none']],
  ])('a rank read from the sentence before, its own stretch naming a group or part the series leaves out: %s', (text, ns, ids) => {
    expect(ns.map((n) => englishIndicatorOf(text, n))).toEqual(ids);
  });
  it('keeps a series named in the rank\'s own sentence', () => {
    expect(englishIndicatorOf('Vietnam ranked 55th in the Government AI Readiness Index 2022 and 6th in ASEAN.', '55th')).toBe('ai-readiness-rank');
    expect(englishIndicatorOf('In the Government AI Readiness Index 2023, Vietnam improved. Vietnam ranked 5th in ASEAN and 59th globally.', '59th')).toBe('ai-readiness-rank');
  });
  it('keeps the world place', () => {
    expect(englishIndicatorOf('In 2023, Vietnam ranked 59th globally in the Government AI Readiness Index and 5th among 10 ASEAN countries.', '59th')).toBe('ai-readiness-rank');
  });
});

describe('a band\'s bound beside a count, with a year in its words or its members after it', () => {
  const at = (s: string, n: string) => isBandBound(s, s.indexOf(n));
  it.each([
    ['7 sở có chỉ số hài lòng năm 2023 đạt trên 85%.', '85%'],
    ['Kết quả khảo sát năm 2024 còn có 3 cơ quan có kết quả dưới 80% hài lòng.', '80%'],
    ['Đạt dưới 80% gồm các sở: Xây dựng; Tư pháp.', '80%'],
    ['Nhóm đạt trên 95% gồm 6 huyện.', '95%'],
    ['Có 5 sở đạt trên 90%.', '90%'],
    ['Năm 2024, cả 34 tỉnh, thành phố đều đạt kết quả Chỉ số hài lòng trên 85%.', '85%'],
  ])('%s → %s is a bound', (s, n) => expect(at(s, n)).toBe(true));
  it.each([
    ['Tỷ lệ hài lòng năm 2023 đạt trên 85%.', '85%'],
    ['Tỉnh có 2 sở đạt 100% hồ sơ trực tuyến, gồm Sở Tư pháp và Sở Y tế.', '100%'],
  ])('%s → %s stays a figure', (s, n) => expect(at(s, n)).toBe(false));
  it('keeps the counts as claims', () => {
    expect(metricsOf(['7 sở có chỉ số hài lòng năm 2023 đạt trên 85%.'], 2024).map((m) => [m.value, m.unit])).toEqual([[7, 'count']]);
  });
});

describe('an earlier edition\'s rank in a bracket with a rank\'s verb', () => {
  it.each([
    ['Năm 2024, tỉnh xếp thứ 12 (năm 2023 xếp thứ 20).', '20', 2023],
    ['Thành phố xếp hạng 5 (DTI 2022 xếp hạng 8) trong bảng xếp hạng năm 2023.', '8', 2022],
    ['Tỉnh đứng thứ 3 (năm 2022 đứng thứ 6).', '6', 2022],
  ])('%s → %s is the baseline', (s, n, year) => {
    expect(claimOf(s, n, 2025)).toMatchObject({ status: 'baseline', period: String(year) });
  });
  it('leaves the bracket\'s year as a figure when no figure stands before it', () => {
    expect(claimOf('Kết quả xếp hạng (năm 2023 xếp thứ 20) được công bố.', '20', 2025).status).toBe('actual');
  });
});

describe('a budget\'s estimate as a noun on English pages', () => {
  const statuses = (text: string) => englishMetrics([text], 2024).map((m) => [m.value, m.status]);
  it('leaves the figures after "of the estimate" actual', () => {
    expect(statuses('Revenue reached VND 120 billion, equal to 41.2% of the estimate, up 12.5% over the same period.')).toEqual([[120e9, 'actual'], [41.2, 'actual'], [12.5, 'actual']]);
    expect(statuses('There are 5 provinces with a collection progress below the estimate and 9 provinces with growth.')).toEqual([[5, 'actual'], [9, 'actual']]);
  });
  it('still reads an estimate word', () => {
    expect(statuses('Revenue is estimated at VND 120 billion, up 12.5%.')).toEqual([[120e9, 'estimate'], [12.5, 'estimate']]);
  });
});

describe('English goal verbs: "wants", "hoping for", "setting the goal", a goal "of" a gerund', () => {
  const statuses = (text: string) => englishMetrics([text], 2024).map((m) => [m.value, m.status]);
  it('reads "wants" before what it wants as a goal, and not after a result\'s verb', () => {
    expect(statuses('The province wants its digital economy to make up 25 percent of GRDP.')).toEqual([[25, 'target']]);
    expect(statuses('The ministry wants 90 percent of adults to have a bank account.')).toEqual([[90, 'target']]);
    expect(statuses('Consumers want faster delivery, and 60 percent of them shop online.')).toEqual([[60, 'actual']]);
    expect(statuses('Most firms want 5G: 70 percent of them use it.')).toEqual([[70, 'actual']]);
  });
  it('reads "setting the goal" and a goal "of" a gerund as a goal\'s verb, not past a result\'s verb', () => {
    expect(statuses('The province is setting the target at 30 percent of GRDP.')).toEqual([[30, 'target']]);
    expect(statuses('The province is setting the goal of raising the digital economy to 25% of GRDP.')).toEqual([[25, 'target']]);
    expect(statuses('The city works towards the goal of bringing online payments to 80 percent of transactions.')).toEqual([[80, 'target']]);
    expect(statuses('The goal of reaching 50 percent was set in 2021, and the rate reached 62 percent last year.')).toEqual([[50, 'target'], [62, 'actual']]);
  });
  it('reads "hoping for" as a goal\'s verb', () => {
    expect(statuses('The city is hoping for an average annual growth rate of 15 percent in cashless payments.')).toEqual([[15, 'target']]);
  });
});

describe('English years compared at length, and the same period a year on', () => {
  const periods = (text: string) => englishMetrics([text], 2025).map((m) => [m.value, m.period?.iso ?? null]);
  it('leaves out the compared years, list and all', () => {
    expect(periods('Funding saw a drop of 73 percent and 91 percent compared with the funds raised in the same period in 2022 and 2021, respectively.'))
      .toEqual([[-73, '2023'], [-91, '2023']]);
    expect(periods('Vietnam secured the fourth position in 2023. Funding saw a drop of 73 percent compared with the funds raised in the same period in 2022.').at(-1)).toEqual([-73, '2023']);
  });
  it('follows a list of years only where the sentence says it is one ("respectively", "the same period")', () => {
    expect(periods('Revenue rose 10 percent compared to 2022, and 2023 saw 5 million new users.')).toEqual([[10, null], [5e6, '2023']]);
  });
  it('dates a sentence with no other date a year after "the same period of"', () => {
    expect(periods('Tax revenue rose 12 percent over the same period of 2023.')).toEqual([[12, '2024']]);
    expect(periods('In the first quarter of 2024, tax revenue rose 12 percent over the same period of 2023.')).toEqual([[12, '2024-01']]);
  });
  it('keeps a compared value\'s own year out of the rule, and a sentence on how things stand now', () => {
    expect(periods('About 40% of dossiers are processed online, up 10% compared to 30% at the end of 2021.').at(-1)).toEqual([30, '2021']);
    expect(periods('To date, the rate is 67.8%, twice as much as in the same period in 2021.')).toEqual([[67.8, null]]);
  });
});

describe('English e-commerce series leave out taxes, single platforms and funding rounds', () => {
  it.each([
    ['In 2024, the tax collected from e-commerce businesses was $2.1 billion.', '2.1 billion'],
    ['Collections from e-commerce reached VND80 trillion in the first half, up 40%.', '80 trillion'],
    ['An e-commerce start-up secured $20 million in its Series B round in 2023.', '20 million'],
    ['Shopee\'s e-commerce revenue reached VND150 trillion in 2024.', '150 trillion'],
  ])('%s → no national series', (text, n) => expect(englishIndicatorOf(text, n)).toBe('none'));
  it('keeps the market\'s own revenue', () => {
    expect(englishIndicatorOf('Vietnam\'s B2C e-commerce revenue reached $25 billion in 2024.', '25 billion')).toBe('ecommerce-revenue');
  });
});

describe('the national switch\'s own tally is not the cashless series', () => {
  it('leaves a count Napas gives without a series, keeps the central bank\'s', () => {
    expect(indicatorOf('Theo Napas, năm 2024 số lượng giao dịch thanh toán không dùng tiền mặt đạt khoảng 4,1 tỷ giao dịch.', '4,1 tỷ', 2025)).toBe('none');
    expect(englishIndicatorOf('According to Napas, cashless payment transactions rose 40% in the first half of 2024.', '40%')).toBe('none');
    expect(indicatorOf('Theo Ngân hàng Nhà nước, năm 2024 số lượng giao dịch thanh toán không dùng tiền mặt đạt khoảng 17,4 tỷ giao dịch.', '17,4 tỷ', 2025)).toBe('cashless-payments');
  });
});
