// Small helpers the site files share (pure; no browser API). Hostname checks stay in the site files.

/** Escape a key for an RE2 / JS regular expression (the syntax both share). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Non-empty path segments, percent-decoded where that is valid. */
export function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/**
 * The URL held in a redirect wrapper's query parameter (l.facebook.com/l.php?u=…), when it is an
 * http(s) address; null otherwise. URLSearchParams has already percent-decoded it once.
 */
export function wrappedUrl(url: URL, param: string): URL | null {
  const target = url.searchParams.get(param);
  if (!target) return null;
  try {
    const parsed = new URL(target);
    return /^https?:$/.test(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The RE2 prefix for any http(s) URL on one of `domains` or their subdomains ("(x|twitter)\.com").
 * `([a-z0-9-]+\.)*` needs a dot, so "evilx.com" never matches; the path must follow directly.
 */
export function hostPrefix(domains: readonly string[]): string {
  const alternatives = domains.map(escapeRegex).join('|');
  return `^https?://([a-z0-9-]+\\.)*(${alternatives})(:443)?/`;
}

/**
 * The hosts an address form can match, read from its start when it has one of the shapes the site
 * adapters write (hostPrefix, or one host written out): "any subdomain of one of these hosts", or one
 * host; null otherwise. Content scripts use it only as a shortcut (the expression still decides), so
 * a host outside these must never match the form: a host not written in plain host characters is
 * not read at all.
 */
export function hostsOf(source: string): string[] | null {
  const unescape = (host: string) => host.replace(/\\\./g, '.');
  const anySubdomain = /^\^https\?:\/\/\(\[a-z0-9-\]\+\\\.\)\*\(((?:[a-z0-9-]|\\\.|\|)+)\)\(:443\)\?\//.exec(source);
  if (anySubdomain) return anySubdomain[1]!.split('|').map(unescape);
  const oneHost = /^\^https\?:\/\/(?:\(www\\\.\)\?)?([a-z0-9-]+(?:\\\.[a-z0-9-]+)+)\(:443\)\?[/(]/.exec(source);
  return oneHost ? [unescape(oneHost[1]!)] : null;
}

/** The RE2 tail after a key: end, or a sub-page, query or fragment (never more key characters). */
export const AFTER_KEY = '([/?#].*)?$';

/** True when `hostname` is one of `domains` or a subdomain of one. */
export function hostIn(hostname: string, domains: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

interface KeyedSite {
  readonly hosts: readonly string[];
  profileKey(url: URL): string | null;
}

/**
 * Profile keys of the links (or elements with an href-like attribute) that belong to `unit` itself:
 * a link inside a nested unit (a reply inside a comment) is that unit's, not this one's.
 * Relative hrefs resolve against `base`; links to other sites are ignored. Deduplicated, in order.
 */
export function ownLinkKeys(
  unit: Element,
  selector: string,
  units: string,
  site: KeyedSite,
  base: string,
  attribute = 'href',
): string[] {
  const keys: string[] = [];
  const candidates = [...(unit.matches(selector) ? [unit] : []), ...unit.querySelectorAll(selector)];
  for (const element of candidates) {
    if (element !== unit && element.closest(units) !== unit) continue;
    const href = element.getAttribute(attribute);
    if (!href) continue;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (!hostIn(url.hostname, site.hosts)) continue;
    const key = site.profileKey(url);
    if (key !== null && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
