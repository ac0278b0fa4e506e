import { isIdiom } from './scripts/ingest/number-idioms';
const s = 'chỉ số đạt 7.7/12 điểm'; const p = s.indexOf('7.7');
for (const raw of ['7.7', '7.8']) { const t = s.replace('7.7', raw); console.log(raw, isIdiom(raw, t.slice(0, p).toLowerCase(), t.slice(p + raw.length, p + raw.length + 24))); }
