import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const [,, entry] = process.argv;
const seen = new Map();
function walk(file) {
  if (seen.has(file)) return;
  const src = readFileSync(`dist/_astro/${file}`);
  seen.set(file, gzipSync(src).length);
  const text = src.toString();
  for (const m of text.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) walk(m[1]);
}
walk(entry);
let total = 0;
for (const [f, n] of [...seen].sort((a, b) => b[1] - a[1])) { total += n; console.log(n, f); }
console.log('total', total);
