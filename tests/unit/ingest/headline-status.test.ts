import { describe, expect, it } from 'vitest';
import { restatedEstimates } from '../../../scripts/ingest/headline-status';
import type { Metric } from '../../../src/schemas/metric';

const figure = (offset: number, value: number, status: Metric['status'], unit: Metric['unit'] = 'count') => ({ metric: { offset, value, unit, status } });

const headline = { text: '12.400 doanh nghiệp số hoạt động', offset: 0 };
const lead = { text: 'Theo Bộ, tính đến hết tháng 8, số doanh nghiệp công nghệ số đang hoạt động ước đạt 12.400 doanh nghiệp, tăng 900 doanh nghiệp so với cùng kỳ năm trước và gấp đôi so với năm 2020.', offset: 40 };

describe('restatedEstimates', () => {
  it('gives a headline figure the status of the body estimate it repeats', () => {
    const drafts = [figure(0, 12400, 'actual'), figure(120, 12400, 'estimate'), figure(150, 900, 'actual')];
    restatedEstimates(drafts, [headline, lead]);
    expect(drafts.map((d) => d.metric.status)).toEqual(['estimate', 'estimate', 'actual']);
  });

  it('keeps it when the body states it as a result, in another unit or twice', () => {
    for (const body of [[figure(120, 12400, 'actual')], [figure(120, 12400, 'estimate', 'VND')], [figure(120, 12400, 'estimate'), figure(140, 12400, 'actual')]]) {
      const drafts = [figure(0, 12400, 'actual'), ...body];
      restatedEstimates(drafts, [headline, lead]);
      expect(drafts[0]!.metric.status).toBe('actual');
    }
  });
});
