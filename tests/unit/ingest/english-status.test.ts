/** Round 35: estimates, goals and comparison values on an English page (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { goalFrameUnderEnglishHeading, englishStatus, isYearBeforeInEnglish } from '../../../scripts/ingest/english-status';
import { englishMetrics } from '../../support/metrics-of';

const statusAt = (s: string, w: string, claimBefore = true) => englishStatus(s, s.indexOf(w), claimBefore);

describe('englishStatus', () => {
  it('reads every figure after an estimate word in its clause as an estimate', () => {
    const s = 'Online sales are estimated at VND 9,200 billion, up 14 percent on the year; card use rose 6 percent.';
    expect(statusAt(s, '9,200')).toBe('estimate');
    expect(statusAt(s, '14')).toBe('estimate');
    expect(statusAt(s, '6 percent')).toBeUndefined();
    expect(statusAt('Revenue is expected to reach 3.1 trillion dong.', '3.1')).toBe('estimate');
    expect(statusAt('The country had 61 million users, of which 40 percent are forecast to pay online.', '61')).toBeUndefined();
  });
  it('reads a goal\'s words right before the figure as a target', () => {
    expect(statusAt('It met the plan target of 25 subscribers per 100 people.', '25')).toBe('target');
    expect(statusAt('The city aims to reach 90% of dossiers online.', '90')).toBe('target');
    expect(statusAt('The province set a goal of 1,500 digital firms.', '1,500')).toBe('target');
  });
  it('reads the value a figure is compared with as a baseline, once a figure came before', () => {
    expect(statusAt('Coverage rose to 48% compared to 35% a year earlier.', '35%')).toBe('baseline');
    expect(statusAt('Attacks totalled 2,900, lower than the 3,400 of last year.', '3,400')).toBe('baseline');
    expect(statusAt('Compared to 35% a year earlier, coverage rose.', '35%', false)).toBeUndefined();
  });
  it('leaves approximations and plain figures as they are', () => {
    expect(statusAt('About 70 percent of households use fibre.', '70')).toBeUndefined();
    expect(statusAt('More than 200 firms joined.', '200')).toBeUndefined();
  });
});

describe('isYearBeforeInEnglish', () => {
  it('reads the year before named right after a comparison value', () => {
    for (const after of [' in the same period last year.', ' a year earlier, the agency said.', ' of last year.', ' in the same months of last year.']) expect(isYearBeforeInEnglish(after)).toBe(true);
  });
  it('reads nothing when another clause names it', () => {
    expect(isYearBeforeInEnglish(' in Hanoi, while last year the city had fewer.')).toBe(false);
    expect(isYearBeforeInEnglish(' in 2021.')).toBe(false);
  });
});

describe('round 45: goals said as a subject "is to have", or moved "to" a new level', () => {
  const status = (s: string, n: string) => englishStatus(s, s.indexOf(n), false);
  it('"The goal for 2025 is to have …"', () => {
    expect(status('The goal for 2026 is to have 75,000 digital technology enterprises.', '75,000')).toBe('target');
    expect(status('The number of enterprises for 2026 is 75,000.', '75,000')).toBeUndefined();
  });
  it('"raised its … target … to X"', () => {
    expect(status('The ministry has raised its annual growth target for the B2C model to 24.5 per cent.', '24.5')).toBe('target');
    expect(status('The ministry has cut the export target for 2025 to US$150 billion.', '150')).toBe('target');
    expect(status('Revenue has risen to 24.5 per cent of the target.', '24.5')).toBeUndefined();
  });
});

describe('round 47: an English heading over a list of goals', () => {
  it.each([['Targets by 2025', '2025'], ['Specific objectives to 2030:', '2030'], ['Main goals', undefined]])('%s opens a frame (horizon %s)', (h, year) =>
    expect(goalFrameUnderEnglishHeading(h, undefined)).toEqual(year ? { horizon: { iso: year, precision: 'year', text: year } } : {}));
  it('another short title ends it; a paragraph keeps it', () => {
    const frame = { horizon: { iso: '2025', precision: 'year' as const, text: '2025' } };
    expect(goalFrameUnderEnglishHeading('Tasks', frame)).toBeUndefined();
    expect(goalFrameUnderEnglishHeading('The rate of firms using e-contracts will reach over 80%;', frame)).toBe(frame);
    expect(goalFrameUnderEnglishHeading('Targets were met in most districts last year, officials said.', undefined)).toBeUndefined();
  });
  it('on a page: the items under it are goals of its year, the tasks after it are not', () => {
    const ms = englishMetrics(['The committee has signed the plan.', 'Targets by 2025', 'The proportion of the digital economy will reach 20% of GDP;', 'The rate of enterprises using e-contracts will reach over 80%;', 'Tasks', 'Revenue grew 5% in 2023.'], undefined);
    expect(ms.find((m) => m.text === '80%')).toMatchObject({ status: 'target', period: { iso: '2025' } });
    expect(ms.find((m) => m.text === '5%')?.status).toBe('actual');
  });
});
