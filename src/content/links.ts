// Links to the person's profiles, on any site (issue 4): a link is theirs when its address, once the
// site's own redirect links are unwrapped, matches one of the address forms the background compiles
// (src/compiled.ts links). Reading a link costs the content script its `href` (resolved by the
// browser), a parse and a few expressions; a large page has hundreds of links and nearly none is
// theirs. So only the links whose address as written holds a piece every address of theirs must hold
// (their handle, their id, their site's host) are read: the browser hands over a subtree's links by
// tag, its quickest query, and one expression tests each written address.
import type { CompiledConfig } from '../compiled';
import type { ProfileId, SiteAdapter } from '../sites/types';
import { escapeRegex, hostIn, parseUrl, wrappedUrl } from '../sites/url-tools';

/** Longer links are not read as profiles (no profile address is this long; it bounds the work). */
const MAX_HREF = 4096;
const CACHE_LIMIT = 5000;
const ADDRESS_HOST = /^https?:\/\/([^/?#]*)/i;
/** A query value that is an address, as written or percent-encoded once ("u=https%3A%2F%2F…"). */
const WRAPS_ADDRESS = /[?&][^=&#]*=https?(:|%3a)/i;
/**
 * The links in a subtree, one query a tag: a single tag with an attribute is the browser's quick path,
 * a list of two, or a tag with :is() or a substring test, costs it a full match per element (10 times
 * as long on a large page).
 */
export const LINK_QUERIES = ['a[href]', 'area[href]'] as const;
/** Picks every link (where a profile has no piece to look for). */
const EVERY_LINK: LinkPick = { test: () => true };

interface LinkTest {
  id: ProfileId;
  re: RegExp;
  /** Hosts (with their subdomains) the address must be on for `re` to match; null: any host. */
  hosts: string[] | null;
  /** A piece of the path every address `re` matches holds as written (url-tools.ts pathNeedle), or null. */
  needle: string | null;
}

/** Which links may lead to a configured profile, by their `href` attribute as written. */
export interface LinkPick {
  test(written: string): boolean;
}

export interface LinkReader {
  /** True when no profile is configured: no link can be theirs. */
  readonly none: boolean;
  /** Whose configured profile a link's absolute address (`anchor.href`) leads to, or null. */
  profileOf(href: string, anchor: Element): ProfileId | null;
  /**
   * The links that may lead to a configured profile on a page whose base address is `base`: every
   * link it leaves out is nobody's profile by profileOf. Null when no profile is set.
   */
  pickFor(base: string): LinkPick | null;
}

/** The compiled address forms, as expressions; one the browser cannot compile is left out. */
function linkTests(compiled: CompiledConfig | undefined): LinkTest[] {
  // A config compiled by an older version has no links until the background compiles it again.
  const tests: LinkTest[] = [];
  for (const link of compiled?.links ?? []) {
    try {
      const re = new RegExp(link.re, link.cs ? '' : 'i');
      tests.push({ id: link.id, re, hosts: link.hosts ?? null, needle: link.needle ?? null });
    } catch {
      // Left out.
    }
  }
  return tests;
}

/** The links of one config, read by one site's adapter (its redirect links); null: a generic page. */
export function createLinkReader(compiled: CompiledConfig | undefined, site: SiteAdapter | null): LinkReader {
  const tests = linkTests(compiled);
  // The forms worth trying on a host, worked out once a host.
  const byHost = new Map<string, LinkTest[]>();
  const cache = new Map<string, ProfileId | null>();
  let pickBase: string | undefined;
  let pick: LinkPick | null = null;

  /**
   * Whose profile an absolute address is. Only the forms for its host are tried: a page's links are
   * nearly all to its own site, and one expression a profile and site is several times cheaper than
   * all of them in one.
   */
  function profileOfAddress(address: string): ProfileId | null {
    const host = hostOf(address);
    let forms = byHost.get(host);
    if (!forms) {
      forms = tests.filter((test) => !test.hosts || hostIn(host, test.hosts));
      if (byHost.size >= 1000) byHost.clear();
      byHost.set(host, forms);
    }
    for (const test of forms) if (test.re.test(address)) return test.id;
    return null;
  }

  /**
   * The site's own redirect links are unwrapped first (l.facebook.com, YouTube's /redirect, t.co by
   * its anchor), then the address is tested against each profile's forms; failing that, so is each
   * address in its query (another site's wrapper: an l.facebook.com link posted on Reddit).
   */
  function profileOf(href: string, anchor: Element): ProfileId | null {
    let id = cache.get(href);
    if (id !== undefined) return id;
    id = null;
    if (tests.length > 0 && href.length <= MAX_HREF) {
      let target = href;
      const unwrap = site?.unwrapLink;
      try {
        for (let hops = 0, url: URL | null = unwrap ? new URL(href) : null; url && hops < 3; hops++) {
          url = unwrap!(url, anchor);
          if (url) target = url.href;
        }
      } catch {
        // Not a URL the browser can parse: tested as written.
      }
      id = profileOfAddress(target);
      // (An address the browser cannot parse has nothing to unwrap.)
      const wrapper = id === null && WRAPS_ADDRESS.test(target) ? parseUrl(target) : null;
      if (wrapper) for (const name of wrapper.searchParams.keys()) if ((id = profileOfAddress(wrappedUrl(wrapper, name)?.href ?? ''))) break;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(href, id);
    return id;
  }

  /**
   * Every address a form matches holds its needle as written, unwrapped or not (in a wrapper's query
   * it is percent-encoded at most, which leaves needle characters alone). A form without one still
   * needs its host, which a link written relative to this page does not name: then any link that
   * names one of its hosts. Otherwise (their site's own page, and no needle) every link is read.
   * Links whose target the site reads from elsewhere (t.co from the anchor) are always read. (The URL
   * parser also drops tabs and line breaks inside an address: a handle written with one would be
   * missed. Sites write handles whole.)
   */
  function pickFor(base: string): LinkPick | null {
    if (base === pickBase) return pick;
    pickBase = base;
    const pageHost = hostOf(base);
    const needles = new Set<string>(site?.opaqueLinks ?? []);
    pick = tests.length === 0 ? null : EVERY_LINK;
    for (const test of tests) {
      if (test.needle) needles.add(test.needle);
      else if (test.hosts && !hostIn(pageHost, test.hosts)) for (const host of test.hosts) needles.add(host.toLowerCase());
      else return pick;
    }
    // In any case, as most forms match (and hosts are written).
    if (pick !== null) pick = new RegExp([...needles].map(escapeRegex).join('|'), 'i');
    return pick;
  }

  return { none: tests.length === 0, profileOf, pickFor };
}

/** The lower-cased host of an absolute http(s) address, without its port; '' for anything else. */
function hostOf(address: string): string {
  return ADDRESS_HOST.exec(address)?.[1]?.toLowerCase().replace(/:\d*$/, '') ?? '';
}
