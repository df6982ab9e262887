// <Timeline html={…} /> in MDX: a timeline that the diplo-timeline plugin rendered at build time.
import { useEffect } from 'react';

export default function Timeline({ html }) {
  // In the browser only, after React has hydrated the page: defines <diplo-timeline>, which
  // hydrates the server-rendered one (Docusaurus renders the pages in Node, where nothing needs
  // the element). Only the import's effect is used: `webpackExports: []` leaves out the rest of
  // the package's exports (the data model), about 6 KB gzip.
  useEffect(() => {
    void import(/* webpackExports: [] */ 'diplo-timeline');
  }, []);
  // React puts the HTML in as it is, and leaves it alone when it hydrates the page.
  return <div className="timeline" dangerouslySetInnerHTML={{ __html: html }} />;
}
