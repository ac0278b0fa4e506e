import { describe, expect, it } from 'vitest';
import { markBlock } from '../../../src/lib/marks';
import type { Metric } from '../../../src/schemas/metric';

const metric = (id: string, text: string, offset: number): Metric => ({
  id, text, offset, value: 1, unit: 'count', kind: 'count', status: 'actual', subject: '', topic: 't', quote: '', confidence: 'high', reasons: [], review: 'auto',
});

describe('markBlock', () => {
  const block = { kind: 'paragraph' as const, text: 'Đạt 84,7 triệu thẻ và 45,4 triệu tài khoản.', offset: 100 };
  it('markBlock splits text around metrics at their offsets', () => {
    const parts = markBlock(block, [metric('m-00000001', '84,7 triệu', 104), metric('m-00000002', '45,4 triệu', 122)]);
    expect(parts.map((p) => p.text).join('')).toBe(block.text);
    expect(parts.filter((p) => p.metric).map((p) => p.metric!.id)).toEqual(['m-00000001', 'm-00000002']);
  });
  it('markBlock leaves out a metric whose text is not at its offset', () => {
    const parts = markBlock(block, [metric('m-00000001', '84,7 triệu', 105)]);
    expect(parts).toEqual([{ text: block.text }]);
  });
  it('markBlock ignores metrics of other blocks', () => {
    expect(markBlock(block, [metric('m-00000009', 'x', 5)])).toEqual([{ text: block.text }]);
  });
});
