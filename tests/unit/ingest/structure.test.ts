import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { inBandDefinition, isEnumerator, isLeadIn, isListedGroupSize, isListItem, isScaleBound, isSetSize, isStructureCount } from '../../../scripts/ingest/structure';

const at = (s: string, raw: string, from = 0) => s.indexOf(raw, from);

describe('isEnumerator', () => {
  it.each([
    ['1. Phát triển hạ tầng', '1'], ['2) Hoàn thiện thể chế', '2'], ['(3) nâng cao nhận thức', '3'],
    ['1.2. Chính phủ số', '1.2'], ['Nhiệm vụ: 1) rà soát; 2) triển khai', '2'], ['- 4. cuối cùng', '4'],
    ['gồm: (1) dữ liệu; (2) nền tảng', '2'], ['• 5) kết nối', '5'],
  ])('%j: %s is a list marker', (s, raw) => {
    expect(isEnumerator(s, at(s, raw), raw)).toBe(true);
  });
  it.each([
    ['Có 1.250 dịch vụ', '1.250'], ['đạt 12. Năm sau', '12'], ['tăng 5 bậc (2 hạng)', '2'], ['năm 2023 (25)', '25'],
    ['Tỉnh có 3) ba', '3'],
  ])('%j: %s is a quantity', (s, raw) => {
    expect(isEnumerator(s, at(s, raw), raw)).toBe(false);
  });
});

describe('isScaleBound / inBandDefinition', () => {
  it.each([
    ['chấm theo thang điểm từ ', '0 đến 100'], ['trên thang điểm ', '10'], ['thang đo ', '1-5'],
    ['mức ', '1 đến mức 5'], ['từ cấp ', '1 - 4'],
  ])('%j + %j is a bound', (before, after) => {
    expect(isScaleBound(before.toLowerCase(), after.slice(after.search(/\D/)))).toBe(true);
  });
  it.each([['đạt ', '80%'], ['ở mức ', '5 nghìn'], ['tăng ', '5 bậc']])('%j + %j is no bound', (before, after) => {
    expect(isScaleBound(before, after.slice(after.search(/\D/)))).toBe(false);
  });
  it('the numbers inside the bracket that defines a classification\'s bands are bounds', () => {
    const s = 'EGDI được chia làm 04 mức (Rất cao: lớn hơn 0,75; Cao: từ 0,5 đến 0,75). Việt Nam đạt 0,7709.';
    expect(inBandDefinition(s, at(s, '0,5'))).toBe(true);
    expect(inBandDefinition(s, at(s, '0,7709'))).toBe(false);
    expect(inBandDefinition('Doanh thu (tăng 5%) đạt 10 tỷ.', 12)).toBe(false);
  });
});

describe('isListItem / isLeadIn', () => {
  it.each(['- 100% xã có cáp quang', '+ Kinh tế số', '• Dữ liệu', '1. Thể chế', '2) Hạ tầng', '(3) Nhân lực', 'a) Chính phủ số', 'Thứ nhất, hoàn thiện thể chế', 'thứ hai: dữ liệu', 'Một là, nhận thức'])(
    '%j is a list item', (p) => expect(isListItem(p)).toBe(true),
  );
  it.each(['Năm 2024, tỉnh có 12 nền tảng.', '100% xã có cáp quang.', 'Thứ trưởng phát biểu.'])('%j is no list item', (p) => expect(isListItem(p)).toBe(false));
  it('a lead-in ends with ":"', () => {
    expect(isLeadIn('Mục tiêu đến năm 2025 như sau:')).toBe(true);
    expect(isLeadIn('Tỉnh có 12 nền tảng.')).toBe(false);
  });
});

