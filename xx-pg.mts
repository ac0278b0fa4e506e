// usage: npx tsx /work/tmp/pg.mts <file-prefix> [number-text-filter]
import { readFileSync, readdirSync } from 'node:fs';
import { buildArticle } from '/work/main/scripts/ingest/article.ts';
import { loadIndicators, loadTopics } from '/work/main/src/lib/lexicon.ts';
const root = '/work/main';
const [prefix, filt] = process.argv.slice(2);
const f = readdirSync(root + '/tests/fixtures/real').find((x) => x.startsWith(prefix + '-') && x.endsWith('.txt'))!;
const lex = { indicators: loadIndicators(root), topics: loadTopics(root) };
const a = buildArticle(f, readFileSync(root + '/tests/fixtures/real/' + f), undefined, lex, { decode: 0, segment: 0, dates: 0, metrics: 0, entities: 0 } as any);
console.log(f, a.date);
for (const m of a.metrics as any[]) if (!filt || m.text.includes(filt)) console.log(m.text, '|', m.value, m.unit, m.status, (m.period?.iso ?? "-") + ":" + (m.period?.text ?? ""), m.indicator ?? 'none', m.confidence, '«' + m.quote.slice(0, 80) + '»');
