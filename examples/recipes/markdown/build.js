// A plain Markdown site in three steps, as an author runs them:
// 1. the page, its data and the element's script go into the site's folder (site/);
// 2. `diplo-timeline embed` fills the page's timeline block with the timeline as HTML (an author
//    runs it on the page itself and commits the result; here it runs on the copy);
// 3. a Markdown tool turns the page into HTML in a layout: here marked (GitHub-flavoured
//    Markdown); Jekyll, MkDocs or a CMS's Markdown field does the same with the block.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { marked } from 'marked';

const dist = 'node_modules/diplo-timeline/dist';
mkdirSync('site/data', { recursive: true });
cpSync('index.md', 'site/index.md');
cpSync('node_modules/diplo-timeline/data/korean-peninsula-2016-2019.json', 'site/data/korean-peninsula.json');
cpSync(`${dist}/diplo-timeline.bundle.js`, 'site/assets/diplo-timeline.bundle.js');
cpSync(`${dist}/chunks`, 'site/assets/chunks', { recursive: true });

execFileSync('node_modules/.bin/diplo-timeline', ['embed', 'site/index.md'], { stdio: 'inherit' });

const body = marked.parse(readFileSync('site/index.md', 'utf8'));
const layout = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Korean Peninsula, 2016–2019</title>
<style>body { max-width: 46rem; margin: 0 auto; padding: 1rem; font: 1.0625rem/1.5 system-ui, sans-serif; }</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
writeFileSync('site/index.html', layout);