describe('isStructureCount', () => {
  const texts = (s: string) => findNumbers(s).map((n) => n.text);
  it('levels in a list of levels, a list heading, the parts of an index and a ranked group\'s size are structure', () => {
    expect(isStructureCount('dịch vụ công mức độ 3, ', ' được cung cấp')).toBe(true);
    expect(isStructureCount('danh sách. tốp ', ' địa phương có chỉ số cao nhất gồm:')).toBe(true);
    expect(isStructureCount('tỉnh nằm trong tốp ', ' địa phương')).toBe(false);
    expect(isStructureCount('đến năm 2030 sẽ vào nhóm top ', ' nước dẫn đầu thế giới')).toBe(false); // round 16: a rank bound after 'nhóm top'
    expect(isStructureCount('phải thuộc nhóm tốp ', ' toàn cầu')).toBe(false);
    expect(isStructureCount('đứng đầu cả ', ' trụ cột của chỉ số')).toBe(true);
    expect(isStructureCount('có ', ' sở dẫn đầu, gồm: Sở Tài chính')).toBe(true);
    expect(isStructureCount('', ' huyện có tỷ lệ thấp nhất là')).toBe(true);
    expect(isStructureCount('theo báo cáo, ', ' thị trường nhập khẩu lớn nhất của tỉnh là Nhật Bản; Hàn Quốc')).toBe(true);
  });

  it('a group named "nhóm", places in a ranking and a ranking table\'s field are the sizes of sets, not claims', () => {
    expect(isSetSize('trong ', ' trường đại học có điểm cao')).toBe(false);
    expect(isSetSize('xét riêng nhóm ', ' ngân hàng thương mại nhà nước')).toBe(true);
    expect(isSetSize('thành phố nằm trong nhóm ', ' địa phương có thu ngân sách lớn nhất')).toBe(false);
    expect(isSetSize('ba tỉnh thuộc nhóm ', ' tỉnh có tốc độ tăng cao')).toBe(false);
    expect(isSetSize('', ' vị trí cuối cùng thuộc về các tỉnh miền núi')).toBe(true);
    expect(isSetSize('năm nay tỉnh tăng ', ' vị trí so với năm trước')).toBe(false);
    expect(isSetSize('đứng thứ 9 trong bảng xếp hạng ', ' quốc gia tham gia')).toBe(true);
    expect(isSetSize('đứng thứ 9 trong bảng xếp hạng ', ' điểm')).toBe(false);
    expect(isSetSize('theo đó, trong số ', ' quốc gia được khảo sát, singapore dẫn đầu với')).toBe(true);
    expect(isSetSize('năm nay trong số ', ' tỉnh, thành phố, đà nẵng đứng đầu')).toBe(true);
    expect(isSetSize('đà nẵng là một trong số ', ' tỉnh, thành phố dẫn đầu')).toBe(false);
    expect(isSetSize('tỉnh là 1 trong số ', ' địa phương dẫn đầu')).toBe(false);
    expect(isSetSize('trong số ', ' tỉnh, có 20 tỉnh đạt trên 50%')).toBe(false);
    expect(texts('Xét nhóm 12 trường đại học, 3 vị trí đầu thuộc về A, B và C; tỷ lệ đạt 64%.')).toEqual(['64%']);
    expect(texts('Thành phố xếp thứ 9 trong bảng xếp hạng 34 tỉnh, thành phố, tăng 3 vị trí.')).toEqual(['9', '3 vị trí']); // kept: a rank move (implied-units.ts)
  });

  it('a group whose names are listed, then where they are, counts the names', () => {
    expect(isListedGroupSize('Tỉnh cùng với ', ' huyện: Mỹ Tú, Long Phú, Cù Lao Dung tại phía đông có tỷ lệ cao', 3)).toBe(true);
    expect(isListedGroupSize('Tỉnh cùng với ', ' huyện: Mỹ Tú, Long Phú ở phía đông', 3)).toBe(false);
  });

  it('an ordinary count stays a claim', () => {
    expect(isStructureCount('tỉnh có ', ' dịch vụ công thiết yếu')).toBe(false);
    expect(isStructureCount('đã cấp ', ' chứng thư số. Tỉnh dẫn đầu khu vực')).toBe(false);
  });

  it('findNumbers skips them and keeps the claims beside them', () => {
    expect(texts('Các dịch vụ mức độ 2, 3 đạt 45%; Top 20 doanh nghiệp có 1.200 lao động.')).toEqual(['45%', '1.200']);
    expect(texts('Năm 2023, có 4 quận dẫn đầu, gồm: Hải Châu (81%), Thanh Khê (79%).')).toEqual(['81%', '79%']);
  });

  it('a slash rank in a bracket after a ranking is a rank of a field; a word glued to a number is read', () => {
    const [r] = findNumbers('Việt Nam giữ thứ hạng cao trong bảng xếp hạng (31/194 quốc gia).');
    expect([r?.unit, r?.value, r?.total]).toEqual(['rank', 31, 194]);
    expect(texts('Tỷ lệ năm 2023 là14,2% và đạt15% năm sau; COVID-19 qua đi.')).toEqual(['14,2%', '15%']);
  });
});

describe('isListedGroupSize', () => {
  it.each([
    ['Tỉnh là một trong 4 địa phương tăng hạng nhiều nhất từ năm 2020 (gồm: Lào Cai, Yên Bái, Hà Giang và Sơn La).', '4', true],
    ['Chỉ số gồm 3 trụ cột chính là chính quyền số, kinh tế số và xã hội số.', '3', true],
    ['Hà Nội, Đà Nẵng và Cần Thơ là 3 địa phương dẫn đầu về hạ tầng số.', '3', true],
    ['Có 2 nhóm: doanh nghiệp nhà nước và doanh nghiệp tư nhân.', '2', true],
    ['Kế hoạch đặt ra 3 mục tiêu (tỷ trọng kinh tế số đạt 20%; 80% doanh nghiệp dùng hóa đơn điện tử; 50% hộ dùng cáp quang).', '3', true],
    ['Kế hoạch đặt ra 4 mục tiêu (tỷ trọng kinh tế số đạt 20%; 80% doanh nghiệp dùng hóa đơn điện tử).', '4', false],
    ['Tỉnh có 4 địa phương tăng hạng (gồm: Lào Cai, Yên Bái và Sơn La).', '4', false],
    ['Tỉnh có 30 doanh nghiệp công nghệ số, tăng 20%.', '30', false],
    ['Năm 2023, 5 doanh nghiệp là đơn vị cung cấp dịch vụ chứng thực.', '5', false],
    ['Toàn tỉnh có 3 huyện đạt chuẩn là Châu Thành, Long Mỹ.', '3', false],
  ] as const)('a count is no figure exactly when it counts the names listed with it: %j', (s, n, listed) => {
    const p = s.indexOf(n);
    expect(isListedGroupSize(s.slice(0, p), s.slice(p + n.length), Number(n))).toBe(listed);
  });
});

