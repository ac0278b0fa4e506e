import { extractMetrics } from './scripts/ingest/metrics';
import { loadIndicators, loadTopics } from './src/lib/lexicon';
import { segments } from './tests/unit/ingest/metrics-support';
const lex = { indicators: loadIndicators('.'), topics: loadTopics('.') };
for (const m of extractMetrics(segments(process.argv.slice(2)), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh', headline: false })) console.log(m.text, m.unit, m.kind, m.status, m.indicator ?? '-');
