import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addressed, applyReview } from '../../../scripts/ingest/review';
import { editorialEntry, pendingReviews, reviewReport } from '../../../scripts/ingest/review-report';
import { readEditorial } from '../../../scripts/ingest/run';
import { editorialSchema } from '../../../src/schemas/editorial';
import { article, metric } from '../lib/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'cds-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const Q = 'Năm 2024, tỉnh có 12 doanh nghiệp và 5 nền tảng số.';
const low = metric({ id: 'm-0000000b', value: 5, text: '5', quote: Q, offset: 37, confidence: 'low', reasons: ['weak-indicator-match'] });

describe('editorial reviews of metrics', () => {
  it('always need a reason: an entry without one fails, naming the file and the entry', () => {
    writeFileSync(join(tmp, 'editorial.yaml'), 'a.txt:\n  metrics:\n    - quote: "tỉnh có 12 doanh nghiệp"\n      action: reject\n');
    expect(() => readEditorial(tmp)).toThrow(/editorial\.yaml: a\.txt\.metrics\.0\.reason: /);
  });

  it('a correct entry must set a field', () => {
    const r = editorialSchema.safeParse({ 'a.txt': { metrics: [{ quote: 'tỉnh có 12 doanh nghiệp', action: 'correct', reason: 'Needs a field.' }] } });
    expect(r.success).toBe(false);
  });

  it('addresses a number by a fragment of its sentence, and by its text when the fragment holds several', () => {
    const high = metric({ id: 'm-0000000a', value: 12, text: '12', quote: Q, offset: 18 });
    expect(addressed({ quote: 'có 12 doanh' }, [high, low])).toEqual([high]);
    expect(addressed({ quote: 'Năm 2024, tỉnh', text: '5' }, [high, low])).toEqual([low]);
    expect(addressed({ quote: 'Năm 2024, tỉnh' }, [high, low])).toHaveLength(2);
  });

  it('a correction sets indicator, status, period, value and direction, with the reason', () => {
    const c = applyReview(low, { quote: 'x'.repeat(8), action: 'correct', indicator: 'platforms', status: 'estimate', period: { iso: '2024', precision: 'year' }, value: -5, direction: 'down', reason: 'Read again in the source.' });
    expect(c).toMatchObject({ review: 'corrected', indicator: 'platforms', status: 'estimate', period: { iso: '2024' }, value: -5, direction: 'down', reviewReason: 'Read again in the source.' });
  });
});

describe('npm run review', () => {
  const a = { ...article({ sourceFile: 'a.txt', metrics: [metric({ text: '12', quote: Q, offset: 18 }), low] }), body: [{ kind: 'paragraph' as const, text: Q, offset: 0 }] };

  it('lists each low-confidence number with its sentence, reasons and a ready-to-paste entry that validates', () => {
    expect(pendingReviews([a]).map((p) => p.metric.id)).toEqual(['m-0000000b']);
    const text = reviewReport([a]);
    expect(text).toContain('seeds/a.txt · m-0000000b · "5"');
    expect(text).toContain(`sentence: ${Q}`);
    expect(text).toContain('reasons:  weak-indicator-match');
    const entry = parse(editorialEntry('a.txt', low, 0));
    expect(editorialSchema.safeParse(entry).success).toBe(true);
    expect(addressed(entry['a.txt'].metrics[0], a.metrics)).toEqual([low]);
  });

  it('says so when nothing waits for review', () => {
    expect(reviewReport([{ ...article(), body: [] }])).toMatch(/^Nothing to review/);
  });
});
