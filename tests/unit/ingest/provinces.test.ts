import { describe, expect, it } from 'vitest';
import { PROVINCES_34, PROVINCES_63, PROVINCE_ALIASES, PROVINCE_NAMES, PROVINCE_PATTERN, canonicalProvince, escapeRegExp } from '../../../scripts/ingest/provinces';

describe('provinces data', () => {
  it('PROVINCES_63 lists 63 distinct units and PROVINCES_34 lists 34', () => {
    expect(new Set(PROVINCES_63).size).toBe(63);
    expect(PROVINCES_63).toHaveLength(63);
    expect(new Set(PROVINCES_34).size).toBe(34);
    expect(PROVINCES_34).toHaveLength(34);
  });

  it('PROVINCES_34 names are all pre-2025 names except the city of Huế', () => {
    expect(PROVINCES_34.filter((p) => !PROVINCES_63.includes(p))).toEqual(['Huế']);
  });

  it('PROVINCE_ALIASES all point to a canonical name', () => {
    for (const target of Object.values(PROVINCE_ALIASES)) expect(PROVINCES_63.includes(target) || PROVINCES_34.includes(target), target).toBe(true);
  });

  it('PROVINCE_NAMES is longest first and NFC', () => {
    for (let i = 1; i < PROVINCE_NAMES.length; i++) expect(PROVINCE_NAMES[i - 1]!.length).toBeGreaterThanOrEqual(PROVINCE_NAMES[i]!.length);
    for (const n of PROVINCE_NAMES) expect(n).toBe(n.normalize('NFC'));
  });
});

describe('canonicalProvince', () => {
  it('canonicalProvince returns canonical names for names, aliases and other cases', () => {
    expect(canonicalProvince('Lào Cai')).toBe('Lào Cai');
    expect(canonicalProvince('LÀO CAI')).toBe('Lào Cai');
    expect(canonicalProvince('HÀ NỘI')).toBe('Hà Nội');
    expect(canonicalProvince('TP.HCM')).toBe('Thành phố Hồ Chí Minh');
    expect(canonicalProvince('Khánh Hoà')).toBe('Khánh Hòa');
    expect(canonicalProvince('  Vĩnh   Phúc ')).toBe('Vĩnh Phúc');
    expect(canonicalProvince('Vĩnh Phúc'.normalize('NFD'))).toBe('Vĩnh Phúc');
  });

  it('canonicalProvince returns undefined for non-provinces', () => {
    for (const s of ['Chính phủ', 'Việt Nam', '63 tỉnh', 'Lào', 'TCCS', '']) expect(canonicalProvince(s), s).toBeUndefined();
  });
});

describe('escapeRegExp and PROVINCE_PATTERN', () => {
  it('escapeRegExp makes every special character literal', () => {
    const s = 'TP. (HCM) [x]+y*?^$|{1}\\';
    expect(new RegExp(`^${escapeRegExp(s)}$`).test(s)).toBe(true);
    expect(new RegExp(escapeRegExp('TP.')).test('TPX')).toBe(false);
  });
  it('PROVINCE_PATTERN matches a province by its whole name only', () => {
    const re = new RegExp(`^(?:${PROVINCE_PATTERN})$`, 'u');
    expect(re.test('Lào Cai')).toBe(true);
    expect(re.test('Lào')).toBe(false);
  });
});
