import { describe, expect, it } from 'vitest';
import { isDomain, leadPrefix, mergeSources, outletForDomain, parseSourceLine, provinceOfLabel } from '../../../scripts/ingest/source';

describe('isDomain / leadPrefix', () => {
  it('isDomain accepts host names and rejects words', () => {
    expect(isDomain('baoninhbinh.org.vn')).toBe(true);
    expect(isDomain('Chinhphu.vn')).toBe(true);
    expect(isDomain('www.example.com/path')).toBe(true);
    expect(isDomain('TTXVN')).toBe(false);
    expect(isDomain('4.0')).toBe(false);
  });

  it('leadPrefix finds outlet prefixes and tags and skips places and ordinary openings', () => {
    expect(leadPrefix('TCCS - Ngày 6-2-2025')).toEqual({ outlet: 'Tạp chí Cộng sản', mark: 'TCCS', skip: 7 });
    expect(leadPrefix('TTXVN – Sáng 5/3')).toMatchObject({ outlet: 'Thông tấn xã Việt Nam' });
    expect(leadPrefix('(VOV) - Sáng 5/3')).toMatchObject({ outlet: 'Đài Tiếng nói Việt Nam', mark: '(VOV)', skip: 8 });
    expect(leadPrefix('(QRS) Sáng 5/3')).toMatchObject({ outlet: 'QRS', skip: 6 });
    expect(leadPrefix('(Ảnh minh họa) Sáng 5/3')).toBeUndefined();
    expect(leadPrefix('HÀ NỘI - Sáng 5/3')).toBeUndefined();
    expect(leadPrefix('Sáng 5/3 - hội nghị')).toBeUndefined();
    expect(leadPrefix('(Hà Nội) - Sáng 5/3')).toBeUndefined();
  });

});

describe('parseSourceLine', () => {
  it.each<[string, object]>([
    ['Nguồn Lâm Đồng: https://baolamdong.vn/a-b-123.html', { outlet: 'Lâm Đồng', url: 'https://baolamdong.vn/a-b-123.html', domain: 'baolamdong.vn' }],
    ['Nguồn: baoninhbinh.org.vn', { outlet: 'baoninhbinh.org.vn', domain: 'baoninhbinh.org.vn' }],
    ['Nguồn: baotinh.org.vn', { outlet: 'baotinh.org.vn', domain: 'baotinh.org.vn' }],
    ['Nguồn: TTXVN', { outlet: 'Thông tấn xã Việt Nam' }],
    ['Nguồn: Báo điện tử Chính phủ', { outlet: 'Báo điện tử Chính phủ' }],
    ['(Nguồn: VOV)', { outlet: 'Đài Tiếng nói Việt Nam' }],
    ['Nguồn tin: https://www.example.vn/x', { url: 'https://www.example.vn/x', domain: 'example.vn', outlet: 'example.vn' }],
    ['Theo Thùy Linh: baovinhphuc.com.vn', { author: 'Thùy Linh', outlet: 'baovinhphuc.com.vn' }],
    ['Theo TTXVN', { outlet: 'Thông tấn xã Việt Nam' }],
    ['(Theo VnExpress)', { outlet: 'VnExpress' }],
    ['Theo Báo Nhân Dân', { outlet: 'Báo Nhân Dân' }],
    ['Theo Minh Anh (VOV)', { author: 'Minh Anh', outlet: 'Đài Tiếng nói Việt Nam' }],
    ['Trung Duy (tổng hợp)', { author: 'Trung Duy' }],
    ['Hà Linh (theo Reuters)', { author: 'Hà Linh', outlet: 'Reuters' }],
    ['MINH ANH (TTXVN)', { author: 'MINH ANH', outlet: 'Thông tấn xã Việt Nam' }],
    ['AN NHIÊN', { author: 'AN NHIÊN' }],
    ['NGUYỄN VĂN A - TRẦN B', { author: 'NGUYỄN VĂN A - TRẦN B' }],
    ['TTXVN', { outlet: 'Thông tấn xã Việt Nam' }],
    ['Bài, ảnh: Nguyễn Văn Bình', { author: 'Nguyễn Văn Bình' }],
    ['Tác giả: Lê Thị Hoa', { author: 'Lê Thị Hoa' }],
    ['https://baotinh.vn/tin-123.html', { url: 'https://baotinh.vn/tin-123.html', domain: 'baotinh.vn' }],
    ['baotinh.vn', { domain: 'baotinh.vn', outlet: 'baotinh.vn' }],
  ])('parseSourceLine reads %s', (line, expected) => {
    expect(parseSourceLine(line)).toMatchObject(expected);
  });

  it('parseSourceLine reads a plain name only when it is the last line', () => {
    expect(parseSourceLine('Minh Anh', { last: true })).toEqual({ author: 'Minh Anh' });
    expect(parseSourceLine('Minh Anh')).toBeUndefined();
  });

  it.each([
    'Theo báo cáo, năm 2024 đạt 80%.', 'Theo đó, các bộ cần triển khai.', 'Nguồn lực cho chuyển đổi số còn hạn chế.',
    'Theo Bộ trưởng, chuyển đổi số là tất yếu', 'Đoạn văn thường.', 'Bài 1: Chuyển đổi số ở cơ sở', 'Đường dây nóng: 0987083838.',
    'Thủ tướng Chính phủ chủ trì.', 'Các tin đã đưa ngày:', 'Nguồn:',
  ])('parseSourceLine rejects %s', (line) => {
    expect(parseSourceLine(line, { last: true })).toBeUndefined();
  });
});