describe('parts an index is built of or broken down by (round 23)', () => {
  it.each([
    ['bộ chỉ số được xây dựng dựa theo ', ' 48 chỉ số thành phần, chia làm 7 trụ cột'],
    ['kết quả được công bố theo ', ' 6 vùng kinh tế - xã hội của cả nước'],
    ['đánh giá dựa trên ', ' 30 tiêu chí thành phần'],
  ])('%j … %j', (before, after) => expect(isStructureCount(before, after.replace(/^\s*\d+/u, ''))).toBe(true));
  it('a count of something else stays a claim', () =>
    expect(isStructureCount('tỉnh có ', ' doanh nghiệp công nghệ số')).toBe(false));
});

describe('the others a subject is named with (round 23)', () => {
  it('"cùng với N … khác" frames the subject', () =>
    expect(findNumbers('Cùng với 7 tỉnh khác gồm A, B và C, tỉnh D cũng đã phủ sóng 100% thôn.').map((n) => n.text)).toEqual(['100%']));
  it('a partner count without "khác" stays a claim', () =>
    expect(findNumbers('Cùng với 5 doanh nghiệp, tỉnh đầu tư 20 tỷ đồng.').map((n) => n.text)).toEqual(['5', '20 tỷ đồng']));
});

describe('isStructureCount: a superlative of the next clause sizes no group (round 26a)', () => {
  it.each([
    ['Đà Nẵng có số hồ sơ cao nhất với 52.300 hồ sơ, trong khi Lai Châu có số hồ sơ thấp nhất với 1.200 hồ sơ.', ['52.300', '1.200']],
    ['Tỉnh A dẫn đầu với 830 doanh nghiệp, còn tỉnh B đứng cuối với 12 doanh nghiệp, ít nhất vùng.', ['830', '12']],
  ])('%j keeps both figures', (s, want) => expect(findNumbers(s).map((m) => m.text)).toEqual(want));
  it('still reads "là 5 tỉnh, thành dẫn đầu" as a group\'s size', () => {
    expect(isStructureCount('là ', ' tỉnh, thành dẫn đầu cả nước')).toBe(true);
  });
});

describe('isSetListItem: things named right after their noun, as many as counted (round 26a)', () => {
  it.each([
    ['Sản phẩm được bán trên 2 sàn thương mại điện tử Tiki và Lazada.', []],
    ['Thị trường do 3 nhà mạng Viettel, VNPT và MobiFone chi phối.', []],
  ])('%j has no count', (s, want) => expect(findNumbers(s).map((m) => m.text)).toEqual(want));
  it('keeps a count whose names do not match it', () => {
    expect(findNumbers('Tỉnh có 4 khu công nghiệp Quế Võ và Yên Phong.').map((m) => m.text)).toEqual(['4']);
  });
});

describe('round 29a: a count after a tier, not a level list', () => {
  it('reads the next count of the same noun after "cấp N,"', () => {
    expect(findNumbers('Tỉnh có 30 đầu mối gồm: 12 chi nhánh NHTM cấp 1, 3 chi nhánh Ngân hàng X, 4 quỹ.').map((m) => m.text)).toEqual(['30', '12', '3', '4']);
    expect(findNumbers('Huyện có 7 trường học cấp 2 và 1 trường học dân lập.').map((m) => m.text)).toEqual(['7', '1']);
  });
  it('still drops the levels listed after "mức độ"', () => {
    expect(isStructureCount('dịch vụ công mức độ 3, ', ' được cung cấp')).toBe(true);
  });
});

describe('round 45: a count that closes a bracket is no list marker', () => {
  const texts = (s: string) => findNumbers(s).map((n) => n.text);
  it('"(… Sở Tư pháp: 38; Sở Xây dựng: 5)"', () =>
    expect(texts('Có 63 thủ tục (Sở Giáo dục: 13; Sở Tư pháp: 38; Sở Xây dựng: 5) phải nộp bản giấy.')).toEqual(['63', '13', '38', '5']));
  it('markers inside a bracket closed later stay markers', () =>
    expect(texts('Các nội dung (gồm: 1) hạ tầng; 2) dữ liệu) đã hoàn thành.')).toEqual([]));
  it('markers after a colon stay markers', () =>
    expect(texts('Kết quả: 1) hoàn thành 90% hồ sơ; 2) cấp 500 tài khoản.')).toEqual(['90%', '500']));
});
