// The standalone bundle for <script type="module" src="…"> users: one minified file with
// Lit, the elements, the model and the English date tables; every other language's date
// tables in its own chunk beside it, fetched only by a page that needs it.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/chunks`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { 'diplo-timeline.bundle': 'src/bundle.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

const size = (path) => {
  const bytes = readFileSync(`${root}${path}`);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The files a page fetches before the elements can run: the entry and its static imports. */
function upFront(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`${root}dist/${file}`, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    upFront(new URL(match[1], `file:///${base}`).pathname.slice(1), seen);
  }
  return seen;
}

const eager = upFront('diplo-timeline.bundle.js');
let total = 0;
for (const file of eager) {
  const { raw, gzip } = size(`dist/${file}`);
  total += gzip;
  console.log(`dist/${file}  ${kb(raw)} raw, ${kb(gzip)} gzip (up front)`);
}
console.log(`up front: ${kb(total)} gzip (elements, model, English dates and words)`);
for (const name of readdirSync(`${root}dist/chunks`).sort()) {
  if (eager.has(`chunks/${name}`)) continue;
  const chunk = size(`dist/chunks/${name}`);
  console.log(`dist/chunks/${name}  ${kb(chunk.raw)} raw, ${kb(chunk.gzip)} gzip (on demand)`);
}
