// The contract every site file fulfils (../shared/STYLE.md, convention 3). Pure: imports only matching/.

export const SITE_IDS = [
  'x',
  'facebook',
  'instagram',
  'threads',
  'tiktok',
  'linkedin',
  'reddit',
  'youtube',
  'bluesky',
  'mastodon',
  'tumblr',
  'pinterest',
  'google',
  'bing',
  'duckduckgo',
] as const;

export type SiteId = (typeof SITE_IDS)[number];

/** A profile on a site, by its canonical key (what two URLs of the same profile share). */
export interface ProfileRef {
  site: SiteId;
  key: string;
}

/** `site:key`, the one string form used in matcher descriptions, rules and events. */
export type ProfileId = `${SiteId}:${string}`;

export function profileId(ref: ProfileRef): ProfileId {
  return `${ref.site}:${ref.key}`;
}

/** The site and key of a profile id ("x:jordan_avery"); the key may hold colons itself. */
export function parseProfileId(id: ProfileId): ProfileRef {
  const colon = id.indexOf(':');
  return { site: id.slice(0, colon) as SiteId, key: id.slice(colon + 1) };
}

export interface SiteAdapter {
  readonly id: SiteId;
  /** Shown to the user: "Instagram". */
  readonly name: string;
  /**
   * Registrable hosts the site is served from; their subdomains are included.
   * Empty for sites found by what the page holds (Mastodon on any instance).
   */
  readonly hosts: readonly string[];
  /**
   * Hosts that only serve this site's redirect links (t.co for X): links on them are unwrapped,
   * pages on them are not filtered (not in the manifest's match patterns). Optional.
   */
  readonly linkHosts?: readonly string[];
  /** Recognise a profile URL (already unwrapped from redirect links); null when it is not a profile. */
  profileKey(url: URL): string | null;
  /** The real target of a redirect link this site serves (t.co, l.facebook.com, /url?q=), or null. */
  unwrapLink?(url: URL, anchor?: Element): URL | null;
  /**
   * Pieces of the links whose real target unwrapLink reads from something other than the address as
   * written (t.co from the anchor's attributes, Bing's /ck/a from base64), lower-case: content scripts
   * read every such link in full. Optional; the others' targets sit in their query as written.
   */
  readonly opaqueLinks?: readonly string[];
  /**
   * CSS selector list of the site's units: posts, comments, cards, results. No selector in it holds
   * a comma of its own (inside :is() or a quoted value): the stylesheet splits the list at each one.
   */
  readonly units: string;
  /** What to mark when a unit matches (X keeps its virtualised row box). Default: the unit. */
  hideTarget?(unit: Element): Element;
  /**
   * Every element to mark when one is not enough (optional; default [hideTarget(unit)]): a Reddit
   * comment's avatar, name line, body and buttons, but not the replies nested inside it.
   */
  hideTargets?(unit: Element): Element[];
  /** Profile ids of the unit's authors, read from links and attributes rather than text. */
  authors?(unit: Element): ProfileId[];
  /**
   * True when authors() reads nothing but the unit's own profile links on this site, which the engine
   * recognises by the compiled address forms anyway: it may then skip authors() for a unit whose
   * links it has checked. Default false.
   */
  readonly authorsFromLinks?: boolean;
  /**
   * True when the site puts units or their text in open shadow roots (new Reddit's shreddit-*): the
   * engine then looks inside every open shadow root it meets. Default false: no such walk.
   */
  readonly shadowRoots?: boolean;
  /** True when this page belongs to the site although its host is not listed (Mastodon instances). */
  detect?(doc: Document): boolean;
}

/**
 * What the background (compiling the address forms, the profile guard's rules) and the options page
 * (reading a pasted link) need of a site's profiles. Apart from the adapter, which every content
 * script carries: they never run there.
 */
export interface SiteProfiles {
  /** How a key reads to the user, after the site name: "@jordan.avery". */
  profileLabel(key: string): string;
  /**
   * Why a link on this site that is not a profile cannot be used, when there is more to say than
   * "not a profile" (a post link that does not name its author, a short link): shown after a paste.
   * Optional.
   */
  whyNotProfile?(url: URL): string | null;
  /**
   * RE2 regular expressions (declarativeNetRequest `regexFilter`, matched case-insensitively)
   * covering every URL form of this profile that a full page load may request.
   */
  profileUrlRegexes(key: string): string[];
  /**
   * True when this key's regexes must run case-sensitively (declarativeNetRequest
   * `isUrlFilterCaseSensitive: true`): YouTube `/channel/UC…` ids differ only by case. Default false.
   */
  profileUrlCaseSensitive?(key: string): boolean;
  /**
   * What a redirect rule uses where the browser refuses this key's regexes as too large (Chromium
   * caps a regexFilter's compiled size: a YouTube handle of 8 Chinese characters is beyond it):
   * declarativeNetRequest `urlFilter` patterns (ASCII, matched case-insensitively, no size cap) for
   * the key's URL forms, and the profile's own address for the prompt (such a rule cannot hand over
   * the address it matched). Null or absent: the key has no such fallback.
   */
  profileUrlFilters?(key: string): ProfileUrlFilters | null;
}

export interface ProfileUrlFilters {
  filters: string[];
  url: string;
}

/** A site as the background and the options page know it: its adapter and its profiles. */
export type Site = SiteAdapter & SiteProfiles;
