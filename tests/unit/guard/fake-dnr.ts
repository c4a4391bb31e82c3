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

function regexOf(rule: DnrRule): RegExp {
  return new RegExp(rule.condition.regexFilter, rule.condition.isUrlFilterCaseSensitive ? '' : 'i');
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
      const substitution = winner.action.redirect.regexSubstitution.replace(/\\0/g, '$$&');
      return { type: 'redirect', to: request.replace(regexOf(winner), substitution) };
    },
  };
}
