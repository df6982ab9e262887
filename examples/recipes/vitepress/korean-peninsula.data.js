// A VitePress data loader: runs in Node at build time. The timeline as HTML with declarative
// shadow DOM, readable without JavaScript; the page puts it in with v-html, past Vue's template
// compiler (which would take <template shadowrootmode> for its own and drop Lit's markers).
import { readFile } from 'node:fs/promises';
import { renderTimelineHTML } from 'diplo-timeline/ssr';

export default {
  async load() {
    const data = JSON.parse(await readFile('node_modules/diplo-timeline/data/korean-peninsula-2016-2019.json', 'utf8'));
    return renderTimelineHTML(data, { lang: 'en' });
  },
};
