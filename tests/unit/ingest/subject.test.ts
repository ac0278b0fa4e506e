import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { capPhrase, framePhrase, fullerName, phraseBefore, rankField, subjectFor } from '../../../scripts/ingest/subject';

/** Subjects of every number of `s`, each given the one before it as `previous`. */
function subjects(s: string): string[] {
  const nums = findNumbers(s);
  const out: string[] = [];
  nums.forEach((_, i) => out.push(subjectFor(s, nums, i, out[i - 1] ?? '')));
  return out;
}

describe('capPhrase / phraseBefore / framePhrase / rankField / fullerName', () => {
  it('capPhrase cuts an over-long phrase before a break word', () => {
    expect(capPhrase('quan điểm chỉ đạo lớn có tính chất xuyên suốt trong quá trình triển khai thực hiện', 12)).toBe('quan điểm chỉ đạo lớn có tính chất xuyên suốt');
    expect(capPhrase('a b c', 12)).toBe('a b c');
  });

  it('phraseBefore widens over a parenthetical and over short listed nouns', () => {
    const s = 'chỉ số OSI (chỉ số dịch vụ trực tuyến) của tỉnh đạt 0,8';
    expect(phraseBefore(s, 0, s.indexOf('0,8'))).toBe('chỉ số OSI (chỉ số dịch vụ trực tuyến) của tỉnh đạt ');
    const t = 'trong đó, các sở, ngành có 70%';
    expect(phraseBefore(t, 0, t.indexOf('70%'))).toBe(' các sở, ngành có ');
  });

  it('framePhrase reads the last "về X" before a number', () => {
    expect(framePhrase('Về xếp hạng chính phủ điện tử, năm 2023, tỉnh')).toBe('xếp hạng chính phủ điện tử');
    expect(framePhrase('Về kinh tế số, theo báo cáo về chỉ số đổi mới sáng tạo năm 2023: tỉnh')).toBe('chỉ số đổi mới sáng tạo');
  });

  it('rankField reads the field a rank is counted in', () => {
    expect(rankField(' trong khu vực Đông Nam Á, tăng 2 bậc')).toBe('trong khu vực Đông Nam Á');
    expect(rankField(' trong năm 2024')).toBe('');
  });

  it('fullerName finds the fuller name of a bare classifier written before it', () => {
    expect(fullerName('Phát triển hợp tác xã nông nghiệp đạt', 'hợp tác xã')).toBe('');
    expect(fullerName('Triển khai dịch vụ công thiết yếu', 'dịch vụ')).toBe('dịch vụ công thiết yếu');
    expect(fullerName('mô hình Tổ công nghệ số cộng đồng phát huy hiệu quả với', 'tổ')).toBe('Tổ công nghệ số cộng đồng');
  });
});

describe('subjectFor', () => {
  it('subjectFor names what a count counts, after the number', () => {
    expect(subjects('Tỉnh đã cấp 1,2 triệu thẻ căn cước gắn chip; có 12 huyện đã hoàn thành.')).toEqual(['thẻ căn cước gắn chip', 'huyện đã hoàn thành']);
    expect(subjects('Có 18/20 sở, ngành và 150/160 xã đã kết nối.')).toEqual(['sở, ngành', 'xã đã kết nối']);
  });

  it('subjectFor names a share by its whole after it, or from "tỷ lệ" before it', () => {
    expect(subjects('đạt 90% dịch vụ công trực tuyến toàn trình, 60% dân số trưởng thành')).toEqual(['dịch vụ công trực tuyến toàn trình', 'dân số trưởng thành']);
    expect(subjects('Tỉnh có tỷ lệ hồ sơ trực tuyến đạt 55%.')).toEqual(['tỷ lệ hồ sơ trực tuyến']);
    expect(subjects('Kinh tế số chiếm tỷ trọng 15% trong GDP.')).toEqual(['tỷ trọng trong GDP']);
  });

  it('subjectFor gives an elliptical number the subject before it', () => {
    expect(subjects('Doanh thu phần mềm đạt 20 tỷ USD, tăng 15%.')).toEqual(['Doanh thu phần mềm', 'Doanh thu phần mềm']);
    expect(subjects('Giao dịch trực tuyến đạt 3 triệu, tăng gấp 4 lần.')).toEqual(['Giao dịch trực tuyến', 'Giao dịch trực tuyến']);
  });

  it('subjectFor reads values listed in a parenthesis as values of the phrase before it', () => {
    expect(subjects('tốc độ tăng trưởng thương mại điện tử (2021 đạt 25%, 2022 đạt 20%)')).toEqual([
      'tốc độ tăng trưởng thương mại điện tử', 'tốc độ tăng trưởng thương mại điện tử',
    ]);
  });

  it('subjectFor names a rank by what is ranked, the "về" frame, another country, or the field', () => {
    expect(subjects('Về xếp hạng chính phủ điện tử, Indonesia xếp thứ 4, Việt Nam 6.')).toEqual(['Indonesia', 'xếp hạng chính phủ điện tử']);
    expect(subjects('chỉ số OSI của tỉnh xếp thứ 12/63.')).toEqual(['chỉ số OSI của tỉnh']);
    expect(subjects('Việt Nam đứng thứ 5 trong khu vực Đông Nam Á.')).toEqual(['Việt Nam trong khu vực Đông Nam Á']);
  });

  it('subjectFor takes the fuller name of a bare classifier', () => {
    expect(subjects('Phát triển doanh nghiệp công nghệ số đạt 1.200 doanh nghiệp.')).toEqual(['doanh nghiệp công nghệ số']);
  });
});
