// Docusaurus with only what MDX pages need: the pages plugin (src/pages/*.mdx), the classic
// theme (layout, navbar, MDX components) and the local plugin that renders the timelines at
// build time; no docs, no blog, no search.
export default {
  title: 'The Korean Peninsula, 2016–2019',
  url: 'https://example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  plugins: [
    '@docusaurus/plugin-content-pages',
    ['./plugins/diplo-timeline.js', { timelines: { 'korean-peninsula': 'node_modules/diplo-timeline/data/korean-peninsula-2016-2019.json' } }],
    // The recipe only: its diplo-timeline is this repository, linked (file:../../..). Resolved
    // through the link, it stays under node_modules, where Docusaurus's Babel leaves it alone,
    // as it does a package installed from npm.
    () => ({ name: 'linked-diplo-timeline', configureWebpack: () => ({ resolve: { symlinks: false } }) }),
  ],
  themes: [['@docusaurus/theme-classic', { customCss: './src/css/custom.css' }]],
  themeConfig: {
    navbar: {
      title: 'Korean Peninsula',
      items: [{ to: '/about', label: 'About' }],
    },
  },
};
