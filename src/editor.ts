/**
 * diplo-timeline/editor: importing this module defines <diplo-timeline-editor> (and the
 * timeline it previews). A producer's tool, loaded on its own: nothing here reaches the
 * reader's bundle.
 */
import './components/diplo-timeline/define.js';
import './components/diplo-timeline-editor/define.js';

export { DiploTimelineEditor, type DiploEditorChangeDetail } from './components/diplo-timeline-editor/diplo-timeline-editor.js';
export { EditorStore } from './components/diplo-timeline-editor/state/editor-store.js';
