/**
 * A TimelineJS slide's `media` (and `background`) as one of our media: an image, or a link
 * to a medium that is not one (a video, a post, a map), never a frame.
 *
 * What counts as an image follows TimelineJS3's own rules (`MediaType.js`) where they name an
 * image by its address: a file name ending in an image extension, written any way (absolute,
 * `//host/…`, `/root/…`, relative), and Wikimedia file pages (`commons.wikimedia.org/wiki/File:…`,
 * `…wikipedia.org/wiki/Article#/media/File:…`), which TimelineJS turns into the file through
 * Wikimedia's API: here the file comes from the wiki's `Special:FilePath`, and the image links
 * to its page (author and licence). Google's image addresses with no extension
 * (`drive.google.com/uc?id=…`, `lh3.googleusercontent.com/…`) are images too. Flickr,
 * Instagram and Imgur pages are links: TimelineJS reaches their pictures through each site's
 * API, with a key; a link names the site and costs the reader nothing until followed.
 */
import { looksLikeImage, mediaProvider, urlProblem, type EventInput } from '../model/index.js';
import { htmlToInline, htmlToText, readEmbed } from './html.js';

export type MediaInput = NonNullable<EventInput['media']>[number];

type Json = Record<string, unknown>;

/** What a TimelineJS medium became. */
export interface TimelineJSMedia {
  /**
   * `image` or `link`: kept as `medium`; `text`: an embedded quotation with no address, kept
   * as `text`; `none`: there was nothing; `unusable`: there was something, and no address to keep.
   */
  kind: 'image' | 'link' | 'text' | 'none' | 'unusable';
  medium?: MediaInput;
  /** The words of a quotation embedded with no address, with its caption and credit. */
  text?: string;
  /** What was changed or left out, for a warning on `media.url`. */
  warning?: string;
}

const field = (record: Json, key: string): string => {
  const value = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  return typeof value === 'string' ? value : '';
};

/** Stands in for "a page" to tell an address with a host from one relative to a page. */
const PROBE = 'https://relative.invalid/';

/** The file a Wikimedia page shows (`File:Name.jpg`, or `#/media/File:Name.jpg`), if it is an image. */
function wikimediaFile(url: URL): string | undefined {
  let path = url.pathname;
  let fragment = url.hash;
  try {
    path = decodeURIComponent(path);
    fragment = decodeURIComponent(fragment);
  } catch {
    // keep the address as written
  }
  // The namespace is "File" on Commons and in English; other wikis name it in their language.
  const name = /^#\/media\/[^:/]+:(.+)$/.exec(fragment)?.[1] ?? /^\/wiki\/(?:File|Image):(.+)$/i.exec(path)?.[1];
  return name && looksLikeImage(name) ? name.replace(/ /g, '_') : undefined;
}

/**
 * The image an address shows, as an address an `<img>` can load, and the page to link it to
 * when the address was a page's; undefined for an address that is not an image's.
 *
 * @example
 * imageSource('/static/img/palm.png') // { src: '/static/img/palm.png' }
 * imageSource('https://commons.wikimedia.org/wiki/File:Palm.png')
 * // { src: 'https://commons.wikimedia.org/wiki/Special:FilePath/Palm.png?width=1280', page: 'https://commons.wikimedia.org/wiki/File:Palm.png' }
 */
export function imageSource(address: string): { src: string; page?: string } | undefined {
  let url: URL;
  try {
    url = new URL(address.startsWith('//') ? `https:${address}` : address, PROBE);
  } catch {
    return undefined;
  }
  if (url.host !== 'relative.invalid') {
    const host = url.hostname.toLowerCase();
    if (/(^|\.)wiki[mp]edia\.org$/.test(host)) {
      const file = wikimediaFile(url);
      if (file) return { src: `https://${host}/wiki/Special:FilePath/${encodeURIComponent(file)}?width=1280`, page: address };
    }
    if (host === 'drive.google.com' && /^\/(?:uc|thumbnail)$/.test(url.pathname) && url.searchParams.has('id')) return { src: address };
    if (/^lh\d+\.googleusercontent\.com$/.test(host)) return { src: address };
  }
  return looksLikeImage(address) ? { src: address } : undefined;
}

