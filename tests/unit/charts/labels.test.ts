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
