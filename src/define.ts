/**
 * diplo-timeline/define: defines <diplo-timeline> and <diplo-event>, hydrating any that were
 * rendered on the server, and exports the two classes and nothing else. The entry to load with
 * `import('diplo-timeline/define')` in a site's bundler (VitePress, Docusaurus, Vite, webpack): a
 * bundler keeps every export of a module it loads dynamically, and the main entry also exports
 * the data model.
 */
// Before any Lit element is defined: lets server-rendered timelines hydrate.
import './hydrate.js';

export { DiploEvent, DiploTimeline } from './components/diplo-timeline/define.js';
