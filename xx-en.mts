import { englishMetrics } from './tests/support/metrics-of';
for (const m of englishMetrics(process.argv.slice(2), undefined)) console.log(m.text, m.status, JSON.stringify(m.period));
