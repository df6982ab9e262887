// The standalone bundle for <script type="module" src="…"> users. `diplo-timeline.bundle.js`
// is a small entry that defines the elements; everything the elements need up front (Lit, the elements, the model,
// the English words) is one minified chunk beside it, and everything else (the horizontal
// axis, other languages' words, the importers, what explains broken JSON, hydration) is a chunk
// fetched only by a page that needs it. Lazy chunks import the shared chunk, never the
// entry, so a page that loads the entry with a query string (`?ver=3`, as WordPress does)
// still runs one copy of the code.
//
// Rollup bundles what `tsc` wrote to dist/src (it puts every module the entry needs into
// one chunk: `manualChunks` below), the CSS in the elements' styles is minified, and terser
// minifies each chunk.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/chunks`, { recursive: true, force: true });

const entry = `${root}dist/src/bundle.js`;
/** The editor's bundle: a producer's tool, built on its own (see below). */
const editorEntry = `${root}dist/src/editor-bundle.js`;
/**
 * The schema's descriptions are for the JSON Schema (`npm run generate`, from dist/src) and
 * editors' tooltips, not for a reader: the reader's bundle keeps the schema and drops its
 * description texts (0.7 KB gzip up front). The editor's bundle keeps them.
 */
const withoutDescriptions = {
  name: 'schema-without-descriptions',
  transform(code, id) {
    if (!id.endsWith(`${sep}model${sep}schema.js`)) return null;
    const stripped = code
      .replace(/\b(textSchema|idSchema|optionalText|webAddressSchema|v\.description)\('(?:[^'\\]|\\.)*'\)/g, "$1('')")
      .replace(/(export const DATE_DESCRIPTION =\s*)'(?:[^'\\]|\\.)*'/, "$1''");
    return { code: stripped, map: null };
  },
};
const plugins = [nodeResolve({ browser: true })];
const onwarn = (warning, warn) => {
  // Lit's and tsc's helpers read `this` at the top level of a module; it is undefined there, as intended.
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

/** The minifiers, fresh for each build. */
const minify = () => [
  // The CSS inside our css`` templates, whitespace and comments out (Lit's own plugin, with
  // LightningCSS). Not the markup in html`` templates: the server renders the same templates
  // from dist/src, and hydration knows a template by a digest of its exact text. (Minified,
  // the markup saved 0.1 KB gzip.)
  minifyHTMLLiterals({ include: [`${root}dist/src/**`], failOnError: true, options: { shouldMinify: () => false } }),
  // Two passes of terser: 0.9 KB gzip less up front than esbuild's one.
  terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
];

// First pass, Rollup's own chunking: which modules the entry needs before anything runs (those
// in the chunks it imports statically, after tree-shaking). A module that only a lazy chunk
// uses (structured data, the axis's ticks) stays out of the up-front chunk, even when it is
// reachable through a barrel like model/index.js.
const probe = await rollup({ input: entry, plugins: [...plugins, withoutDescriptions], onwarn });
const { output: probed } = await probe.generate({ format: 'esm' });
await probe.close();
const chunksByName = new Map(probed.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
const upFrontModules = new Set();
/** Where the first pass put each module: lazy modules keep those chunks in the second. */
const probeChunk = new Map();
for (const chunk of chunksByName.values()) for (const id of Object.keys(chunk.modules)) probeChunk.set(id, chunk.name);
const stack = probed.filter((item) => item.type === 'chunk' && item.isEntry).map((chunk) => chunk.fileName);
const visited = new Set();
while (stack.length) {
  const name = stack.pop();
  if (visited.has(name)) continue;
  visited.add(name);
  const chunk = chunksByName.get(name);
  if (!chunk) continue;
  for (const id of Object.keys(chunk.modules)) upFrontModules.add(id);
  stack.push(...chunk.imports);
}

const bundle = await rollup({
  input: { 'diplo-timeline.bundle': entry },
  plugins: [...plugins, withoutDescriptions, ...minify()],
  onwarn,
});
await bundle.write({
  dir: `${root}dist`,
  format: 'esm',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  // Everything the entry needs up front in one chunk beside it (one request, and one file
  // compresses better than many). The entry module stays in the entry file: it may wait for
  // hydration support (a lazy chunk that imports the shared one), and a chunk waiting on its
  // own importer would hang. Every other module is named for the chunk the first pass gave
  // it: Rollup moves a manual chunk's unassigned dependencies into it, which would pull the
  // lazy ones (reached through model/index.js) up front.
  manualChunks: (id) => (id === entry ? undefined : upFrontModules.has(id) ? 'diplo-timeline' : probeChunk.get(id)),
});
await bundle.close();

// The editor: a build of its own, so the reader's files stay byte for byte what they are (a
// shared chunk would export more names for the editor's sake). It carries its own copy of Lit
// and the elements; a page with both bundles defines each element once.
const editorBundle = await rollup({ input: { 'diplo-timeline-editor.bundle': editorEntry }, plugins: [...plugins, ...minify()], onwarn });
await editorBundle.write({ dir: `${root}dist`, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/editor-[name]-[hash].js' });
await editorBundle.close();

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
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+)["']/g)) {
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
console.log(`up front: ${kb(total)} gzip (elements, model, English words)`);
const editor = upFront('diplo-timeline-editor.bundle.js');
let editorTotal = 0;
for (const file of editor) editorTotal += size(`dist/${file}`).gzip;
console.log(`editor: ${kb(editorTotal)} gzip up front (dist/diplo-timeline-editor.bundle.js, a build of its own)`);
for (const name of readdirSync(`${root}dist/chunks`).sort()) {
  if (eager.has(`chunks/${name}`)) continue;
  const chunk = size(`dist/chunks/${name}`);
  console.log(`dist/chunks/${name}  ${kb(chunk.raw)} raw, ${kb(chunk.gzip)} gzip (${name.startsWith('editor-') ? 'editor, ' : ''}${editor.has(`chunks/${name}`) ? 'up front' : 'on demand'})`);
}
