import { readFileSync } from 'node:fs';
import { extractMetrics } from './scripts/ingest/metrics';
import { loadIndicators, loadTopics } from './src/lib/lexicon';
import { segments } from './tests/unit/ingest/metrics-support';
const lex = { indicators: loadIndicators('.'), topics: loadTopics('.') };
const ps: string[] = JSON.parse(readFileSync('/tmp/ps.json', 'utf8'));
const skip = (process.env.SKIP ?? '').split(',').filter(Boolean).map(Number);
const use = ps.filter((_, i) => !skip.includes(i));
for (const m of extractMetrics(segments(use), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh', headline: process.env.H === '1' })) console.log(m.text, m.status, m.period?.iso ?? '-', m.indicator ?? '-');
