// Issue 5, part 2: in-app navigation to their profile. X, Instagram, Facebook, TikTok, LinkedIn, YouTube,
// Threads and Bluesky change the address without loading a page, so the declarativeNetRequest redirect
// never sees it. The Navigation API's `navigate` event fires synchronously inside pushState, before the
// site's router renders: there the guard hides the page (the engine's stylesheet hides <body> while
// <html> has `data-oos-guard`), cancels the navigation when it may, and asks the background to send the
// tab to the prompt. Events only — no polling; popstate where the Navigation API is missing, and the
// background's webNavigation.onHistoryStateUpdated as the second line behind both.
import { browser } from 'wxt/browser';
import type { CompiledConfig } from '../compiled';
import { sendMessage } from '../messages';
import type { ProfileId, SiteAdapter } from '../sites/types';
import { parseUrl } from '../sites/url-tools';
import { GUARD } from './style';

/** The part of the Navigation API this file uses (not in TypeScript's DOM library yet). */
interface NavigateEventLike extends Event {
  readonly cancelable: boolean;
  readonly destination: { readonly url: string; readonly sameDocument: boolean };
}
interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: NavigateEventLike) => void): void;
}

type Verdict = 'guard' | 'pass' | 'unknown';

/** What the guard reads from the page's engine, which reads the settings once for both. */
export interface GuardSource {
  /** The page's site (its adapter knows its own profile addresses; an in-app navigation never leaves the site), or null where no site is known. */
  readonly site: SiteAdapter | null;
  /** undefined until the engine's first read; null when nothing is configured. */
  readonly compiled: CompiledConfig | null | undefined;
  readonly ready: Promise<void>;
}

export function startNavigationGuard(source: GuardSource): void {
  const root = document.documentElement;
  const siteOf = () => source.site;
  const ready = source.ready;
  /** The address of what the page shows; a profile here was let through already. */
  let shownHref = location.href;

  function profileOf(url: URL | null): ProfileId | null {
    const site = siteOf();
    const key = url && site ? site.profileKey(url) : null;
    return site && key !== null ? `${site.id}:${key}` : null;
  }

  function verdict(to: URL, from: string): Verdict {
    const id = profileOf(to);
    if (!id) return 'pass';
    // Moving within a profile the page already shows (sub-pages, X's replaceState of the same
    // address) is the visit they chose, not a new one.
    if (profileOf(parseUrl(from)) === id) return 'pass';
    const compiled = source.compiled;
    if (compiled === undefined) return 'unknown';
    if (compiled === null || compiled.sites[siteOf()!.id] === false) return 'pass';
    return id in compiled.matcher.profiles ? 'guard' : 'pass';
  }

  async function sendToPrompt(url: string, canceled: boolean): Promise<void> {
    try {
      const { action } = await sendMessage('checkNavigation', { url });
      if (action === 'prompt') return; // the background is replacing this page; it stays hidden until then
      // Let through (an allowance for this tab, or the settings changed): a cancelled navigation is
      // made again as a full load, which the allowance's rule lets pass.
      if (canceled) location.assign(url);
      else reveal(url);
    } catch {
      // The background could not answer: go to the prompt ourselves rather than show the profile.
      location.assign(`${browser.runtime.getURL('/prompt.html')}#${url}`);
    }
  }

  function reveal(href: string): void {
    shownHref = href;
    root.removeAttribute(GUARD);
  }

  function onUrlChange(to: URL, from: string, cancel: () => boolean): void {
    const first = verdict(to, from);
    if (first === 'pass') {
      shownHref = to.href;
      return;
    }
    root.setAttribute(GUARD, '');
    if (first === 'guard') {
      void sendToPrompt(to.href, cancel());
      return;
    }
    // Settings not read yet (a navigation in the first milliseconds): hidden until we know.
    void ready.then(() => {
      if (verdict(to, from) === 'guard') void sendToPrompt(to.href, false);
      else reveal(to.href);
    });
  }

  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation) {
    navigation.addEventListener('navigate', (event) => {
      // Full loads are the declarativeNetRequest rules' job (and their allowances'); only same-document
      // changes get past them.
      if (!event.destination.sameDocument) return;
      const to = parseUrl(event.destination.url);
      if (!to) return;
      onUrlChange(to, location.href, () => {
        if (!event.cancelable) return false;
        event.preventDefault();
        return true;
      });
    });
  } else {
    addEventListener('popstate', () => {
      const to = parseUrl(location.href);
      if (to) onUrlChange(to, shownHref, () => false);
    });
  }

  // Back from the prompt may restore this page from the back/forward cache with the guard still on
  // and the profile rendered under it: load it afresh instead (a profile address meets the rules).
  addEventListener('pageshow', (event) => {
    if (event.persisted && root.hasAttribute(GUARD)) location.reload();
  });
}
