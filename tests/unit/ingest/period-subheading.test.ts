import { describe, expect, it } from 'vitest';
import type { Period } from '../../../src/schemas/metric';
import { subheadingPeriods } from '../../../scripts/ingest/period-subheading';

const half: Period = { iso: '2024-01', precision: 'half' };
const m = (offset: number, value: number, period?: Period) => ({ metric: { offset, value, unit: 'percent' as const, period, reasons: [] as string[], confidence: 'high' as const } });

describe('a subheading\'s figure', () => {
  const line = 'Mảng viễn thông: doanh thu tăng 9%';
  const body = 'Doanh thu viễn thông trong 6 tháng đầu năm ước đạt 400 tỷ đồng, tăng 9% so với cùng kỳ.';
  const paragraphs = [{ text: line, offset: 0 }, { text: body, offset: line.length + 2 }];

  it('takes the period of its twin in the paragraph below', () => {
    const drafts = [m(31, 9), m(line.length + 2 + 70, 9, half)];
    subheadingPeriods(drafts, paragraphs, 0);
    expect(drafts[0]!.metric.period).toEqual(half);
  });

  it('takes none from another value, or when its line is a sentence of the body', () => {
    const drafts = [m(31, 9), m(line.length + 2 + 70, 8, half)];
    subheadingPeriods(drafts, paragraphs, 0);
    expect(drafts[0]!.metric.period).toBeUndefined();
    const sentence = [{ text: `${line}.`, offset: 0 }, { text: body, offset: line.length + 3 }];
    const again = [m(31, 9), m(line.length + 3 + 70, 9, half)];
    subheadingPeriods(again, sentence, 0);
    expect(again[0]!.metric.period).toBeUndefined();
  });
});
