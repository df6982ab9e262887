// `npm run recipes`: builds each recipe under examples/recipes/ the way its author would (its own
// package.json with pinned versions and lockfile: `npm ci`, then `npm run build`), and checks the
// page it built: every event title of the flagship is in it, and, where the recipe renders on
// the server, the declarative shadow DOM (`<template shadowrootmode`) with the list inside and the
// data after it, inside the element; then, served as it is and opened in headless Chromium, the
// element shows the events (those the server drew, hydrated) with no script error
// (scripts/recipe-browser.js). Run after `npm run build` (recipes link this package and use its
// dist/). Called by .ci/run after npm test, not by npm test.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { checkInBrowser } from './recipe-browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const recipes = join(root, 'examples/recipes');
const flagship = JSON.parse(readFileSync(join(root, 'data/korean-peninsula-2016-2019.json'), 'utf8'));
const only = process.argv.slice(2);
const ourNode = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;

/** The text of HTML as a reader sees it, near enough to find titles: tags out, entities decoded. */
const text = (html) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const npm = (dir, ...args) => execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', ASTRO_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1' } });

let failed = 0;
for (const name of readdirSync(recipes).sort()) {
  const dir = join(recipes, name);
  if (!existsSync(join(dir, 'package.json')) || (only.length && !only.includes(name))) continue;
  const started = Date.now();
  const { recipe } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  try {
    for (const tool of recipe.needs ?? []) {
      try {
        execFileSync(tool, ['version'], { stdio: 'ignore' });
      } catch {
        throw new Error(`needs ${tool} on the PATH (Debian: apt-get install ${tool}; .ci/run installs it)`);
      }
    }
    npm(dir, existsSync(join(dir, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel=error');
    npm(dir, 'run', 'build');
    // The recipe runs on every Node our package.json names (as test/node/engines.test.js asks of ours).
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    const refusing = Object.entries(lock.packages)
      .filter(([path, info]) => path && info.engines?.node && existsSync(join(dir, path)) && !semver.subset(ourNode, info.engines.node))
      .map(([path, info]) => `${path.replace(/^.*node_modules\//, '')}@${info.version} wants node ${info.engines.node}`);
    const page = readFileSync(join(dir, recipe.page), 'utf8');
    const words = text(page);
    const missing = flagship.events.map((event) => event.title).filter((title) => !words.includes(title.replace(/\s+/g, ' ')));
    const problems = [];
    // The events the server drew (a recipe's page has one timeline).
    const items = [...page.matchAll(/<li\b[^>]*\bpart="event"/g)].map((match) => match.index);
    if (missing.length) problems.push(`${String(missing.length)} event titles are not in ${recipe.page}: ${missing.slice(0, 3).join(' | ')}`);
    if (recipe.serverRendered) {
      // The element whole (a recipe's page has one): its list inside the declarative shadow
      // root, its data after that and inside the element. An HTML tool that misreads the markup
      // moves them out while the titles stay in the page (Docusaurus's minifier did, on Lit's `<?>`).
      const open = page.search(/<template\b[^>]*\bshadowrootmode="open"/);
      const close = page.indexOf('</template>', open);
      const end = page.indexOf('</diplo-timeline>', open);
      const data = page.indexOf('<script type="application/json">', close);
      if (open < 0) problems.push(`${recipe.page} has no declarative shadow DOM (<template shadowrootmode="open">)`);
      else if (!items.length || items.some((at) => at < open || at > close) || data < 0 || data > end) {
        problems.push(`${recipe.page}: the server-rendered timeline is not whole (its events inside <template shadowrootmode>, then its data, inside <diplo-timeline>)`);
      }
    }
    // A recipe that bundles the element with the site's own scripts (`bundled`) loads a script
    // (a module, or a classic script from webpack), and the site's scripts define the element; the
    // others load our standalone bundle.
    if (recipe.bundled) {
      const site = dirname(join(dir, recipe.page));
      const defines = readdirSync(site, { recursive: true })
        .filter((file) => String(file).endsWith('.js'))
        .some((file) => /\.define\(\s*["']diplo-timeline["']/.test(readFileSync(join(site, String(file)), 'utf8')));
      if (!/<script\b[^>]*\bsrc=/.test(page)) problems.push(`${recipe.page} loads no script`);
      if (!defines) problems.push(`no script built beside ${recipe.page} defines <diplo-timeline>`);
    } else if (!/<script type="module" src="[^"]*diplo-timeline\.bundle\.js"/.test(page)) problems.push(`${recipe.page} does not load the bundle`);
    if (refusing.length) problems.push(`installs packages that refuse Node ${ourNode}: ${refusing.join(', ')}`);
    if (!problems.length) {
      const serverEvents = recipe.serverRendered ? items.length : undefined;
      problems.push(...(await checkInBrowser(dirname(join(dir, recipe.page)), recipe.page.split('/').pop(), { firstTitle: flagship.events[0].title, serverEvents })));
    }
    if (problems.length) throw new Error(problems.join('\n  '));
    console.log(`recipe ${name}: ok — ${String(flagship.events.length)} titles${recipe.serverRendered ? ', server-rendered' : ''} in ${recipe.page}, shown in Chromium (${String(Math.round((Date.now() - started) / 1000))} s)`);
  } catch (error) {
    failed++;
    console.error(`recipe ${name}: FAILED\n  ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
