/** Round 64 (session 45, after sets JW–KE's first reads): English "over N people" is a count with its floor (a rate's base only after the
 *  rate's figure and before a round base), "slip by" is a fall, a quote of someone's words keeps its years (a title's do not date
 *  figures); Vietnamese: a top after a goal's colon is a rank bound ("Đặt mục tiêu đến 2025: Top 50 …"). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricsOf } from '../../support/metrics-of';

const en = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.value} ${m.period?.iso ?? 'none'}`);

describe('English counts and rates of people', () => {
  it.each([
    ['Lao Cai currently has over 2,800 people with meritorious services.', ['2,800 2800 none']],
    ['Payments reached over 115,000 people in 2023.', ['115,000 115000 2023']],
  ])('a count with its floor: %s', (text, want) => expect(en(text)).toEqual(want));
  it.each([
    ['The province had 7 digital technology enterprises over 1,000 people in 2023.', ['7 7 2023']],
    ['There were 3.2 doctors per 1,000 people.', ['3.2 3.2 none']],
  ])('a rate keeps its base out: %s', (text, want) => expect(en(text)).toEqual(want));
});

describe('English falls and quotes', () => {
  it('"slip by" is a fall', () => expect(en('New firms were expected to slip by 15 percent in 2021.')).toEqual(['15 percent -15 2021']));
  it.each([
    ['He noted, "From 2001 to 2021, revenue expanded 14 per cent annually, reaching close to $600 billion in 2023."', ['14 per cent 14 2021', '600 billion 600000000000 2023']],
    ['"Revenue reached $600 billion in 2023," he said.', ['600 billion 600000000000 2023']],
  ])('someone\'s words keep their years: %s', (text, want) => expect(en(text)).toEqual(want));
  it('a quoted title\'s years date no figure', () =>
    expect(en('The programme "Digital Literacy for All Citizens by 2025" trained 2 million people.')).toEqual(['2 million 2000000 none']));
});

describe('a top after a goal\'s colon', () => {
  const rows = (text: string) => metricsOf([text], 2024).map((m) => `${m.text} ${m.unit} ${m.status} ${m.period?.iso ?? 'none'}`);
  it('is a rank bound sought', () =>
    expect(rows('Đặt mục tiêu đến 2025: Top 50 Chính phủ điện tử toàn cầu, phổ cập danh tính số.')).toEqual(['50 rank target 2025']));
  it('a top heading its names stays a list', () => expect(rows('Mục tiêu: TOP 10 doanh nghiệp gồm: Viettel, VNPT.')).toEqual([]));
});

describe('English abbreviated months, falls after the figure and groups that want', () => {
  it.each([
    ['On the morning of Dec. 28, its branch served 500 customers.', ['500 500 2024-12-28']],
    ['By Sept. 3, 2024, nearly 20 million accounts were verified.', ['20 million 20000000 2024-09-03']],
  ])('a month\'s dot ends no sentence: %s', (text, want) => expect(en(text)).toEqual(want));
  it.each([
    ['In 2024, biometrics brought a 52% reduction in fraud cases.', ['52% -52 2024']],
    ['In 2024, there was a more than 59% reduction in accounts involved in fraud.', ['59% -59 2024']],
  ])('"N% reduction" is a fall: %s', (text, want) => expect(en(text)).toEqual(want));
  const status = (text: string) => englishMetrics([text], 2023).map((m) => `${m.text} ${m.status}`);
  it('a group "who want to" do something is counted, no goal', () =>
    expect(status('The number of beneficiaries who want to make non-cash payments is 538,563 people.')).toEqual(['538,563 actual']));
  it('what a body wants to have stays a goal', () =>
    expect(status('The city wants to have 80 percent of residents using online services by 2025.')).toEqual(['80 percent target']));
});

describe('English place and road numbers', () => {
  it.each([
    ["VietinBank's District 10 branch served 200 people in 2024.", ['200 200 2024']],
    ['In 2024, traffic on Highway 13 rose 12%.', ['12% 12 2024']],
  ])('name a place, no figure: %s', (text, want) => expect(en(text)).toEqual(want));
  it('districts counted stay a count', () => expect(en('In 2024, the city had 24 districts.')).toEqual(['24 24 2024']));
});
