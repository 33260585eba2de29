/** Links to a state of the atlas: the view itself, its embed, and the full atlas from an embed. */
import { serializeHash } from '../../lib/url/codec';
import type { UrlState } from '../../lib/url/state';

/** The page's address without its hash. */
const page = () => `${location.origin}${location.pathname}${location.search}`;

/** The link that reopens `url` in the full atlas (never in embed mode). */
export function stateLink(url: UrlState): string {
  return `${page()}${serializeHash({ ...url, embed: false })}`;
}

/** The link an iframe loads to show `url` without the atlas's chrome. */
export function embedLink(url: UrlState): string {
  return `${page()}${serializeHash({ ...url, embed: true })}`;
}
