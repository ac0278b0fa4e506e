/** Round 27a: counts with a leading zero that break a total down in a bracket, or follow a part named with a code (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const found = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}`);

describe('a padded count opening a bracket that breaks a total down', () => {
  it.each([
    ['Huyện có 25 điểm phục vụ (03 bưu cục cấp II, 22 điểm bưu điện văn hóa xã).', ['25 count', '3 count', '22 count']],
    ['Mạng lưới gồm 9 trạm (02 trạm 5G, 07 trạm 4G).', ['9 count', '2 count', '7 count']],
    ['Tỉnh có 12 cơ sở (01 bệnh viện KV2, 01 trung tâm y tế và 10 trạm).', ['12 count', '1 count', '1 count', '10 count']],
  ])('%j', (s, want) => expect(found(s)).toEqual(want));
  it('a set sized alone in brackets stays a heading', () => {
    expect(found('Nhóm hạ tầng số (02 chỉ\ntiêu)')).toEqual([]);
  });
});
