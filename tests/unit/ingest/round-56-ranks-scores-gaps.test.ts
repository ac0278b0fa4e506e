/**
 * Round 56 (session 37, sets HQ–HV): on English pages, ordinals in a sentence about a ranking ("from 59th to 57th", "10th among the 17"),
 * ranks and moves spelled after a verb of ranking or "up"/"down" ("it ranks third", "spot to sixth", "moves up two notches"), a rank by its
 * noun ("from position 41 to 40", "1 rank"), scores named after their figure ("a 19.74 score", "100/100 scores", "51.82 out of 100");
 * an English byline's names and a zone's abbreviation around a dateline's day ("By Phan Anh, Nhu Quynh   February 17, 2022 | 02:15 am PT");
 * on Vietnamese pages, a gap with what it is compared with named first ("thấp hơn kế hoạch 1,09%"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { englishDatelineDate } from '../../../scripts/ingest/english-dateline';
import { englishMetrics, metricOf } from '../../support/metrics-of';

const read = (text: string) => englishMetrics([text], 2024).map((m) => [m.text, m.value, m.unit]);

describe('English ranks', () => {
  it('reads ordinals in a sentence about an index as ranks, not a name\'s or a day\'s', () => {
    expect(read('In the index, the country moved from 61st to 58th in market sophistication.')).toEqual([['61st', 61, 'rank'], ['58th', 58, 'rank']]);
    expect(read('The 13th National Party Congress set the index goals on September 17th.')).toEqual([]);
    expect(read('The province led the index for its 5th consecutive year.')).toEqual([]);
    expect(read('The event took place at its 2nd Digital Week.')).toEqual([]);
  });

  it.each([
    ['In ASEAN, it ranks fourth behind Singapore.', 'fourth', 4],
    ['It climbed 9 places from last year\'s 60th spot to fifth.', 'fifth', 5],
    ['The country moves up three notches in the innovation index.', 'three', 3],
    ['The province moved down two places in the index.', 'two', -2],
  ])('%s', (text, word, value) => {
    const m = englishMetrics([text], 2024).find((x) => x.text === word)!;
    expect([m.value, m.unit]).toEqual([value, 'rank']);
  });

  it('reads a rank named by its noun', () => {
    expect(read('Outputs rose from position 44 to 42, an increase of 1 rank.')).toEqual([['44', 44, 'rank'], ['42', 42, 'rank'], ['1 rank', 1, 'rank']]);
  });
});

describe('English scores', () => {
  it.each([
    ['Vietnam received a 18.5 score in the technical pillar.', '18.5'],
    ['Four countries have 100/100 scores.', '100/100'],
    ['Its readiness reached 55.3 out of 100, up from 48.', '55.3'],
  ])('%s', (text, n) => {
    expect(englishMetrics([text], 2024).find((x) => x.text === n)?.unit).toBe('index');
  });
});

describe('a gap with what it is compared with named first', () => {
  it.each([
    ['Tỷ lệ thất thoát nước còn 14,2%, thấp hơn kế hoạch 0,8%.', '0,8%', -0.8],
    ['Doanh thu cao hơn cùng kỳ năm trước 6,5%.', '6,5%', 6.5],
  ])('%s', (text, n, value) => {
    const m = metricOf(text, n, 2025);
    expect([m.value, m.direction]).toEqual([value, value < 0 ? 'down' : 'up']);
  });
});

describe('an English byline with its day', () => {
  it.each([
    ['By Phan Anh, Nhu Quynh   February 17, 2022 | 02:15 am PT', '2022-02-17'],
    ['By Vien Thong   February 26, 2024 | 08:48 pm PT', '2024-02-26'],
  ])('%s', (line, iso) => {
    expect(englishDatelineDate([line])?.iso).toBe(iso);
  });

  it('a sentence with a day is no dateline', () => {
    expect(englishDatelineDate(['By March 3, 2025, the ministry had issued 4,000 licences.'])).toBeUndefined();
  });
});
