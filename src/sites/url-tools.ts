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

/** The URL an address names, resolved against `base` when it is relative; null when it names none. */
export function parseUrl(address: string, base?: string): URL | null {
  try {
    return new URL(address, base);
  } catch {
    return null;
  }
}

/** An absolute http(s) address as a URL; null for anything else (another scheme, or no address). */
export function httpUrl(address: string): URL | null {
  const url = parseUrl(address);
  return url && /^https?:$/.test(url.protocol) ? url : null;
}

/**
 * The URL held in a redirect wrapper's query parameter (l.facebook.com/l.php?u=…), when it is an
 * http(s) address; null otherwise. URLSearchParams has already percent-decoded it once.
 */
export function wrappedUrl(url: URL, param: string): URL | null {
  const target = url.searchParams.get(param);
  return target ? httpUrl(target) : null;
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

/**
 * Characters that stay as they are however an address is written, resolved or carried in another's
 * query: letters, digits and "_ . -" are never percent-encoded by the URL parser, by
 * encodeURIComponent or by the usual server encoders, and only a host is lower-cased (content
 * scripts look for it ignoring ASCII case). A needle holds only these.
 */
const NEEDLE = /^[A-Za-z0-9_.-]+$/;
/** Shorter pieces rule out too little to be worth a selector. */
const MIN_NEEDLE = 3;
/**
 * The longest piece of an address form's path (after the host) that every address it matches holds
 * as written, in needle characters only; null when there is none of at least three. Reads the shapes
 * the site adapters write: literals, escapes, groups, classes and quantifiers. A group,
 * a class or an optional character ends a piece; an alternation outside any group gives up.
 */
export function pathNeedle(source: string): string | null {
  const start = source.indexOf('://');
  if (start < 0) return null;
  let inPath = false;
  let run = '';
  let best = '';
  const endRun = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = start + 3; i < source.length;) {
    const char = source[i]!;
    let literal: string | null = null;
    let next = i + 1;
    if (char === '\\') {
      // \d, \w, \b… are classes or assertions; any other escaped character stands for itself.
      const escaped = source[i + 1] ?? '';
      literal = /[A-Za-z0-9]/.test(escaped) ? null : escaped;
      next = i + 2;
    } else if (char === '(' || char === '[') {
      next = closingIndex(source, i) + 1;
      if (next === 0) return null;
    } else if (char === '|') {
      return null;
    } else if (!'.^$'.includes(char)) {
      literal = char;
    }
    const quantifier = source[next];
    const optional = quantifier === '?' || quantifier === '*' || quantifier === '{';
    if (quantifier === '{') {
      next = source.indexOf('}', next) + 1;
      if (next === 0) return null;
    } else if (optional || quantifier === '+') {
      next += source[next + 1] === '?' ? 2 : 1;
    }
    if (literal !== null && !optional && inPath && NEEDLE.test(literal)) {
      run += literal;
      if (quantifier === '+') endRun();
    } else {
      endRun();
      if (literal === '/' && !optional) inPath = true;
    }
    i = next;
  }
  endRun();
  return best.length >= MIN_NEEDLE ? best : null;
}

/** Where the group or class opening at `open` closes; -1 if it never does. */
function closingIndex(source: string, open: number): number {
  if (source[open] === '[') return classEnd(source, open);
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') i++;
    else if (char === '[' && (i = classEnd(source, i)) < 0) return -1;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return -1;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
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
    const url = parseUrl(href, base);
    if (!url || !hostIn(url.hostname, site.hosts)) continue;
    const key = site.profileKey(url);
    if (key !== null && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
