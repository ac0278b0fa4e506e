import { describe, expect, it } from 'vitest';
import { handTypedNumbers, parseStepText, refNames } from '../../../src/lib/stories-text';

describe('parseStepText', () => {
  it('parseStepText(text) splits words, values and periods', () => {
    expect(parseStepText('Đến {cards:period}, cấp {cards} thẻ.')).toEqual([
      { kind: 'text', text: 'Đến ' },
      { kind: 'ref', name: 'cards', field: 'period' },
      { kind: 'text', text: ', cấp ' },
      { kind: 'ref', name: 'cards', field: 'value' },
      { kind: 'text', text: ' thẻ.' },
    ]);
  });
  it('parseStepText(text) throws on a brace that is not a placeholder', () => {
    expect(() => parseStepText('Có {Cards} thẻ')).toThrow(/stray brace/);
    expect(() => parseStepText('Có {cards:year} thẻ')).toThrow(/stray brace/);
  });
});

describe('refNames', () => {
  it('refNames(text) lists each quoted reference once, in order', () => {
    expect(refNames('{b} và {a:period}, {b}')).toEqual(['b', 'a']);
  });
});

describe('handTypedNumbers', () => {
  it('handTypedNumbers(text) finds digits outside placeholders', () => {
    expect(handTypedNumbers('Cấp {cards} thẻ, tăng 26 lần năm 2023.')).toEqual(['26', '2023.']);
    expect(handTypedNumbers('Cấp {cards} thẻ.')).toEqual([]);
  });
  it('handTypedNumbers(text, names) allows proper names with digits', () => {
    expect(handTypedNumbers('Nhiệm vụ của Đề án 06: {tasks}.', ['Đề án 06'])).toEqual([]);
    expect(handTypedNumbers('Nhiệm vụ của Đề án 06: {tasks}.')).toEqual(['06:']);
  });
});
