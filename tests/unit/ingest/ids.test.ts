import { describe, expect, it } from 'vitest';
import { foldSentence, metricId, uniqueIds } from '../../../scripts/ingest/ids';
import { METRIC_ID } from '../../../src/schemas/metric';

describe('metric ids', () => {
  it('hash the sentence (NFC, spaces folded), the number text and its occurrence', () => {
    const id = metricId('Tỉnh có 5 tổ và 5 xã.', '5', 1);
    expect(id).toMatch(METRIC_ID);
    expect(metricId('Tỉnh  có 5 tổ và\n5 xã. ', '5', 1)).toBe(id);
    expect(metricId('Tỉnh có 5 tổ và 5 xã.'.normalize('NFD'), '5', 1)).toBe(id);
    expect(metricId('Tỉnh có 5 tổ và 5 xã.', '5', 2)).not.toBe(id);
    expect(metricId('Tỉnh có 6 tổ và 5 xã.', '5', 1)).not.toBe(id);
  });
  it('fold whitespace and make repeats unique in reading order', () => {
    expect(foldSentence(' a \n b ')).toBe('a b');
    expect(uniqueIds(['m-1', 'm-2', 'm-1', 'm-1'])).toEqual(['m-1', 'm-2', 'm-1-2', 'm-1-3']);
    expect('m-0a1b2c3d-2').toMatch(METRIC_ID);
  });
});
