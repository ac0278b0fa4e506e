import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isTarget } from '../../../scripts/ingest/status';
import { claimOf } from '../../support/metrics-of';

describe('what attacks aim at is no goal (round 48)', () => {
  it.each([
    'Ngành tài chính ngân hàng tiếp tục là mục tiêu số một với 41,18% vụ tấn công thuộc dạng lừa đảo.',
    'Các cơ quan nhà nước là mục tiêu tấn công của tin tặc với 41,18% số vụ.',
  ])('%s', (s) => {
    expect(isTarget(s, s.indexOf('41,18%'), undefined, 2025)).toBe(false);
    expect(claimOf(s, '41,18%', 2025).status).toBe('actual');
  });
  it('while a goal stays one', () => expect(claimOf('Mục tiêu năm 2025 đạt 41,18% hồ sơ trực tuyến.', '41,18%', 2024).status).toBe('target'));
});

describe('a share pointed back to as a group is no new figure (round 48)', () => {
  it('reads "trong 8% này" as the 8% named before', () => {
    expect(findNumbers('Nhà mạng phát hiện trong 8% này có 30% là đã chính xác thông tin.').map((n) => n.text)).toEqual(['30%']);
    expect(findNumbers('Nhà máy có tỉ lệ tự động hóa 70% này sẽ tạo ra việc làm.').map((n) => n.text)).toEqual(['70%']);
  });
});
