/**
 * Round 60 (session 41): a goal as the clause's subject with a long name, then a gerund ("One of the goals of the plan on accelerating the
 * agricultural digital economy in 2022 is establishing 10 million accounts …") marks its figure a target (`english-status.ts`'
 * GOAL_SUBJECT_BEFORE, up to 90 letters of name, "establishing", "having", "training" …).
 */
import { describe, expect, it } from 'vitest';
import { englishMetricOf } from '../../support/metrics-of';

const statusOf = (s: string, n: string) => englishMetricOf(s, n, 2022).status;

describe('a goal as the subject, its level a gerund', () => {
  it.each([
    ['One of the goals of the plan on accelerating the agricultural digital economy in 2022 is establishing 10 million accounts on Postmart.', '10 million'],
    ['The target of the provincial programme for developing digital skills among rural women is training 5,000 women this year.', '5,000'],
    ['The goal of the city for 2023 is having 80% of households with fibre broadband.', '80%'],
  ])('%s → %s is a target', (s, n) => expect(statusOf(s, n)).toBe('target'));

  it.each([
    ['The goal of the programme was reached early: 12,000 accounts were opened by June.', '12,000'],
    ['The target group of the plan is farmers, and 3,000 of them joined in 2022.', '3,000'],
  ])('%s → %s stays a result', (s, n) => expect(statusOf(s, n)).toBe('actual'));
});

describe('review mends: a result after a goal named as subject', () => {
  it.each([
    ['The goals of the programme were discussed at the meeting and the number of users who registered in 2022 was 5 million.', '5 million'],
    ['The target of the project was exceeded as the total number of households connected to fibre broadband is 500,000.', '500,000'],
    ['The goal of the strategy is clear and the share of the digital economy in GDP last year was 12%.', '12%'],
  ])('%s → %s stays a result', (s, n) => expect(statusOf(s, n)).toBe('actual'));
});
