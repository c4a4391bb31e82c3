// An in-memory declarativeNetRequest with the parts of Chrome's behaviour the guard relies on: rule ids
// must be unique within a ruleset, the highest priority wins (allow outranks redirect at equal
// priority), regexFilter is matched against the request URL (no fragment), case-insensitive unless the
// rule says otherwise, and regexSubstitution replaces the first match (\0 = the whole match).
import { fakeBrowser } from '@webext-core/fake-browser';
import type { DnrRule } from '../../../src/background/guard-rules';

export interface FakeDnr {
  dynamic: Map<number, DnrRule>;
  session: Map<number, DnrRule>;
  /** What happens to a main-frame request for `url` in `tabId`. */
  outcome(url: string, tabId?: number): { type: 'none' } | { type: 'allow' } | { type: 'redirect'; to: string };
}

function update(store: Map<number, DnrRule>, options: { removeRuleIds?: number[]; addRules?: DnrRule[] }) {
  const next = new Map(store);
  for (const id of options.removeRuleIds ?? []) next.delete(id);
  for (const rule of options.addRules ?? []) {
    if (next.has(rule.id)) throw new Error(`Rule with id ${rule.id} does not have a unique ID.`);
    next.set(rule.id, rule);
  }
  store.clear();
  for (const [id, rule] of next) store.set(id, rule);
}

/**
 * A urlFilter as Chromium reads it: "||" a host or a subdomain of it, "|" the start or the end, "*"
 * anything, "^" a separator (anything but a letter, a digit or one of "_-.%") or the end.
 */
export function urlFilterRegex(filter: string, caseSensitive: boolean): RegExp {
  let source = '';
  let rest = filter;
  if (rest.startsWith('||')) {
    source = '^[a-z][a-z0-9+.-]*://([^/?#]*\\.)?';
    rest = rest.slice(2);
  } else if (rest.startsWith('|')) {
    source = '^';
    rest = rest.slice(1);
  }
  const end = rest.endsWith('|');
  if (end) rest = rest.slice(0, -1);
  for (const char of rest) {
    if (char === '*') source += '.*';
    else if (char === '^') source += '([^A-Za-z0-9_.%-]|$)';
    else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(source + (end ? '$' : ''), caseSensitive ? '' : 'i');
}

/** The rule's condition as an expression over the request URL. */
export function regexOf(rule: DnrRule): RegExp {
  const { condition } = rule;
  return 'regexFilter' in condition
    ? new RegExp(condition.regexFilter, condition.isUrlFilterCaseSensitive ? '' : 'i')
    : urlFilterRegex(condition.urlFilter, condition.isUrlFilterCaseSensitive);
}

/** Where a redirect rule that matches `request` sends it. */
export function redirectOf(rule: DnrRule, request: string, extensionOrigin = `chrome-extension://${fakeBrowser.runtime.id}`): string {
  if (rule.action.type !== 'redirect') throw new Error('not a redirect rule');
  const { redirect } = rule.action;
  if ('extensionPath' in redirect) return `${extensionOrigin}${redirect.extensionPath}`;
  return request.replace(regexOf(rule), redirect.regexSubstitution.replace(/\\0/g, '$$&'));
}

export function installFakeDnr(): FakeDnr {
  const dynamic = new Map<number, DnrRule>();
  const session = new Map<number, DnrRule>();
  const api = {
    getDynamicRules: async () => [...dynamic.values()],
    getSessionRules: async () => [...session.values()],
    updateDynamicRules: async (options: { removeRuleIds?: number[]; addRules?: DnrRule[] }) => update(dynamic, options),
    updateSessionRules: async (options: { removeRuleIds?: number[]; addRules?: DnrRule[] }) => update(session, options),
  };
  Object.assign(fakeBrowser.declarativeNetRequest, api);
  return {
    dynamic,
    session,
    outcome(address, tabId = 1) {
      const url = new URL(address);
      url.hash = '';
      const request = url.href;
      const matching = [...dynamic.values(), ...session.values()]
        .filter((rule) => !rule.condition.tabIds || rule.condition.tabIds.includes(tabId))
        .filter((rule) => regexOf(rule).test(request))
        .sort((a, b) => b.priority - a.priority || (a.action.type === 'allow' ? -1 : 1));
      const winner = matching[0];
      if (!winner) return { type: 'none' };
      if (winner.action.type === 'allow') return { type: 'allow' };
      return { type: 'redirect', to: redirectOf(winner, request) };
    },
  };
}
