import { namesOwnSubject } from './scripts/ingest/indicator-own-subject';
import { seriesWords } from './scripts/ingest/series-words';
import { loadIndicators } from './src/lib/lexicon';
const ind = loadIndicators('.').find((x) => x.id === 'digital-economy-grdp-share')!;
const own = seriesWords(ind); console.log([...own].join(' '));
for (const s of process.argv.slice(2)) console.log(namesOwnSubject(s.toLowerCase(), own), namesOwnSubject(s.toLowerCase()), s);
