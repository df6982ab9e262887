/**
 * What a medium that is not an image is, from its address alone: a YouTube video, a post on
 * X, a Wikipedia article. Such media are shown as links that name their provider, never as
 * frames (no third-party script, no tracking, nothing to break a strict page policy).
 */

export const MEDIA_TYPES = ['video', 'audio', 'post', 'article', 'map', 'photo', 'document', 'page'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export interface MediaProvider {
  type: MediaType;
  /** The provider's name as readers know it ("YouTube", "X"), or the site's host name. */
  provider: string;
}

/** Host (without `www.` and `m.`) → provider; a host matches itself and its subdomains. */
const PROVIDERS: readonly (readonly [string, MediaType, string])[] = [
  ['youtube.com', 'video', 'YouTube'],
  ['youtu.be', 'video', 'YouTube'],
  ['youtube-nocookie.com', 'video', 'YouTube'],
  ['vimeo.com', 'video', 'Vimeo'],
  ['dailymotion.com', 'video', 'Dailymotion'],
  ['twitch.tv', 'video', 'Twitch'],
  ['ted.com', 'video', 'TED'],
  ['vine.co', 'video', 'Vine'],
  ['tiktok.com', 'video', 'TikTok'],
  ['soundcloud.com', 'audio', 'SoundCloud'],
  ['spotify.com', 'audio', 'Spotify'],
  ['mixcloud.com', 'audio', 'Mixcloud'],
  ['twitter.com', 'post', 'X'],
  ['x.com', 'post', 'X'],
  ['instagram.com', 'post', 'Instagram'],
  ['facebook.com', 'post', 'Facebook'],
  ['threads.net', 'post', 'Threads'],
  ['bsky.app', 'post', 'Bluesky'],
  ['mastodon.social', 'post', 'Mastodon'],
  ['wikipedia.org', 'article', 'Wikipedia'],
  ['wikimedia.org', 'photo', 'Wikimedia Commons'],
  ['flickr.com', 'photo', 'Flickr'],
  ['flic.kr', 'photo', 'Flickr'],
  ['imgur.com', 'photo', 'Imgur'],
  ['giphy.com', 'photo', 'Giphy'],
  ['documentcloud.org', 'document', 'DocumentCloud'],
  ['scribd.com', 'document', 'Scribd'],
  ['storify.com', 'page', 'Storify'],
  ['openstreetmap.org', 'map', 'OpenStreetMap'],
  ['wistia.com', 'video', 'Wistia'],
  ['wistia.net', 'video', 'Wistia'],
  ['pinterest.com', 'photo', 'Pinterest'],
  ['evernote.com', 'document', 'Evernote'],
  ['instagr.am', 'post', 'Instagram'],
  ['archive.org', 'page', 'Internet Archive'],
];

const EXTENSIONS: readonly (readonly [RegExp, MediaType])[] = [
  [/\.(?:mp4|webm|ogv|mov|m4v)$/i, 'video'],
  [/\.(?:mp3|m4a|ogg|oga|wav|flac|aac)$/i, 'audio'],
  [/\.(?:pdf|docx?|xlsx?|pptx?|odt)$/i, 'document'],
];

/**
 * The kind and provider of a medium's address; `{ type: 'page', provider: host }` for
 * anything not recognised. Undefined for an address that is not absolute http(s).
 *
 * @example
 * mediaProvider('https://www.youtube.com/watch?v=abc') // { type: 'video', provider: 'YouTube' }
 * mediaProvider('https://maps.google.com/?q=Hanoi') // { type: 'map', provider: 'Google Maps' }
 */
export function mediaProvider(address: string): MediaProvider | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
  const path = url.pathname;
  if (/(^|\.)google\.[a-z.]+$/.test(host) && (host.startsWith('maps.') || path.startsWith('/maps'))) {
    return { type: 'map', provider: 'Google Maps' };
  }
  if (host === 'goo.gl' && path.startsWith('/maps')) return { type: 'map', provider: 'Google Maps' };
  if (/(^|\.)google\.[a-z.]+$/.test(host) && (host.startsWith('docs.') || host.startsWith('drive.'))) {
    return { type: 'document', provider: 'Google Docs' };
  }
  for (const [domain, type, provider] of PROVIDERS) {
    if (host === domain || host.endsWith(`.${domain}`)) return { type, provider };
  }
  for (const [pattern, type] of EXTENSIONS) {
    if (pattern.test(path)) return { type, provider: host };
  }
  return { type: 'page', provider: host };
}

/** True for an address that names an image file (by its extension), for importers. */
export function looksLikeImage(address: string): boolean {
  let path = address;
  try {
    path = new URL(address, 'https://relative.invalid/').pathname;
  } catch {
    // keep the text
  }
  return /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i.test(path);
}
