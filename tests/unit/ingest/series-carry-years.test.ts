/** A series named once and then listed by year in the next sentence (round 13 forms, written for the test). */
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { namesNation } from '../../../scripts/ingest/indicator-subject';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
const HEAD = 'Bình Định tăng tốc kinh tế số';
const NAMED = 'Tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 9,4% năm 2021 và 10,8% năm 2022.';

/** The indicator of each number of the article, in order. */
const seriesOf = (...paragraphs: string[]) =>
  extractMetrics(segments([HEAD, ...paragraphs]), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh' }).map((m) => m.indicator);

describe('a province series carries to the next sentence listed by year', () => {
  it.each([
    [`${NAMED} Năm 2023 là 11,6%.`],
    [NAMED, 'Năm 2023 đạt 11,6%, năm 2024 ước khoảng 12,9%.'],
    [NAMED, 'Bên cạnh đó, theo số liệu của Sở Tài chính: năm 2023 là 11,6%, năm 2024 ước đạt 12,9%.'],
    [NAMED, 'Mặt khác, theo đánh giá của Bộ Khoa học và Công nghệ, năm 2023 là 11,6%.'],
  ])('%s %s', (...ps) => {
    const got = seriesOf(...ps.filter(Boolean));
    expect(got.length).toBeGreaterThan(2);
    expect(got.every((id) => id === 'digital-economy-grdp-share')).toBe(true);
  });

  it('not to a sentence on the whole country', () => {
    expect(seriesOf(NAMED, 'Cả nước năm 2023 là 12,3%.')[2]).not.toBe('digital-economy-grdp-share');
  });
});

describe('namesNation', () => {
  it.each(['Cả nước đạt 12%', 'toàn quốc có', 'của Việt Nam'])('%s', (t) => expect(namesNation(t)).toBe(true));
  it.each(['toàn tỉnh đạt 12%', 'Nhà nước quy định', 'của thành phố'])('not: %s', (t) => expect(namesNation(t)).toBe(false));
});

describe('a goal set for one year carries its series to the next year of its sentence (round 46)', () => {
  const RESULT = 'Năm 2023, kim ngạch xuất khẩu phần cứng, điện tử đạt 126 tỷ USD.';
  it('the next year\'s goal, its item only dated, continues the goal\'s series', () => {
    const got = seriesOf(`${RESULT} Bộ Công Thương đặt mục tiêu năm 2024 đạt 130 tỷ USD và năm 2025 là 150 tỷ USD.`);
    expect(got.slice(1)).toEqual(['ict-exports', 'ict-exports']);
  });
});

describe('a growth rate after an amount takes the growth series that counts the same thing (round 46)', () => {
  it('the amount\'s series has no percent: its growth twin in the catalogue, through a noun pointed back to', () => {
    const got = seriesOf('Năm 2023, kim ngạch xuất khẩu phần cứng, điện tử ước đạt 127 tỷ USD, nhưng lĩnh vực chủ lực này giảm 4,9% so với năm 2022.');
    expect(got).toEqual(['ict-exports', 'electronics-exports-growth']);
  });
});
