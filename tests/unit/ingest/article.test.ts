import { describe, expect, it } from 'vitest';
import { buildArticle, isAttendance, slugFor, summaryOf } from '../../../scripts/ingest/article';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import { articleSchema } from '../../../src/schemas/article';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
const times = () => ({ decode: 0, segment: 0, dates: 0, metrics: 0, entities: 0 });
const build = (text: string | Uint8Array, editorial?: Parameters<typeof buildArticle>[2]) =>
  buildArticle('x.txt', typeof text === 'string' ? new TextEncoder().encode(text) : text, editorial, lex, times());

const SEED = 'Tỉnh đẩy mạnh chuyển đổi số\n\n27/04/2024\n\nSáng 27/4, tỉnh tổ chức hội nghị về chuyển đổi số. Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 55%.\n\nNguồn: baotinh.vn\n';

describe('slugFor / isAttendance / summaryOf', () => {
  it('slugFor makes a readable ASCII slug cut at a word', () => {
    expect(slugFor('Đề án 06: định danh điện tử')).toBe('de-an-06-dinh-danh-dien-tu');
    expect(slugFor('a'.repeat(30) + ' ' + 'b'.repeat(40))).toBe('a'.repeat(30));
    expect(slugFor('!!!')).toBe('bai-viet');
  });

  it('isAttendance recognises a list of who attended', () => {
    expect(isAttendance('Cùng dự có lãnh đạo các sở, ngành của tỉnh.')).toBe(true);
    expect(isAttendance('Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh dự và chủ trì hội nghị tại điểm cầu tỉnh.')).toBe(true);
    expect(isAttendance('Theo báo cáo, tỉnh đạt nhiều kết quả.')).toBe(false);
  });

  it('summaryOf takes two sentences of the first long paragraph that is not an attendance list', () => {
    const p = (text: string) => ({ text, offset: 0 });
    const summary = summaryOf([
      p('Cùng dự có lãnh đạo các sở, ngành, địa phương và đại biểu các cơ quan Trung ương tại điểm cầu tỉnh.'),
      p('Theo báo cáo của Sở, năm 2024 tỉnh đạt nhiều kết quả quan trọng trong chuyển đổi số. Tỷ lệ hồ sơ trực tuyến đạt 55%. Câu ba.'),
    ]);
    expect(summary).toBe('Theo báo cáo của Sở, năm 2024 tỉnh đạt nhiều kết quả quan trọng trong chuyển đổi số. Tỷ lệ hồ sơ trực tuyến đạt 55%.');
  });
});

describe('buildArticle', () => {
  it('buildArticle turns a plain seed into a valid article', () => {
    const a = build(SEED);
    expect(articleSchema.safeParse(a).success).toBe(true);
    expect(a).toMatchObject({ title: 'Tỉnh đẩy mạnh chuyển đổi số', titleSource: 'text', date: { iso: '2024-04-27', source: 'text' } });
    expect(a.outlet).toEqual({ name: 'baotinh.vn', url: 'https://baotinh.vn' });
    expect(a.metrics.map((m) => [m.text, m.period?.iso])).toEqual([['55%', '2023']]);
  });

  it('buildArticle accepts a BOM, CRLF line ends and decomposed Unicode, with a warning each, and the same result', () => {
    const odd = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SEED.replace(/\n/g, '\r\n').normalize('NFD'))]);
    const a = build(odd);
    const plain = build(SEED);
    expect(a.warnings.join('\n')).toMatch(/byte order mark[\s\S]*CRLF[\s\S]*NFC/);
    expect({ ...a, sha256: '', warnings: [] }).toEqual({ ...plain, sha256: '', warnings: [] });
  });

  it('buildArticle builds a seed without a title line or dateline, with warnings, taking the date from the text', () => {
    const a = build('TCCS - Ngày 6-2-2025, tỉnh tổng kết năm 2024 với 12 nghị quyết được ban hành trong lĩnh vực chuyển đổi số.\n');
    expect(a.titleSource).toBe('inferred');
    expect(a.title.endsWith('…')).toBe(true);
    expect(a.date).toMatchObject({ iso: '2025-02-06', source: 'text' });
    expect(a.warnings).toEqual(expect.arrayContaining(['no title line: the text starts mid-report', 'no dateline', 'no title line and none in seeds/editorial.yaml: title taken from the first sentence']));
  });

  it('buildArticle takes no bare heading marker as the inferred title (round 32)', () => {
    const a = build('2. Kết quả thực hiện các chỉ tiêu\n\nTrong quý III, tỉnh cấp 1.200 chữ ký số cho người dân.\n');
    expect(a.titleSource).toBe('inferred');
    expect(a.title).toBe('Kết quả thực hiện các chỉ tiêu…');
  });

  it('buildArticle takes no event day opening an undated lead without an outlet mark as the report\'s date', () => {
    const a = build('Ngày 6-2-2025, diễn ra hội nghị tổng kết năm 2024 với 12 nghị quyết được ban hành trong lĩnh vực chuyển đổi số.\n');
    expect(a.date).toMatchObject({ iso: '', precision: 'unknown' });
  });

  it('buildArticle builds an article no text or editor dates, as date unknown, with one warning', () => {
    const undated = build('Tỉnh đẩy mạnh chuyển đổi số\n\nQuyết định số 06/QĐ-TTg ngày 6/1/2022 giao tỉnh 12 nhiệm vụ đến năm 2030.\n');
    expect(undated.date).toEqual({ iso: '', precision: 'unknown', source: 'text', evidence: '' });
    expect(articleSchema.safeParse(undated).success).toBe(true);
    expect(undated.warnings.filter((w) => w.includes('date'))).toEqual(['no usable date (no dateline, byline or dated lead, none in seeds/editorial.yaml): published as "date unknown"']);
    const a = build('Tỉnh đẩy mạnh chuyển đổi số\n\nTỉnh có 12 nghị quyết về chuyển đổi số.\n', { date: { iso: '2024-05', precision: 'month', reason: 'The editors know the month.' } });
    expect(a.date).toMatchObject({ iso: '2024-05', source: 'editorial' });
    expect(a.editorial).toEqual([{ field: 'date', value: '2024-05', reason: 'The editors know the month.' }]);
  });

  it('buildArticle rejects empty, binary and non-UTF-8 bytes naming the file', () => {
    expect(() => build('')).toThrow('x.txt: empty file');
    expect(() => build(new Uint8Array([0x41, 0x00, 0x42]))).toThrow('x.txt: binary file, not text');
    expect(() => build(new Uint8Array([0x41, 0x42, 0xff, 0x43]))).toThrow('x.txt: invalid UTF-8 at byte 2 (0xFF)');
  });
});
