import { describe, expect, it } from 'vitest';
import { isPointerSubject, metricLabel, subjectLabel } from '../../../src/lib/labels';
import { lookup, organisationIn, roleIn, subjectIn } from '../../../src/lib/glossary';
import type { Indicator } from '../../../src/schemas/lexicon';
import type { Glossary } from '../../../src/schemas/glossary';

const g: Glossary = {
  roles: [
    { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    { vi: 'Chủ tịch', en: 'Chair', head: true },
    { vi: 'Phó Chủ tịch', en: 'Vice-Chair', head: true },
  ],
  organisations: [{ vi: 'Ủy ban Quốc gia về chuyển đổi số', en: 'the National Committee on Digital Transformation' }, { vi: 'Bộ Y tế', en: 'the Ministry of Health' }],
  subjects: [{ vi: 'nhiệm vụ*', en: 'tasks' }, { vi: 'nhiệm vụ của Đề án 06*', en: 'Project 06 tasks' }, { vi: 'tiêu chí', en: 'criteria' }],
};
const ind = { id: 'x', label: { vi: 'Tỷ lệ hồ sơ trực tuyến', en: 'Share of applications online' } } as Indicator;

describe('glossary lookups', () => {
  it('lookup matches whole entries ignoring case and spacing, and prefixes only when asked', () => {
    expect(lookup(g.subjects, '  Tiêu  chí ')?.en).toBe('criteria');
    expect(lookup(g.subjects, 'nhiệm vụ chung')).toBeUndefined();
    expect(lookup(g.subjects, 'nhiệm vụ chung', true)?.en).toBe('tasks');
    expect(lookup(g.subjects, 'nhiệm vụ của Đề án 06 đã xong', true)?.en).toBe('Project 06 tasks');
  });
  it('roleIn translates office by office, composing a head with an organisation', () => {
    expect(roleIn('Thủ tướng Chính phủ, Chủ tịch Ủy ban quốc gia về chuyển đổi số', 'en', g))
      .toEqual({ text: 'Prime Minister, Chair of the National Committee on Digital Transformation', lang: 'en' });
    expect(roleIn('Phó Chủ tịch Bộ Y tế', 'en', g).text).toBe('Vice-Chair of the Ministry of Health');
  });
  it('roleIn keeps a role with any unknown office in Vietnamese, marked vi', () => {
    expect(roleIn('Thủ tướng Chính phủ, Giám đốc Sở X', 'en', g)).toEqual({ text: 'Thủ tướng Chính phủ, Giám đốc Sở X', lang: 'vi' });
    expect(roleIn('Thủ tướng Chính phủ', 'vi', g)).toEqual({ text: 'Thủ tướng Chính phủ', lang: 'vi' });
  });
  it('organisationIn drops the article; unknown names stay Vietnamese', () => {
    expect(organisationIn('Bộ Y tế', 'en', g)).toEqual({ text: 'Ministry of Health', lang: 'en' });
    expect(organisationIn('Sở Y tế Hà Nội', 'en', g)).toEqual({ text: 'Sở Y tế Hà Nội', lang: 'vi' });
  });
  it('subjectIn uses subject patterns in English only', () => {
    expect(subjectIn('nhiệm vụ cụ thể', 'en', g)).toEqual({ text: 'tasks', lang: 'en' });
    expect(subjectIn('nhiệm vụ cụ thể', 'vi', g)).toEqual({ text: 'nhiệm vụ cụ thể', lang: 'vi' });
  });
  it('the repository glossary loads and translates every role of a Prime Minister', () => {
    expect(roleIn('Ủy viên Bộ Chính trị, Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số', 'en').lang).toBe('en');
  });
});

describe('metricLabel', () => {
  it('metricLabel prefers the indicator label in the page language', () => {
    expect(metricLabel({ indicator: 'x', subject: 'hồ sơ' }, 'en', [ind])).toEqual({ text: 'Share of applications online', lang: 'en' });
    expect(metricLabel({ indicator: 'x', subject: 'hồ sơ' }, 'vi', [ind])).toEqual({ text: 'Tỷ lệ hồ sơ trực tuyến', lang: 'vi' });
  });
  it('metricLabel falls back to a glossary subject, then the Vietnamese subject marked vi', () => {
    expect(metricLabel({ subject: 'nhiệm vụ chung' }, 'en', [])).toEqual({ text: 'tasks', lang: 'en' });
    expect(metricLabel({ subject: 'xã đạt chuẩn nông thôn mới kiểu mẫu' }, 'en', [])).toEqual({ text: 'xã đạt chuẩn nông thôn mới kiểu mẫu', lang: 'vi' });
  });
  it('metricLabel gives nothing for an empty or pointing subject', () => {
    expect(metricLabel({ subject: 'chỉ số này' }, 'vi', [])).toBeUndefined();
    expect(metricLabel({ subject: ' ' }, 'en', [])).toBeUndefined();
  });
  it('isPointerSubject tells pointers from subjects that merely contain the words', () => {
    expect(isPointerSubject('mức đó')).toBe(true);
    expect(isPointerSubject('con số nói trên')).toBe(true);
    expect(isPointerSubject('doanh nghiệp trên địa bàn')).toBe(false);
    expect(isPointerSubject('tỷ lệ hài lòng')).toBe(false);
  });
});

describe('subjectLabel', () => {
  it('subjectLabel keeps the subject on Vietnamese pages and uses the indicator on English ones when the glossary lacks it', () => {
    expect(subjectLabel({ indicator: 'x', subject: 'hồ sơ xyz' }, 'vi', [ind])).toEqual({ text: 'hồ sơ xyz', lang: 'vi' });
    expect(subjectLabel({ indicator: 'x', subject: 'hồ sơ xyz' }, 'en', [ind])).toEqual({ text: 'Share of applications online', lang: 'en' });
    expect(subjectLabel({ subject: 'hồ sơ xyz' }, 'en', [ind])).toEqual({ text: 'hồ sơ xyz', lang: 'vi' });
  });
});
