import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const W = Number(process.argv[3] ?? 1000) * 1000;
const nodes = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
const grp = (n: any) => { const u: string = n.callFrame.url; const f = n.callFrame.functionName;
  if (!u) return f.startsWith('(') ? f : '(native)';
  const m = /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(u); if (m) return m[1];
  if (u.startsWith('node:')) return 'node';
  return u.replace(/^.*project\//, '').replace(/^file:\/\//,'').slice(0, 50); };
let t = p.startTime; const wins = new Map<number, Map<string, number>>();
p.samples.forEach((id: number, i: number) => { t += p.timeDeltas[i]; const w = Math.floor((t - p.startTime) / W);
  const g = grp(nodes.get(id)); const m = wins.get(w) ?? new Map(); m.set(g, (m.get(g) ?? 0) + p.timeDeltas[i] / 1000); wins.set(w, m); });
for (const [w, m] of [...wins].sort((a, b) => a[0] - b[0])) {
  console.log(String(w * W / 1e6).padStart(5), [...m].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([g, v]) => `${g} ${(v).toFixed(0)}`).join(' | '));
}
