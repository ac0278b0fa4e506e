/** Round 65's review (session 46): sentences a read-only reviewer wrote against the round's first rules, kept where the first rules went
 *  wrong (each fails on the rules before the mends). */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricsOf } from '../../support/metrics-of';

const periods = (paragraphs: string[], year?: number) => englishMetrics(paragraphs, year).map((m) => `${m.text} ${m.period?.iso ?? 'none'}`);
const series = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.indicator ?? 'none'}`);

describe('English spans of months', () => {
  it.each([
    ['From April to June, exports were $10 billion.', ['10 billion 2024-04']],
    ['From January to March, e-commerce revenue reached $5 billion.', ['5 billion 2024-01']],
    ['The CPI rose 0.3% from May to June, the statistics office said.', ['0.3% 2024-06']],
    ['Online payments rose 5% from March to April, the central bank said.', ['5% 2024-04']],
  ])('%s', (text, want) => expect(periods([text], 2024)).toEqual(want));
});

describe('the year of an undated English page: results and names that date it', () => {
  it.each([
    [['In November, cashless payments rose 20% year on year.', 'By the end of 2023, 87% of adults had bank accounts, exceeding the target of 80%.'], '20% 2023-11'],
    [['As of April 27, some 5,000 firms had registered.', 'By 2023, the number of digital technology enterprises had reached 70,000, and the ministry aims to reach 100,000 by 2030.'], '5,000 2023-04-27'],
    [['In November, cashless payments rose 20%.', 'From 2019 to 2023, e-commerce revenue grew 25% a year and could keep growing.'], '20% 2023-11'],
    [['As of April 27, some 5,000 firms had registered.', 'The law firm Baker McKenzie said in 2023 that 70% of deals were digital.'], '5,000 2023-04-27'],
    [['As of April 27, some 5,000 firms had registered.', 'The circular economy in 2023 attracted $2 billion of investment.'], '5,000 2023-04-27'],
    [['In November, cashless payments rose 20%.', 'After the law took effect in 2023, cashless payments rose 50%.'], '20% 2023-11'],
  ])('%j', (paragraphs, want) => expect(periods(paragraphs)[0]).toBe(want));
});

describe('English "respectively" lists', () => {
  it('a month compared with is no listed month', () =>
    expect(periods(['Compared with March, in April exports and imports rose 10% and 12%, respectively.'], 2024)).toEqual(['10% 2024-04', '12% 2024-04']));
  it('listed months share the year written after the last', () =>
    expect(periods(['In March and April 2023, exports dropped by 22.8 percent and 22.4 percent, respectively.'], 2024)).toEqual(['22.8 percent 2023-03', '22.4 percent 2023-04']));
});

describe('English without words read as phrases', () => {
  it.each([
    ['E-commerce revenue grew 20% in 2024 as platforms expanded livestream sales.', ['20% ecommerce-growth']],
    ['The share of adults with bank accounts, a precondition for cashless transactions, reached 87%.', ['87% bank-account-share']],
    ['The proportion of adults with bank accounts, including customers who opened them via biometrics, reached 87%.', ['87% bank-account-share']],
    ['The number of Vietnamese digital technology firms, which increasingly compete in international markets, reached 74,000 in 2024.', ['74,000 digital-tech-enterprises']],
    ['Viet Nam\'s digital technology enterprises, including those with overseas branches, number 74,000.', ['74,000 digital-tech-enterprises']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
});

describe('a word glued to the next sentence is no code', () => {
  it.each([
    ['Theo chỉ đạo của UBND.95% hồ sơ được xử lý trực tuyến.', ['95%']],
    ['Hội nghị diễn ra tại Hà Nội.120 đại biểu đã tham dự.', ['120']],
    ['Theo Sở TT&TT.100% cơ quan nhà nước đã kết nối.', ['100%']],
    ['Sở đã tập huấn về CNTT.12 doanh nghiệp công nghệ số tham gia.', ['12']],
  ])('%s', (text, want) => expect(metricsOf([text], 2023).map((m) => m.text)).toEqual(want));
});
