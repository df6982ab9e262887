// What survives the TimelineJS importer, slide by slide: events, images, other media (kept as
// links), quotations embedded with no address (kept in the summary) and slide background
// images. Used by scripts/check-timelinejs.js and by the Node tests; reads the built importer.
//
// "Images in" is counted by TimelineJS3's own rule (src/js/media/MediaType.js), not by the
// importer's: an address it shows as an image file (a name ending in an image extension, a
// Wikimedia file page) and that no provider it knows claims first. Flickr, Instagram and
// Imgur pages, which TimelineJS fetches through their APIs, count as other media.
import { fromTimelineJS, htmlToText, timelineJSDate } from '../dist/src/importers/timelinejs.js';

/** The furthest year from 0 a date here can hold (a JavaScript Date's range). */
const DEEP_TIME = 271820;

// TimelineJS3's own patterns (MediaType.js): providers it matches before images, its
// Wikimedia image pages, and its image file names.
const PROVIDER_FIRST = /^(?:https?:)?\/*(?:www\.|m\.|player\.)?(?:youtube|youtu\.be|vimeo\.com|dailymotion\.com|vine\.co|soundcloud\.com|twitter\.com|flickr\.com\/photos|flic\.kr|instagr\.am|instagram\.com)|documentcloud\.org\//i;
const WIKIMEDIA_IMAGE = /^https:\/\/.+\.wiki[mp]edia\.org.+#\/media\/.+\.(?:jpg|jpeg|png|gif|svg|webp)|^https:\/\/commons\.wikimedia\.org\/wiki\/File:.+\.(?:jpg|jpeg|png|gif|svg|webp)/i;
const IMAGE = /(?:jpg|jpeg|png|gif|svg|webp)(?:\?.*)?$/i;

/** What TimelineJS would make of a media address: an image, another medium, or nothing. */
function mediaKind(media) {
  const url = typeof media?.url === 'string' ? media.url.trim() : '';
  if (!url) return 'none';
  if (url.startsWith('<')) return /<(?:iframe|a|img)\b/i.test(url) ? 'link' : 'quote';
  return !PROVIDER_FIRST.test(url) && (WIKIMEDIA_IMAGE.test(url) || IMAGE.test(url)) ? 'image' : 'link';
}

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

function slidesOf(data) {
  if (Array.isArray(data?.events)) return data.events;
  return Array.isArray(data?.timeline?.slides) ? data.timeline.slides : [];
}

/**
 * What a TimelineJS file (parsed JSON) kept through the importer.
 * @returns {{ tally: Record<string, { in: number, kept: number }>, lost: string[], deepTime: string[], problems: object[], titleMedia: string }}
 */
export function fidelity(data) {
  const { timeline, problems } = fromTimelineJS(data);
  const count = () => ({ in: 0, kept: 0 });
  const tally = { events: count(), images: count(), links: count(), quotes: count(), backgrounds: count() };
  const lost = [];
  const deepTime = [];
  let next = 0;
  slidesOf(data).forEach((raw, index) => {
    const kind = isRecord(raw) ? mediaKind(raw.media) : 'none';
    const background = isRecord(raw) && typeof raw.background?.url === 'string' && raw.background.url.trim() !== '';
    tally.events.in++;
    if (kind !== 'none') tally[`${kind}s`].in++;
    if (background) tally.backgrounds.in++;
    const start = isRecord(raw) ? timelineJSDate(raw.start_date) : { error: 'not an object' };
    const year = 'date' in start ? Number(/^[+-]?\d+/.exec(start.date)?.[0]) : NaN;
    const title = isRecord(raw) && isRecord(raw.text) && typeof raw.text.headline === 'string' ? htmlToText(raw.text.headline).replace(/\s+/g, ' ') : '';
    // The importer keeps the data's order: the event is the next one with its year and title.
    let found = -1;
    for (let at = next; at < timeline.events.length && found < 0; at++) {
      const ours = timeline.events[at];
      if (ours.when.start.year === year && (!title || ours.title.replace(/\s+/g, ' ') === title)) found = at;
    }
    const what = `events[${index}]${title ? ` "${title}"` : ''}`;
    if (found < 0) {
      (Math.abs(year) > DEEP_TIME ? deepTime : lost).push(`${what} (year ${Number.isNaN(year) ? '?' : year})${kind === 'none' ? '' : `, with its ${kind}`}`);
      return;
    }
    next = found + 1;
    tally.events.kept++;
    const ours = timeline.events[found];
    const first = ours.media?.[0];
    if (kind === 'image' && first?.src) tally.images.kept++;
    // (A background image comes after the medium, and has an empty alt.)
    else if (kind === 'link' && first && (first.url !== undefined || first.alt !== '')) tally.links.kept++;
    else if (kind === 'quote' && ours.summary?.includes(htmlToText(raw.media.url).slice(0, 40))) tally.quotes.kept++;
    else if (kind !== 'none') lost.push(`${what}: its ${kind} (${String(raw.media.url).slice(0, 80)})`);
    if (background) {
      const pictures = ours.media?.filter((media) => media.src).length ?? 0;
      if (pictures > (kind === 'image' ? 1 : 0)) tally.backgrounds.kept++;
      else lost.push(`${what}: its background image`);
    }
  });
  return { tally, lost, deepTime, problems, titleMedia: mediaKind(data?.title?.media) };
}
