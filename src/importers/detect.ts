/**
 * Recognises a TimelineJS document by its shape, without loading the importer: a page
 * with diplo-timeline data never downloads it. (The model's foreign.ts recognises other
 * tools' documents too, to say how to convert them.)
 */
export { looksLikeTimelineJS } from '../model/looks-like.js';
