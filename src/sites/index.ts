// Every supported site, registered once. Hostname checks live here and in the site files, nowhere else.
import type { ProfileRef, Site, SiteAdapter, SiteId, SiteProfiles } from './types';
import { x, xProfiles } from './x';
import { facebook, facebookProfiles } from './facebook';
import { instagram, instagramProfiles } from './instagram';
import { threads, threadsProfiles } from './threads';
import { tiktok, tiktokProfiles } from './tiktok';
import { linkedin, linkedinProfiles } from './linkedin';
import { reddit, redditProfiles } from './reddit';
import { youtube, youtubeProfiles } from './youtube';
import { bluesky, blueskyProfiles } from './bluesky';
import { mastodon, mastodonProfiles } from './mastodon';
import { tumblr, tumblrProfiles } from './tumblr';
import { pinterest, pinterestProfiles } from './pinterest';
import { google, googleProfiles } from './google';
import { bing, bingProfiles } from './bing';
import { duckduckgo, duckduckgoProfiles } from './duckduckgo';
import { hostIn } from './url-tools';

export * from './types';

const site = (adapter: SiteAdapter, profiles: SiteProfiles): Site => ({ ...adapter, ...profiles });

export const SITES: readonly Site[] = [
  site(x, xProfiles), site(facebook, facebookProfiles), site(instagram, instagramProfiles),
  site(threads, threadsProfiles), site(tiktok, tiktokProfiles), site(linkedin, linkedinProfiles),
  site(reddit, redditProfiles), site(youtube, youtubeProfiles), site(bluesky, blueskyProfiles),
  site(mastodon, mastodonProfiles), site(tumblr, tumblrProfiles), site(pinterest, pinterestProfiles),
  site(google, googleProfiles), site(bing, bingProfiles), site(duckduckgo, duckduckgoProfiles),
];

const BY_ID = new Map<SiteId, Site>(SITES.map((entry) => [entry.id, entry]));

export function siteById(id: SiteId): Site | undefined {
  return BY_ID.get(id);
}

/** The adapter that owns a hostname ("mobile.twitter.com" → X), or undefined. */
export function siteForHost(hostname: string): Site | undefined {
  return SITES.find((site) => hostIn(hostname, site.hosts));
}

/** The site whose redirect links a host serves (t.co → X); such hosts are not filtered themselves. */
function siteForLinkHost(hostname: string): Site | undefined {
  return SITES.find((site) => site.linkHosts !== undefined && hostIn(hostname, site.linkHosts));
}

/**
 * Mastodon runs on any instance, so it owns no host: a /@user (or /users/user) address on a host no
 * other site owns or links through is taken as a Mastodon account.
 */
function mastodonProfile(url: URL): ProfileRef | null {
  const key = mastodon.profileKey(url);
  return key === null ? null : { site: mastodon.id, key };
}

/** Canonical profile of a URL, following the owning site's redirect links; null if it is not a profile. */
export function profileOfUrl(url: URL, anchor?: Element): ProfileRef | null {
  let current = url;
  for (let hops = 0; hops < 3; hops++) {
    if (!/^https?:$/.test(current.protocol)) return null;
    const pageSite = siteForHost(current.hostname);
    const site = pageSite ?? siteForLinkHost(current.hostname);
    if (!site) return mastodonProfile(current);
    const unwrapped = site.unwrapLink?.(current, anchor);
    if (unwrapped) {
      current = unwrapped;
      continue;
    }
    if (!pageSite) return null; // a link host's own pages (t.co/…) are no one's profile
    const key = site.profileKey(current);
    return key === null ? null : { site: site.id, key };
  }
  return null;
}

export type ProfileLinkResult =
  | { ok: true; ref: ProfileRef; label: string }
  | { ok: false; reason: string };

/** A link the user pasted: its profile and a friendly label ("Instagram · @jordan.avery"), or why not. */
export function recogniseProfileLink(input: string): ProfileLinkResult {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'the link is empty' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: 'this does not look like a web address' };
  }
  if (!/^https?:$/.test(url.protocol)) {
    return { ok: false, reason: 'only web addresses (https://…) can be profile links' };
  }
  const site = siteForHost(url.hostname);
  const fediverse = site || siteForLinkHost(url.hostname) ? null : mastodonProfile(url);
  if (fediverse) return { ok: true, ref: fediverse, label: `${mastodon.name} · ${mastodonProfiles.profileLabel(fediverse.key)}` };
  const linkSite = site ? undefined : siteForLinkHost(url.hostname);
  if (linkSite) {
    return { ok: false, reason: linkSite.whyNotProfile?.(url) ?? `this ${linkSite.name} short link is not a profile` };
  }
  if (!site) {
    return {
      ok: false,
      reason: `${url.hostname} is not a site Out of Sight supports yet; add their name or handle instead`,
    };
  }
  const ref = profileOfUrl(url);
  if (!ref) {
    return {
      ok: false,
      reason: site.whyNotProfile?.(url) ?? `this ${site.name} link is not a profile (paste the address of their profile page)`,
    };
  }
  return { ok: true, ref, label: `${siteById(ref.site)?.name ?? site.name} · ${siteById(ref.site)?.profileLabel(ref.key) ?? ref.key}` };
}
