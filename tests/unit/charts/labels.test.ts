import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, textWidth, thinTicks, wrapText } from '../../../src/components/charts/labels';

describe('label placement', () => {
  it('never places two labels that overlap, even for points close together', () => {
    const wishes = [0, 1, 2, 3, 4].map((i) => ({ text: `${50 + i}.350 tỷ`, x: 100 + i * 12, y: 100 + (i % 2) * 4, priority: i }));
    const placed = placeLabels(wishes, 14, { x: 0, y: 0, w: 320, h: 240 });
    expect(placed.length).toBeGreaterThan(1);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
  });

  it('keeps labels inside the bounds and off obstacles, dropping those that fit nowhere', () => {
    const placed = placeLabels([{ text: 'a long label here', x: 5, y: 5, priority: 1 }], 14, { x: 0, y: 0, w: 60, h: 40 });
    expect(placed).toEqual([]);
    const ob = { x: 40, y: 70, w: 40, h: 20 };
    const [p] = placeLabels([{ text: '48.000', x: 60, y: 92, priority: 1 }], 14, { x: 0, y: 0, w: 320, h: 240 }, [ob]);
    expect(overlaps(p!.box, ob)).toBe(false);
  });

  it('slides a long label near the edge inward, above its mark, instead of dropping it', () => {
    const bounds = { x: 0, y: 0, w: 300, h: 240 };
    const line = { x: 0, y: 116, w: 272, h: 20 }; // the chart's line, left of the mark at its height
    const [p] = placeLabels([{ text: 'khoảng 22% (6T/2024)', x: 280, y: 120, priority: 1 }], 15, bounds, [line]);
    expect(p).toBeDefined();
    expect(p!.box.x + p!.box.w).toBeLessThanOrEqual(300);
    expect(p!.box.y + p!.box.h).toBeLessThan(120);
    expect(overlaps(p!.box, line)).toBe(false);
  });

  it('puts a label that fits nowhere on one line on two (value, then period) before dropping it', () => {
    const bounds = { x: 0, y: 0, w: 300, h: 240 };
    // Walled in above and below the mark's row except for a narrow gap: too narrow for one line.
    const walls = [{ x: 0, y: 0, w: 300, h: 60 }, { x: 0, y: 60, w: 160, h: 180 }, { x: 290, y: 60, w: 10, h: 180 }];
    const wish = { text: 'khoảng 22,4% (6T đầu/2024)', x: 225, y: 140, priority: 1 };
    expect(placeLabels([wish], 15, bounds, walls)).toEqual([]);
    const [p] = placeLabels([{ ...wish, lines: ['khoảng 22,4%', '(6T đầu/2024)'] }], 15, bounds, walls);
    expect(p?.lines).toEqual(['khoảng 22,4%', '(6T đầu/2024)']);
    expect(p!.lineHeight).toBeGreaterThanOrEqual(15);
    expect(p!.box.h).toBeGreaterThan(15 * 2.2);
    expect(p!.box.w).toBeLessThanOrEqual(textWidth('(6T đầu/2024)', 15) + 4);
    for (const w of walls) expect(overlaps(p!.box, w)).toBe(false);
    expect(p!.box.x + p!.box.w).toBeLessThanOrEqual(300);
  });

  it('keeps one line when it fits, and never lets a two-line label overlap another label', () => {
    const bounds = { x: 0, y: 0, w: 300, h: 240 };
    const [one] = placeLabels([{ text: '19% (2023)', x: 150, y: 120, priority: 1, lines: ['19%', '(2023)'] }], 15, bounds);
    expect(one!.lines).toBeUndefined();
    const crowd = [0, 1, 2, 3, 4, 5].map((i) => ({ text: `${20 + i},5% (6T đầu/202${i})`, x: 40 + i * 45, y: 110 + (i % 2) * 20, priority: i, lines: [`${20 + i},5%`, `(6T đầu/202${i})`] }));
    const placed = placeLabels(crowd, 15, bounds);
    expect(placed.length).toBeGreaterThan(1);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
  });

  it('estimates wider text for wider strings', () => {
    expect(textWidth('50 tỷ USD', 14)).toBeGreaterThan(textWidth('50', 14));
  });

  it('thins year ticks so their labels do not touch, always keeping the last', () => {
    const ticks = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y, i) => ({ x: i * 30, label: String(y) }));
    const kept = thinTicks(ticks, textWidth('2024', 14), 8);
    expect(kept.at(-1)!.label).toBe('2025');
    for (let i = 1; i < kept.length; i++) expect(kept[i]!.x - kept[i - 1]!.x).toBeGreaterThanOrEqual(textWidth('2024', 14) + 8);
  });

  it('wraps words into lines no wider than asked', () => {
    const lines = wrapText('Doanh thu kinh tế số của các doanh nghiệp', 14, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(120);
  });
});
