import { describe, expect, it } from 'vitest';
import { namesSibling } from '../../../scripts/ingest/concept-sibling';
import { phraseWords, tokenize } from '../../../scripts/ingest/folded-text';
import { continuedSeries, type PriorFigure } from '../../../scripts/ingest/series-carry';
import type { IndicatorQuery } from '../../../scripts/ingest/lexicon';
import { loadIndicators } from '../../../src/lib/lexicon';

const CATALOGUE = loadIndicators(new URL('../../../', import.meta.url).pathname);
const forms = ['cơ sở dữ liệu quốc gia về dân cư', 'csdl quốc gia về dân cư'].map(phraseWords);
const sibling = (s: string) => namesSibling(tokenize(s), forms);

describe('namesSibling: the head of a concept with another complement (round 9)', () => {
  it('"cơ sở dữ liệu quốc gia về đất đai" beside "… về dân cư" is a sibling', () => {
    expect(sibling('Đến nay 40 tỉnh đã kết nối với cơ sở dữ liệu quốc gia về đất đai.')).toBe(true);
    expect(sibling('Hệ thống đã kết nối với CSDL quốc gia về bảo hiểm tại 20 tỉnh.')).toBe(true);
  });
  it('the concept itself, or a sentence without its head, is none', () => {
    expect(sibling('Cơ sở dữ liệu quốc gia về dân cư đã kết nối với 30 bộ.')).toBe(false);
    expect(sibling('Đã có 30 bộ, ngành hoàn thành kết nối.')).toBe(false);
  });
  it('a short concept (fewer than four words of head) never names siblings', () => {
    expect(namesSibling(tokenize('Tỷ lệ hộ nghèo đạt 3%.'), [phraseWords('tỷ lệ hộ gia đình')])).toBe(false);
  });
});

describe('continuedSeries stops at a sibling of the series\' concept', () => {
  const count = (indicator?: string): PriorFigure => ({ unit: 'count', kind: 'count', ...(indicator ? { indicator } : {}) });
  const query = (sentence: string): IndicatorQuery => ({ clause: sentence.toLowerCase(), sentence: sentence.toLowerCase(), at: 0, unit: 'count', kind: 'count', noun: 'bộ, ngành' });
  const before = (s: string) => ({ sentence: s.toLowerCase(), item: '' });
  it('a count of bodies linked to another national database takes no population-database series', () => {
    const s = 'Tiếp đó, 52 bộ, ngành đã kết nối dữ liệu với cơ sở dữ liệu quốc gia về đất đai.';
    expect(continuedSeries(query(s), before('Tiếp đó, '), [count('residents-data-connection')], 1, CATALOGUE)).toBeUndefined();
    const t = 'Tiếp đó, 52 bộ, ngành đã kết nối dữ liệu.';
    expect(continuedSeries(query(t), before('Tiếp đó, '), [count('residents-data-connection')], 1, CATALOGUE)?.id).toBe('residents-data-connection');
  });
});
