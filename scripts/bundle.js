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
  entryPoints: { 'diplo-timeline.bundle': 'src/index.ts' },
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
const main = size('dist/diplo-timeline.bundle.js');
console.log(`dist/diplo-timeline.bundle.js  ${kb(main.raw)} raw, ${kb(main.gzip)} gzip (elements, model, English)`);
for (const name of readdirSync(`${root}dist/chunks`).sort()) {
  const chunk = size(`dist/chunks/${name}`);
  console.log(`dist/chunks/${name}  ${kb(chunk.raw)} raw, ${kb(chunk.gzip)} gzip (on demand)`);
}
