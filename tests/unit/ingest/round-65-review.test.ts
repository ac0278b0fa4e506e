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

describe('second review: a sentence\'s opening year', () => {
  it.each([
    ['In 2024, e-commerce grew 20%, and in the first half of this year it grew 15%.', ['20% 2024', '15% 2025-01']],
    ['In 2030, the country aims to have 100,000 digital firms, up from 45,000 in June.', ['100,000 2030', '45,000 2025-06']],
    ['Exports rose US$3 billion from May to June.', ['3 billion 2025-06']],
    ['The number of subscribers increased by 2 million from March to April.', ['2 million 2025-04']],
    ['The unemployment rate rose 0.3 percentage points from May to June.', ['0.3 percentage points 2025-06']],
    ['Prices fell 5% month-on-month from September to October.', ['5% 2025-10']],
  ])('%s', (text, want) => expect(periods([text], 2025)).toEqual(want));
});

describe('second review: goals turned to results, and plans after a goal', () => {
  const statuses = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.status}`);
  it.each([
    ['The target was to bring 80% of services online, but by May only 60% had been digitised.', ['80% target', '60% actual']],
    ['The aim was to reach 50%, whereas 45% had been achieved by the deadline.', ['50% target', '45% actual']],
    ['The province aims to digitize 90% of records, while it has also planned to train 5,000 officials.', ['90% target', '5,000 target']],
  ])('%s', (text, want) => expect(statuses(text)).toEqual(want));
});

describe('second review: passives of change and glued words', () => {
  it.each([
    ['The number of cyberattacks was down by 1,000 in 2024.', ['1,000 none']],
    ['Cyberattacks on Vietnam were slashed by 1,000 in 2024.', ['1,000 none']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
  it.each([
    ['Hàng hóa xuất khẩu sang Mỹ.30% doanh nghiệp có đơn hàng mới.', ['30%']],
    ['Đã lắp đặt trạm 5G.30% thuê bao dùng dịch vụ mới.', ['30%']],
    ['Tại tỉnh Long An.95% hồ sơ được xử lý trực tuyến.', ['95%']],
  ])('%s', (text, want) => expect(metricsOf([text], 2023).map((m) => m.text)).toEqual(want));
});

describe('second review: goal sentences with an attribution', () => {
  it.each([
    [['In November, payments rose 20%.', 'By 2030, the country aims to have 100,000 digital firms, the minister said.'], '20% none'],
    [['In November, payments rose 20%.', 'By 2030, the market will need 1.5 million skilled IT workers, including registered startups.'], '20% none'],
  ])('%j', (paragraphs, want) => expect(periods(paragraphs)[0]).toBe(want));
});

describe('third review: results that keep an undated page\'s year, turns, commitments, year-on-year spans', () => {
  it.each([
    [['In June, e-commerce revenue rose 5%.', 'By the end of 2023, Vietnam attracted 1,500 startups, and the ministry aims to double that.', 'Back in 2019, there were only 300.'], '5% 2023-06'],
  ])('%j', (paragraphs, want) => expect(periods(paragraphs)[0]).toBe(want));
  const rows = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.status} ${m.period?.iso ?? 'none'}`);
  it.each([
    ['In 2023, revenue reached $5 billion in May, higher than expected.', ['5 billion actual 2023-05']],
    ['In 2022, in the first six months, revenue rose 10% to $5 billion.', ['10% actual 2022-01', '5 billion actual 2022-01']],
    ['Retail sales rose 8.5% year-on-year from January to September to VND 4,700 trillion.', ['8.5% actual 2024-01', '4,700 trillion actual 2024-01']],
    ['Vietnam will continue to attract FDI, and foreign investors have committed $20 billion so far this year.', ['20 billion actual 2024']],
    ['The ministry aims to digitise not only records but also 90% of procedures that were previously handled on paper.', ['90% target none']],
  ])('%s', (text, want) => expect(rows(text)).toEqual(want));
  it.each([
    ['The VNeID app was installed by 40 million people.', ['40 million eid-accounts']],
    ['As 40% of the Vietnamese population does not have a bank account, Mobile Money helps.', ['40% none']],
    ['Non-cash payments accounted for 70% of total retail transactions in Vietnam last year.', ['70% none']],
    ['The digital economy is expected to contribute 20 per cent of GRDP growth by 2025.', ['20 per cent none']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
});

describe('fourth review: wave 3\'s rules kept narrow', () => {
  it.each([
    ['Revenue of the entire sector of telecommunications reached 340 trillion VND in 2024.', ['340 trillion VND telecom-revenue']],
    ['Electronics exports reached 72.6 billion USD out of total exports of 405 billion USD.', ['72.6 billion USD ict-exports', '405 billion USD ict-exports']],
    ['Hardware and electronics revenue reached 120 billion USD, up 10% thanks to strong export demand.', ['120 billion USD hardware-electronics-revenue', '10% none']],
    ['VNeID accounts, including health book users, reached 58 million.', ['58 million eid-accounts']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
});
