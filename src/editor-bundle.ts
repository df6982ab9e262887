/**
 * The editor's standalone bundle (`dist/diplo-timeline-editor.bundle.js`): defines
 * <diplo-timeline-editor> and the elements it previews. It shares the reader bundle's chunk
 * (one copy of Lit and of the elements on a page that loads both); the editor's own code is
 * in chunks only this bundle loads.
 */
import { defineElements } from './components/diplo-timeline/define-elements.js';
import './components/diplo-timeline-editor/define.js';

defineElements();

export { DiploTimelineEditor, type DiploEditorChangeDetail } from './components/diplo-timeline-editor/diplo-timeline-editor.js';
