/** Bare numbers that name a place or an area, or stray inside a word (round 24d; sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { isAreaInSeries, isInQuotedName, isQuotedFormula, isInsideWord, isLocalityName, isTimeZoneOffset } from '../../../scripts/ingest/number-names';
import { findNumbers } from '../../../scripts/ingest/numbers';

/** The values findNumbers reads in `s`. */
const values = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}`);

describe('isLocalityName', () => {
  it.each([['bà con thôn ', '3', ' đã cài đặt'], ['Tổ trưởng tổ dân phố (TDP) ', '2', ' phường Tân An'], ['Ban công tác TDP ', '12', ' hướng dẫn'], ['cư dân Quận ', '1', ' và Quận 3']])(
    '%s%s%s', (before, raw, after) => expect(isLocalityName(before, raw, after)).toBe(true));
  it.each([['gấp ', '3', ' lần'], ['cấp ', '4', ' trở lên'], ['thôn ', '6', ',5%'], ['có ', '12', ' thôn']])(
    'not %s%s%s', (before, raw, after) => expect(isLocalityName(before, raw, after)).toBe(false));
});

describe('isAreaInSeries', () => {
  const s = 'Trong đó, khu vực 1 tăng 3,2%; khu vực 2 tăng 5,1% và khu vực 3 giảm 0,4%.';
  it.each([1, 2, 3])('khu vực %s', (k) => expect(isAreaInSeries(s, s.indexOf(`vực ${k}`) + 4, String(k))).toBe(true));
  it('one area alone is no series', () => {
    const t = 'Tỉnh đứng đầu khu vực 3 năm liền.';
    expect(isAreaInSeries(t, t.indexOf('3'), '3')).toBe(false);
  });
});

describe('isInsideWord', () => {
  it.each([['các hệ thống thông ', ' tin'], ['kho dữ ', ' liệu'], ['nền kinh ', ' tế số']])('%j … %j', (before, after) => expect(isInsideWord(before, '7', after)).toBe(true));
  it.each([['đã cấp ', ' tin nhắn'], ['có ', ' dịch vụ']])('not %j … %j', (before, after) => expect(isInsideWord(before, '7', after)).toBe(false));
});

describe('findNumbers skips place names, areas in turn and stray numbers', () => {
  it.each([
    ['Người dân xóm 4 đã có 120 tài khoản định danh.', ['120 count']],
    ['Tổ công nghệ số TDP 2 hướng dẫn 85 hộ dân.', ['85 count']],
    ['Khu vực 1 đạt 12 nghìn tỷ đồng, khu vực 2 đạt 30 nghìn tỷ đồng.', ['12000000000000 VND', '30000000000000 VND']],
    ['Hệ thống ghi nhận 240 cuộc tấn công vào các hệ thống dữ 8 liệu quan trọng.', ['240 count']],
    ['Tỉnh có tỷ lệ 60% và lập 6 lớp tập huấn trong 2 tiếng đồng hồ.', ['60 percent', '6 count']],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('isTimeZoneOffset (round 25b)', () => {
  it('reads the offset after "GMT+" / "UTC +" as a time zone, no figure', () => {
    for (const [before, raw] of [['Cập nhật: 08/05/2025 14:20 (GMT+', '7'], ['lúc 09:00 (UTC +', '07'], ['giờ GMT-', '5']] as const)
      expect(isTimeZoneOffset(before, raw), before).toBe(true);
    expect(isTimeZoneOffset('Tỉnh có ', '7')).toBe(false);
    expect(isTimeZoneOffset('tăng trưởng GDP +', '7')).toBe(false);
  });
  it('leaves the byline\'s offset out of the metrics', () => {
    expect(findNumbers('Thứ ba, 06/05/2025 10:30 (GMT+7). Huyện có 12 xã số.').map((n) => n.text)).not.toContain('7');
  });
});

describe('round 27a: a locality called by a proper name and a number, or "số" and a number', () => {
  it.each([
    ['Nhân dân thôn Tân Hòa ', '2', ' đã góp tiền làm đường'],
    ['Trưởng bản Nà Sài ', '1', ', ông Lò Văn Tiến'],
    ['tại xóm Đông Bắc ', '3', '. Ảnh: tư liệu'],
    ['người dân tổ dân phố số ', '5', ' được hướng dẫn'],
  ])('%s%s%s', (before, raw, after) => expect(isLocalityName(before, raw, after)).toBe(true));
  it.each([['thôn Tân Hòa có ', '12', ' camera'], ['thôn Tân Hòa ', '2', ',5 tỷ đồng']])('not %s%s%s', (before, raw, after) => expect(isLocalityName(before, raw, after)).toBe(false));
  it('reads the counts of such a page and not the names', () => {
    expect(values('Thôn Phú Mỹ 2 có 9 camera an ninh, thôn Phú Mỹ 3 lắp thêm 4 camera.')).toEqual(['9 count', '4 count']);
  });
});

describe('isInQuotedName: a number inside the quoted name of a programme or a model (round 31a)', () => {
  const quoted = (s: string, raw: string) => isInQuotedName(s, s.indexOf(raw), s.indexOf(raw) + raw.length);
  it.each([
    ['Cuộc vận động “5 có” lan rộng tới 40 xã', '5'], ['Chiến dịch "100 ngày cao điểm" kết thúc', '100'], ['giải thưởng «Top 10 sáng tạo» năm nay', '10'],
  ])('%s: %s is in the name', (s, raw) => expect(quoted(s, raw)).toBe(true));
  it.each([
    ['Báo cáo nêu “đạt 80% kế hoạch” trong năm', '80'], ['Chiến dịch "Xanh" thu hút 500 người', '500'], ['Phong trào thi đua có 30 đơn vị', '30'],
  ])('%s: %s is no name', (s, raw) => expect(quoted(s, raw)).toBe(false));
});

describe('isQuotedFormula: a model named by a quoted formula (round 34)', () => {
  const at = (s: string, n: string, from = 0) => { const p = s.indexOf(n, from); return isQuotedFormula(s, p, p + n.length); };
  it.each([
    ['“1+15” kèm cặp từng gia đình', '15'],
    ['Mô hình “3 + 1” giúp mỗi đoàn viên kèm ba hộ.', '3'],
    ['Xã áp dụng cách làm "2+5" cho các thôn vùng cao.', '5'],
  ])('%s → %s is part of a name', (s, n) => expect(at(s, n)).toBe(true));

  it.each([
    ['Năm nay có 1+20 hộ đăng ký.', '20'],
    ['“Có 20 hộ đã dùng mã QR”, anh nói.', '20'],
    ['Chương trình 5+ thu hút 300 người.', '300'],
  ])('a sum outside quotes, a quoted sentence or a count is no formula: %s', (s, n) => expect(at(s, n)).toBe(false));

  it('findNumbers reads no number of a quoted formula', () => {
    expect(findNumbers('Mô hình “1+10” đã giúp 250 hộ dùng VNeID.').map((m) => m.value)).toEqual([250]);
  });
});

describe('isInQuotedName: the parts of a quoted motto (round 43)', () => {
  it.each([
    ['Thực hiện phương châm “Mỗi người dân 2 biết, mỗi cán bộ xã 4 cùng làm với nhân dân”, huyện đã hướng dẫn 1.200 người.', '1.200'],
    ['Thực hiện khẩu hiệu “4 tại chỗ”, huyện đã hoàn thành 20 nhiệm vụ.', '20'],
  ])('%s: only %s is a figure', (s, n) => expect(findNumbers(s).map((m) => m.text)).toEqual([n]));
  it('a figure after the quote closes is read', () =>
    expect(findNumbers('Theo tinh thần “một cửa”, xã đã tiếp nhận 350 hồ sơ.').map((m) => m.text)).toEqual(['350']));
});
