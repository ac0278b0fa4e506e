import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../scripts/ingest/sentences';
import type { Segment } from '../../../scripts/ingest/segment';

const texts = (segs: Segment[]) => segs.map((s) => s.text);

describe('splitSentences', () => {
  const split = (s: string) => texts(splitSentences(s));

  it('splitSentences splits at . ! ? before a capital, digit or quote', () => {
    expect(split('Một câu. Hai câu! Ba câu? 63/63 tỉnh. “Trích dẫn.”')).toEqual(['Một câu.', 'Hai câu!', 'Ba câu?', '63/63 tỉnh.', '“Trích dẫn.”']);
  });

  it('splitSentences does not split before lowercase words', () => {
    expect(split('Giá trị tăng 3 lần. và còn nữa.')).toEqual(['Giá trị tăng 3 lần. và còn nữa.']);
  });

  it('splitSentences keeps abbreviations and initials', () => {
    expect(split('Ông đến TP. Hồ Chí Minh. Sau đó về.')).toEqual(['Ông đến TP. Hồ Chí Minh.', 'Sau đó về.']);
    expect(split('PGS.TS. Nguyễn Văn A phát biểu. Hội nghị kết thúc.')).toEqual(['PGS.TS. Nguyễn Văn A phát biểu.', 'Hội nghị kết thúc.']);
    expect(split('GS. Trần B và TS. Lê C dự. Xong.')).toEqual(['GS. Trần B và TS. Lê C dự.', 'Xong.']);
    expect(split('Ông Nguyễn V. A. Phạm dự họp.')).toEqual(['Ông Nguyễn V. A. Phạm dự họp.']);
    expect(split('Kết quả trong Quý I. Sang quý II tăng.')).toEqual(['Kết quả trong Quý I.', 'Sang quý II tăng.']);
    expect(split('Xếp loại nhóm A. Năm sau lên hạng.')).toEqual(['Xếp loại nhóm A.', 'Năm sau lên hạng.']);
    expect(split('Trụ sở ở P. Bến Nghé, Q. 1. Mới xây.')).toEqual(['Trụ sở ở P. Bến Nghé, Q. 1.', 'Mới xây.']);
  });

  it('splitSentences keeps decimals and version numbers whole', () => {
    expect(split('Chỉ số đạt 84,7 triệu. Tỷ lệ 43.5% và thời kỳ 4.0 được nhắc. Năm 2024 tăng 0,71.')).toEqual([
      'Chỉ số đạt 84,7 triệu.', 'Tỷ lệ 43.5% và thời kỳ 4.0 được nhắc.', 'Năm 2024 tăng 0,71.',
    ]);
  });

  it('splitSentences handles "v.v." as one word and splits after it only before a capital', () => {
    expect(split('Gồm điện, nước, v.v. và nhiều thứ.')).toEqual(['Gồm điện, nước, v.v. và nhiều thứ.']);
    expect(split('Gồm điện, nước, v.v. Sau đó bàn tiếp.')).toEqual(['Gồm điện, nước, v.v.', 'Sau đó bàn tiếp.']);
  });

  it('splitSentences splits at an ellipsis only before a capital', () => {
    expect(split('ở tất cả các tỉnh, thành… Theo đánh giá, tốt.')).toEqual(['ở tất cả các tỉnh, thành…', 'Theo đánh giá, tốt.']);
    expect(split('như Bộ Công an… trong việc thực hiện.')).toEqual(['như Bộ Công an… trong việc thực hiện.']);
    expect(split('còn 43.5%... Đoạn sau.')).toEqual(['còn 43.5%...', 'Đoạn sau.']);
    expect(split('liên ngành…\u00a0Nhấn mạnh điều này.')).toEqual(['liên ngành…', 'Nhấn mạnh điều này.']);
  });

  it('splitSentences keeps closing quotes with their sentence and quoted ellipses inside', () => {
    expect(split('Ông nói "không thận trọng nữa". Sau đó về.')).toEqual(['Ông nói "không thận trọng nữa".', 'Sau đó về.']);
    expect(split('chuyển đổi số đang “đi từng ngõ, gõ từng nhà…” và lan tỏa. Kết.')).toEqual([
      'chuyển đổi số đang “đi từng ngõ, gõ từng nhà…” và lan tỏa.', 'Kết.',
    ]);
  });

  it('splitSentences does not split at ";" nor at ".." before lowercase', () => {
    expect(split('Một ý; hai ý; Ba ý.')).toEqual(['Một ý; hai ý; Ba ý.']);
    expect(split('như Marvell, NVIDIA, SK Hynix.. đầu tư.')).toHaveLength(1);
  });

  it('splitSentences keeps the end mark "./." and a last sentence without a period', () => {
    expect(split('Kích hoạt hệ thống (Gmedical)./.')).toEqual(['Kích hoạt hệ thống (Gmedical)./.']);
    expect(split('Câu một. Câu hai không có dấu chấm')).toEqual(['Câu một.', 'Câu hai không có dấu chấm']);
  });

  it('splitSentences gives offsets relative to the input plus baseOffset', () => {
    const p = '  Câu một.   Câu hai!  ';
    const out = splitSentences(p, 100);
    expect(out).toEqual([
      { text: 'Câu một.', offset: 102 },
      { text: 'Câu hai!', offset: 113 },
    ]);
    for (const s of out) expect(p.slice(s.offset - 100, s.offset - 100 + s.text.length)).toBe(s.text);
  });

  it('splitSentences returns nothing for empty or blank input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \u00a0')).toEqual([]);
  });

  it('splitSentences splits before a bullet or an opening bracket', () => {
    expect(split('Xong phần một. (Phần hai) bắt đầu. - Ý ba.')).toEqual(['Xong phần một.', '(Phần hai) bắt đầu.', '- Ý ba.']);
  });
});

describe('splitSentences: abbreviations read from the end of the text before each dot', () => {
  it('keeps "TP. Hồ Chí Minh", "PGS.TS. Nguyễn", "Nguyễn V. A." inside a sentence, however long the paragraph', () => {
    const one = 'Đoàn công tác của TP. Hồ Chí Minh do PGS.TS. Nguyễn Văn An và ông Trần V. B. dẫn đầu đã làm việc.';
    const text = Array.from({ length: 200 }, () => one).join(' ');
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(200);
    expect(sentences[199]!.text).toBe(one);
  });

  it('a dot after a word glued to a bracket still ends a sentence', () => {
    expect(splitSentences('Tỉnh đạt 50% (xem bảng. Năm sau tăng.').map((s) => s.text)).toEqual(['Tỉnh đạt 50% (xem bảng.', 'Năm sau tăng.']);
  });
});
