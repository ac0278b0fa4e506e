import * as pagefind from 'pagefind';
const dir = process.argv[2]!; const out = process.argv[3]!;
let t = performance.now();
const { index } = await pagefind.createIndex({});
const a = await index!.addDirectory({ path: dir, glob: process.argv[4] ?? '**/*.html' });
console.log('add', a.page_count, ((performance.now() - t) / 1000).toFixed(2)); t = performance.now();
const w = await index!.writeFiles({ outputPath: out });
console.log('write', w.errors, ((performance.now() - t) / 1000).toFixed(2));
await pagefind.close();
