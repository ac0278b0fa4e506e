/** Round 69 (session 50): English figures the held-out sets LX–MA showed read wrong — a fall whose verb is gapped for the next subject
 *  ("Lazada's revenue fell by 43.81% and Tiki by 48.55%"), a rank move written "a 130-place increase", a position written as a bare number
 *  after a rank word ("reaching a global ranking of 110", "was ranked 110 in the world") and a zero-padded rank ("Maintained rank 04/34,").
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const rows = (text: string, year = 2024) => englishMetrics(text.split(' // '), year).map((m) => `${m.text} ${m.value} ${m.unit}`);

describe('English figures', () => {
  it.each([
    ["Lazada's revenue fell by 43.81% and Tiki by 48.55%.", ['43.81% -43.81 percent', '48.55% -48.55 percent']],
    ['Revenue fell by 3% and exports rose by 5%.', ['3% -3 percent', '5% 5 percent']],
    ['Revenue rose by 3% and Tiki by 4%.', ['3% 3 percent', '4% 4 percent']],
    ['Da Nang made a 130-place increase, reaching 766th.', ['130-place 130 rank', '766th 766 rank']],
    ['Hanoi made a 12-position jump this year.', ['12-position 12 rank']],
    ['The 10-place parking lot opened.', []],
    ['Ho Chi Minh City reached a global ranking of 110 – its highest ever.', ['110 110 rank']],
    ['Ho Chi Minh City was ranked 110 in the world in 2023.', ['110 110 rank']],
    ['The province needs to improve its DTI ranking in 2025.', []],
    ['The system maintained rank 04/34, in which the rate reached 80.8%.', ['04/34 4 rank', '80.8% 80.8 percent']],
    ['On 04/05 the province ranked 3rd.', ['3rd 3 rank']],
  ])('%s', (text, want) => expect(rows(text)).toEqual(want));
});
