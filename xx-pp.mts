import { readFileSync } from 'node:fs';
import { extractMetrics } from './scripts/ingest/metrics';
import { loadIndicators, loadTopics } from './src/lib/lexicon';
import { segments } from './tests/unit/ingest/metrics-support';
const lex = { indicators: loadIndicators('.'), topics: loadTopics('.') };
const ps = JSON.parse(readFileSync('/tmp/ps.json', 'utf8'));
const m = extractMetrics(segments(ps), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh', headline: false })[0]!;
console.log(ps.length, m.text, JSON.stringify(m.period), m.indicator ?? '-', (m.reasons ?? []).join(','));
