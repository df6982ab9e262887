// <Timeline html={…} /> in MDX: a timeline that the diplo-timeline plugin rendered at build time.
import { useEffect } from 'react';

export default function Timeline({ html }) {
  // In the browser only, after React has hydrated the page: defines <diplo-timeline>, which
  // hydrates the server-rendered one (Docusaurus renders the pages in Node, where nothing needs
  // the element). `diplo-timeline/define` defines the elements and exports nothing else: a
  // bundler keeps every export of a module loaded with import(), and the main entry's include
  // the data model (about 6 KB gzip).
  useEffect(() => {
    void import('diplo-timeline/define');
  }, []);
  // React puts the HTML in as it is, and leaves it alone when it hydrates the page.
  return <div className="timeline" dangerouslySetInnerHTML={{ __html: html }} />;
}