describe('outletForDomain', () => {
  it('outletForDomain names a provincial newspaper from its domain when the line gives only the place or the domain', () => {
    expect(outletForDomain('Lâm Đồng', 'baolamdong.vn')).toBe('Báo Lâm Đồng');
    expect(outletForDomain('baothanhhoa.vn', 'baothanhhoa.vn')).toBe('Báo Thanh Hóa');
    expect(outletForDomain(undefined, 'baoquangninh.com.vn')).toBe('Báo Quảng Ninh');
  });

  it('outletForDomain keeps a written outlet name, another place and any other domain', () => {
    expect(outletForDomain('Báo điện tử Chính phủ', 'baochinhphu.vn')).toBe('Báo điện tử Chính phủ');
    expect(outletForDomain('Hà Nội', 'baolamdong.vn')).toBe('Hà Nội');
    expect(outletForDomain('Lâm Đồng', 'lamdong.gov.vn')).toBe('Lâm Đồng');
    expect(outletForDomain(undefined, 'vnexpress.net')).toBe('vnexpress.net');
    expect(outletForDomain(undefined, 'baotinh.vn')).toBe('baotinh.vn');
    expect(outletForDomain('TTXVN', undefined)).toBe('TTXVN');
  });

  it('provinceOfLabel matches a province written without marks or spaces', () => {
    expect(provinceOfLabel('daklak')).toBe('Đắk Lắk');
    expect(provinceOfLabel('haiphong')).toBe('Hải Phòng');
    expect(provinceOfLabel('tinh')).toBeUndefined();
  });
});

describe('mergeSources', () => {
  const at = (text: string) => ({ text, offset: 0 });
  it('mergeSources names a provincial outlet from "Nguồn <place>: url" and keeps the url', () => {
    const line = 'Nguồn Lâm Đồng: https://baolamdong.vn/a-b-123.html';
    expect(mergeSources([{ seg: at(line), info: parseSourceLine(line)! }])).toMatchObject({
      outlet: 'Báo Lâm Đồng', url: 'https://baolamdong.vn/a-b-123.html', domain: 'baolamdong.vn',
    });
  });

  it('mergeSources turns a bare domain into the url https://<domain>', () => {
    const line = 'Theo Minh Anh: vnexpress.net';
    expect(mergeSources([{ seg: at(line), info: parseSourceLine(line)! }])).toMatchObject({
      outlet: 'vnexpress.net', url: 'https://vnexpress.net', author: 'Minh Anh',
    });
  });

  it('mergeSources prefers an explicit source line to a lead mark and returns undefined for nothing', () => {
    const merged = mergeSources([
      { seg: at('TCCS'), info: { outlet: 'Tạp chí Cộng sản' } },
      { seg: at('Nguồn: TTXVN'), info: parseSourceLine('Nguồn: TTXVN')! },
    ]);
    expect(merged?.outlet).toBe('Thông tấn xã Việt Nam');
    expect(mergeSources([])).toBeUndefined();
  });
});
