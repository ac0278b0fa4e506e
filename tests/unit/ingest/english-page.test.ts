/** Round 35: telling an English page from a Vietnamese one (paragraphs written for the test). */
import { describe, expect, it } from 'vitest';
import { isEnglishPage } from '../../../scripts/ingest/english-page';

describe('isEnglishPage', () => {
  it('reads English prose as English, with or without a comma-grouped number', () => {
    expect(isEnglishPage(['The province opened 42 new public services this year, and the share of online dossiers was 61.5 per cent.', 'It ranked 7th among the northern localities, up 3 places from the previous edition.'])).toBe(true);
    expect(isEnglishPage(['Mobile payments rose by 12,400 transactions in March.', 'Most of the growth came from small shops that accept QR codes, according to the central bank, which has urged banks to cut fees.'])).toBe(true);
  });
  it('reads Vietnamese prose as Vietnamese, even when it quotes English names and abbreviations', () => {
    expect(isEnglishPage(['Năm 2024, tỉnh có 1.250 doanh nghiệp công nghệ số, tăng 8,5% so với năm 2023.', 'Chỉ số chuyển đổi số (Digital Transformation Index – DTI) của tỉnh xếp thứ 12/63.'])).toBe(false);
    expect(isEnglishPage(['Theo báo cáo "State of the Internet" và "Index of Digital Readiness for the Region", Việt Nam có 78 triệu người dùng mạng, tỷ lệ thuê bao băng rộng đạt 85%, số tài khoản thanh toán tăng mạnh trong năm qua ở hầu hết các tỉnh thành.'])).toBe(false);
  });
  it('reads too short a text as Vietnamese', () => {
    expect(isEnglishPage(['Photo: the office of the department'])).toBe(false);
  });
});