/**
 * `youtu.be/abc`, `www.youtube.com/watch?v=abc`: TimelineJS reads a provider it knows without
 * `https://`; a browser would read them as paths on the data file's server.
 */
function withScheme(address: string): string | undefined {
  if (/^[a-z][\w+.-]*:/i.test(address) || /^[./\\]/.test(address)) return undefined;
  const candidate = `https://${address}`;
  const provider = mediaProvider(candidate);
  if (!provider) return undefined;
  const host = new URL(candidate).hostname.replace(/^(?:www|m|mobile)\./, '');
  return provider.provider === host ? undefined : candidate;
}

/**
 * A slide's `media` as our medium: an image with its text alternative (`alt`, else the
 * caption, else `fallbackAlt`), caption and credit; or a link to a medium that is not an
 * image, with `thumbnail` as its picture. Embed codes become a link to what they show.
 */
export function readTimelineJSMedia(media: Json, fallbackAlt: string): TimelineJSMedia {
  const caption = htmlToInline(field(media, 'caption'));
  const credit = htmlToText(field(media, 'credit'));
  const words = { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
  let address = field(media, 'url').trim();
  let alt = htmlToText(field(media, 'alt'));
  if (!address) {
    return caption || credit ? { kind: 'unusable', warning: 'is empty: the caption and credit have no medium and were left out' } : { kind: 'none' };
  }

  let warning: string | undefined;
  let embedImage = false;
  let embedText = '';
  if (address.startsWith('<')) {
    const embed = readEmbed(address);
    if (!embed.address) {
      if (!embed.text) return { kind: 'unusable', warning: 'is embedded HTML with no web address in it; it was left out' };
      const by = [caption, credit].filter(Boolean).join(', ');
      return { kind: 'text', text: by ? `${embed.text}\n— ${by}` : embed.text, warning: 'is a quotation embedded with no web address; its words were added to the summary' };
    }
    address = embed.address;
    embedImage = embed.image ?? false;
    alt ||= embed.alt ?? '';
    embedText = embed.text;
    warning = `is embedded HTML; kept as a link to ${address} (embeds are never drawn)`;
  }
  const fixed = withScheme(address);
  if (fixed) {
    warning = `has no https:// in front; read as ${fixed}`;
    address = fixed;
  }
  const problem = urlProblem(address);
  if (problem) return { kind: 'unusable', warning: `${problem}; it was left out` };

  const picture = embedImage ? { src: address } : imageSource(address);
  if (picture) {
    if (embedImage) warning = undefined;
    const link = field(media, 'link').trim();
    const url = picture.page ?? (link && !urlProblem(link) ? link : undefined);
    return { kind: 'image', medium: { src: picture.src, alt: alt || caption || fallbackAlt, ...words, ...(url ? { url } : {}) }, warning };
  }
  const thumbnail = field(media, 'thumbnail').trim();
  // The thumbnail only illustrates the link, whose own words (provider, caption) name it.
  const thumb = thumbnail && !urlProblem(thumbnail) ? { src: imageSource(thumbnail)?.src ?? thumbnail, alt: '' } : {};
  const linkWords = !caption && embedText ? { ...words, caption: embedText } : words;
  return { kind: 'link', medium: { url: address, ...thumb, ...linkWords }, warning };
}

/** A slide background's image, if it has one TimelineJS would show (`background.url`). */
export function backgroundImage(background: Json): string | undefined {
  const address = field(background, 'url').trim();
  if (!address || address.startsWith('<') || urlProblem(address)) return undefined;
  return imageSource(address)?.src ?? address;
}
