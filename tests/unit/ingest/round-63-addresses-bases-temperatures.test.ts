/** Round 63 (session 44, after sets JN–JR's first reads): a street's number is an address, the whole after "out of a total" is the base
 *  a part is counted in, a temperature written with the ordinal sign "º" is the weather; an English figure's own year may follow what it counts, and a
 *  sentence's opening date goes on past its items' years; case files and medical records are no administrative applications. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf, englishMetrics, metricOf, metricsOf } from '../../support/metrics-of';

const english = (text: string) => englishMetrics([text], 2024).map((m) => m.text);
const vietnamese = (text: string) => metricsOf([text], 2024).map((m) => m.text);

describe('English', () => {
  it.each([
    ['The office at 45 Tran Hung Dao Street received 300 applications.', ['300']],
    ['Applications are taken at 12 Le Loi Road and at 7 Pham Van Dong Boulevard, about 150 a day.', ['150']],
  ])('a street\'s number is no figure: %s', (text, figures) => expect(english(text)).toEqual(figures));
  it('a count before a capitalised name that is no street stays a figure', () =>
    expect(english('The city\'s 24 Districts reported 5 Big Projects in 2024.')).toEqual(['24', '5']));
  it.each([
    'Mobile signal reached 1,204 villages more out of a total 1,530 villages without coverage.',
    'Mobile signal reached 1,204 villages out of a total of 1,530 villages without coverage.',
  ])('the whole after "out of a total" is a base: %s', (text) => expect(english(text)).toEqual(['1,204']));
  it('a total that opens its sentence stays a figure', () =>
    expect(english('Out of a total of 1,530 villages, 1,204 now have a signal.')).toEqual(['1,530', '1,204']));
});

describe('English periods', () => {
  const periods = (paragraphs: string[], year?: number) => englishMetrics(paragraphs, year).map((m) => `${m.text} ${m.period?.iso ?? 'none'}/${m.period?.precision ?? ''}`);
  it('a figure\'s own year after what it counts is its own', () =>
    expect(periods(['It reported a loss of VND880 billion in both 2020 and 2021, with a 30 per cent increase in 2022 to VND1.15 trillion.'], 2024)[1]).toBe('30 per cent 2022/year'));
  it('the frame that opens a sentence goes on past the years of its items', () =>
    expect(periods(['As of the end of Q2 2023, signal reached 1,204 villages, including 804 villages in 2022 and 400 in 2023.', 'As such, the sector has covered 90 percent of them.'])).toEqual([
      '1,204 2023-04/quarter', '804 2022/year', '400 2023/year', '90 percent 2023-04/quarter']));
  it('a sentence with no frame of its own hands its figure\'s year on', () =>
    expect(periods(['Revenue grew 12 percent in 2023.', 'Exports rose 8 percent.'])).toEqual(['12 percent 2023/year', '8 percent 2023/year']));
});

describe('names and grades', () => {
  it.each(['VKSND khu vực 6 số hóa 100% hồ sơ vụ án.', 'Chi cục Hải quan khu vực 2 thu 500 tỷ đồng.'])('a region\'s number in its name is no figure: %s', (text) =>
    expect(vietnamese(text)).not.toContain(text.includes('khu vực 6') ? '6' : '2'));
  it('a region of so many provinces counts them', () => expect(vietnamese('Dự án triển khai tại khu vực 5 tỉnh Tây Nguyên.')).toEqual(['5']));
  it.each(['The province has 9 OCOP 4-star products.', 'It certified 9 products of 3-star class.'])('a class of stars is no figure: %s', (text) =>
    expect(english(text)).toEqual(['9']));
});

describe('Both languages', () => {
  it.each(['Hanoi 24 - 31 ºC', 'Hanoi 27ºC'])('a temperature with "º" is no figure: %s', (text) => expect(english(text)).toEqual([]));
  it('a Vietnamese weather box with "º" is no figure', () => expect(vietnamese('Hà Nội 24 - 31 ºC')).toEqual([]));
});

describe('Vietnamese series', () => {
  it.each(['Viện kiểm sát khu vực 2 số hóa 100% hồ sơ vụ án.', 'Bệnh viện đã số hóa 100% hồ sơ bệnh án.'])('case files and medical records are no administrative applications: %s', (text) =>
    expect(metricOf(text, '100%', 2025).indicator).toBeUndefined());
  it('applications digitised keep their series', () =>
    expect(metricOf('Năm 2025, cả nước số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính.', '100%', 2025).indicator).toBe('digitised-dossier-share'));
});

describe('English series', () => {
  it('e-ID accounts issued to foreign nationals are no citizens\' VNeID accounts', () =>
    expect(englishIndicatorOf('The Immigration Department has taken a step by issuing 21,400 level-2 electronic identification (e-ID) accounts to foreign nationals.', '21,400')).toBe('none'));
  it('citizens\' e-ID accounts keep their series', () =>
    expect(englishIndicatorOf('The police have issued 21.4 million level-2 electronic identification accounts.', '21.4 million')).toBe('eid-accounts'));
  it.each([
    ['Vietnam has 82.5 million broadband mobile phone subscribers.', '82.5 million', 'mobile-broadband-subscriptions'],
    ['Carriers have covered 99.5 percent of villages nationwide with telecom waves.', '99.5 percent', 'mobile-coverage-share'],
    ['As many as 2,100 hamlets had been listed as telecom wave depression areas.', '2,100', 'none'],
  ])('the words of a translated report: %s', (text, n, id) => expect(englishIndicatorOf(text, n)).toBe(id));
  it('hamlets covered on a page about wave depression areas', () =>
    expect(englishIndicatorOf('Eliminating telecom wave depression areas is a major policy of the sector. // As of the end of Q2 2023, telecom waves covered 1,900 hamlets more out of a total 2,100 wave depression hamlets, including 1,100 hamlets in 2022 and 800 in 2023.', '1,900')).toBe('mobile-broadband-coverage'));
});

describe('English firms of a sector', () => {
  it('enterprises operating in the information technology sector are digital technology enterprises', () =>
    expect(englishIndicatorOf('Viet Nam currently has 71,500 enterprises operating in the information technology sector.', '71,500')).toBe('digital-tech-enterprises'));
  it('workers of that sector are not', () =>
    expect(englishIndicatorOf('Some 530,000 workers are employed in the information technology sector.', '530,000')).not.toBe('digital-tech-enterprises'));
});

describe('English share of GDP', () => {
  it('"the digital sector" making up a share of GDP is the digital economy\'s share', () =>
    expect(englishIndicatorOf('The Party Congress has set a target for the digital sector to make up 30 percent of GDP by 2030.', '30 percent', true, 2022)).toBe('digital-economy-gdp-share'));
});

describe('English spelled ranks past tenth', () => {
  it.each([['ranked sixteenth', 16], ['ranked twelfth', 12], ['ranked twentieth', 20]])('"%s" is a rank', (phrase, value) => {
    const m = englishMetrics([`In the 2022 index, the province's digital institutions ${phrase} among 63 provinces.`], 2023).find((x) => x.unit === 'rank');
    expect(m?.value).toBe(value);
  });
});
