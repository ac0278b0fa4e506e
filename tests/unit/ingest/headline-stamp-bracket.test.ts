import { describe, expect, it } from 'vitest';
import { headlineDate } from '../../../scripts/ingest/dates-article';

describe('round 52: a headline line closing on its stamp in brackets', () => {
  it('reads the stamp "(11:33 28/07/2021)"', () => {
    expect(headlineDate('Đẩy mạnh phát triển hạ tầng viễn thông phục vụ chuyển đổi số (11:33 28/07/2021)')?.iso).toBe('2021-07-28');
  });

  it.each([
    ['a date without a time', 'Kế hoạch chuyển đổi số của tỉnh (ngày 28/07/2021)'],
    ['a stamp followed by more words', 'Hội nghị (11:33 28/07/2021) của UBND tỉnh'],
  ])('reads no stamp from %s', (_why, title) => {
    expect(headlineDate(title)).toBeUndefined();
  });
});
