/**
 * Round 59 (session 40): the start of a move an English page spells out ("grew from $3.1 billion in 2021 to $4.4 billion in 2023") is a
 * baseline of the figure it ends on (`english-move.ts`); a range, a revision and a goal's move are not.
 */
import { describe, expect, it } from 'vitest';
import { englishMetricOf } from '../../support/metrics-of';
import { isEnglishMoveStart } from '../../../scripts/ingest/english-move';

const statusOf = (text: string, n: string) => englishMetricOf(text, n, 2024).status;

describe('the start of a move', () => {
  it.each([
    ['Cashless payments grew from $3.1 billion in 2021 to $4.4 billion in 2023.', '3.1 billion'],
    ['The share of online dossiers rose from 34 percent in H1/2022 to 61 percent this year.', '34 percent'],
    ['The province climbed four places from 27th in 2022 to 23rd.', '27th'],
    ['The number of digital firms increased from about 2,400 to 3,150.', '2,400'],
    ['Smartphone users went up from 61.3 million last year to 66 million.', '61.3 million'],
  ])('%s → %s is a baseline', (text, n) => expect(statusOf(text, n)).toBe('baseline'));

  it.each([
    ['Cashless payments grew from $3.1 billion in 2021 to $4.4 billion in 2023.', '4.4 billion'],
    ['The number of digital firms increased from about 2,400 to 3,150.', '3,150'],
  ])('%s → %s, where it ends, is no baseline', (text, n) => expect(statusOf(text, n)).not.toBe('baseline'));

  it.each([
    ['Provinces reported high completion rates, from 62% to 71%.', '62%'],
    ['The growth estimate was adjusted from 12 per cent to 14 per cent.', '12 per cent'],
    ['The city aims to raise the share from 14 percent in 2024 to 25 percent by 2030.', '14 percent'],
    ['The survey covered firms with from 10 to 50 employees, of which 35 percent were online.', '10'],
  ])('%s → %s is no move start', (text, n) => expect(statusOf(text, n)).not.toBe('baseline'));
});

describe('isEnglishMoveStart', () => {
  const s = 'Revenue grew from $3.1 billion in 2021 to $4.4 billion in 2023.';
  const a = { start: s.indexOf('3.1'), end: s.indexOf(' in 2021'), unit: 'USD' as const, value: 3.1e9 };
  const b = { start: s.indexOf('4.4'), unit: 'USD' as const, value: 4.4e9 };
  it('reads over the start\'s own year to "to"', () => expect(isEnglishMoveStart(s, a, b)).toBe(true));
  it('needs a next figure of the same unit', () => {
    expect(isEnglishMoveStart(s, a, undefined)).toBe(false);
    expect(isEnglishMoveStart(s, a, { ...b, unit: 'percent' })).toBe(false);
  });
});

describe('a move\'s start dates only itself', () => {
  const periodOf = (text: string, n: string) => englishMetricOf(text, n, 2025).period?.iso ?? null;
  it.each([
    ['The city moved up three spots to 12th from 15th in 2023.', '12th'],
    ['The city moved up three spots to 12th from 15th in 2023.', 'three'],
    ['Seed funding plunged from $30 million in 2022 to a mere $4 million.', '4 million'],
  ])('%s → %s does not take the start\'s year', (text, n) => expect(periodOf(text, n)).not.toBe(text.includes('2022') ? '2022' : '2023'));

  it.each([
    ['The city moved up three spots to 12th from 15th in 2023.', '15th', '2023'],
    ['Seed funding plunged from $30 million in 2022 to a mere $4 million in 2024.', '4 million', '2024'],
    ['Seed funding plunged from $30 million in 2022 to a mere $4 million in 2024.', '30 million', '2022'],
  ])('%s → %s keeps its own %s', (text, n, want) => expect(periodOf(text, n)).toBe(want));
});

describe('review mends (session 40)', () => {
  it.each([
    ['The sector has grown at an annual rate ranging from 20% to 25%.', '20%'],
    ['The bank revised down its growth forecast for the year from 6.3% to 5.5%.', '6.3%'],
    ['The digital economy\'s share of GDP must rise from 18.3% to 30% by 2030.', '18.3%'],
  ])('%s → %s is no move start', (text, n) => expect(statusOf(text, n)).not.toBe('baseline'));

  it.each([
    ['Exports to the US increased from $96 billion to $119 billion.', '96 billion'],
    ['Access to the internet rose from 70% to 79%.', '70%'],
  ])('%s → %s is a baseline (a "to" before the verb)', (text, n) => expect(statusOf(text, n)).toBe('baseline'));
});
