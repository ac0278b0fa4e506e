/** Round 68 (session 49): goals an English page states in ways the status reader missed — a body's requirements cited as the source, a
 *  pledge or a commitment, a headline's "eyes", a plan's level bracketed after a result, criteria "that must be obtained" then listed — and
 *  two results it took for goals: "the set targets" (an adjective), a passive "need to be reached" inside a goal list. Sentences written for
 *  this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const statuses = (text: string, year?: number) => englishMetrics(text.split(' // '), year).map((m) => `${m.text} ${m.status}`);

describe('goals', () => {
  it.each([
    ["According to the Government's requirements, by 2025, 100% of procedures will be provided online.", 2024, ['100% target']],
    ['Google has pledged 40,000 scholarships through its programme.', 2024, ['40,000 target']],
    ['The operator installed 22,758 stations, exceeding the minimum commitment of 20,000 stations.', 2024, ['22,758 actual', '20,000 target']],
    ["Vietnam's chip industry eyes 25 billion USD in annual revenue", 2024, ['25 billion USD target']],
    ['The digital economy made up 9.56% of GRDP (plan 12%).', 2024, ['9.56% actual', '12% target']],
    ['The plan stipulates eight criteria that must be obtained. This includes 100 percent of ministries issuing plans on open data and the minimum levels that need to be reached in every stage.', undefined, ['100 percent target']],
    ['Regarding the digital economy, targets include the share of SMEs using digital platforms to reach 30% and of firms using e-invoices to reach 100%.', 2022, ['30% target', '100% target']],
    ['To build a digital government, the goal for this year is to increase the rate of online public services to 80%.', 2022, ['80% target']],
  ])('%s', (text, year, want) => expect(statuses(text, year)).toEqual(want));
});

describe('results', () => {
  it.each([
    ['The sectors also exceeded the set targets, achieving 109.8% and 127% respectively.', ['109.8% actual', '127% actual']],
    ['Pledged capital reached US$ 20 billion in 2023.', ['20 billion actual']],
    ['In the eyes of 80% of users, the app is useful.', ['80% actual']],
    ['According to the report, 100% of procedures were provided online in 2023.', ['100% actual']],
    ['Achieved targets include the rate of online payments at 40%.', ['40% actual']],
    ['The goal of the plan was to reach 50%, but the province reached 60%.', ['50% target', '60% actual']],
  ])('%s', (text, want) => expect(statuses(text, 2024)).toEqual(want));
});
