// A local Docusaurus plugin: renders each timeline at build time, in Node, as HTML with
// declarative shadow DOM (readable without JavaScript), into a JSON file that a page imports as
// `@timelines/<name>.json`: the HTML travels in that page's JavaScript only (global data would
// put it in every page's). Options: { timelines: { name: file } }, files relative to the site;
// the language is the site's.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderTimelineHTML } from 'diplo-timeline/ssr';

export default function diploTimeline(context, { timelines = {} }) {
  const files = Object.entries(timelines).map(([name, file]) => [name, resolve(context.siteDir, file)]);
  return {
    name: 'diplo-timeline',
    // `docusaurus start` renders again when a data file changes.
    getPathsToWatch: () => files.map(([, file]) => file),
    async loadContent() {
      const lang = context.i18n.currentLocale;
      return Promise.all(
        files.map(async ([name, file]) => [name, await renderTimelineHTML(JSON.parse(await readFile(file, 'utf8')), { lang })]),
      );
    },
    async contentLoaded({ content, actions }) {
      await Promise.all(content.map(([name, html]) => actions.createData(`${name}.json`, JSON.stringify(html))));
    },
    // createData writes to .docusaurus/<plugin name>/<plugin id>/.
    configureWebpack: () => ({ resolve: { alias: { '@timelines': join(context.generatedFilesDir, 'diplo-timeline', 'default') } } }),
  };
}
