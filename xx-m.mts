import { extractMetrics } from './scripts/ingest/metrics';
import { loadIndicators, loadTopics } from './src/lib/lexicon';
import { segments } from './tests/unit/ingest/metrics-support';
const lex = { indicators: loadIndicators('.'), topics: loadTopics('.') };
const paras = process.argv.slice(2);
const y = process.env.Y ? { articleYear: Number(process.env.Y) } : {};
for (const m of extractMetrics(segments(paras), { ...y, ...lex, fallbackTopic: 'chi-dao-dieu-hanh', headline: false })) console.log(m.text, m.status, m.period ? `${m.period.iso}${m.period.isoEnd ? '..' + m.period.isoEnd : ''}/${m.period.precision} «${m.period.text}»` : 'none');
