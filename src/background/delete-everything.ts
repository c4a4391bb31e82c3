// "Delete everything" (issue 7): nothing the extension stored may remain — storage.local, .session and
// .sync, dynamic and session declarativeNetRequest rules (profile guards, allow-once), registered
// content scripts, alarms, the badge and the optional "all sites" permission. Runs in the background
// because only it can reach rules and registrations, and so no other part is mid-write afterwards.
import { browser } from 'wxt/browser';

type Area = { clear(): Promise<void>; get(keys: null): Promise<Record<string, unknown>> };
/** The parts of these APIs used here; each may be missing (Firefox MV2 has no session rules). */
type RuleApi = {
  getDynamicRules(): Promise<{ id: number }[]>;
  updateDynamicRules(change: { removeRuleIds: number[] }): Promise<void>;
  getSessionRules?(): Promise<{ id: number }[]>;
  updateSessionRules(change: { removeRuleIds: number[] }): Promise<void>;
};
type ScriptingApi = {
  getRegisteredContentScripts?(): Promise<{ id: string }[]>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
};
type BadgeApi = { setBadgeText(details: { text: string }): Promise<void> };

function storageAreas(): Area[] {
  const storage = browser.storage as unknown as Record<string, Area | undefined>;
  return ['local', 'session', 'sync'].map((name) => storage[name]).filter((area): area is Area => !!area);
}

async function removeRules(): Promise<void> {
  const dnr = (browser as unknown as { declarativeNetRequest?: RuleApi }).declarativeNetRequest;
  if (!dnr) return;
  const dynamic = await dnr.getDynamicRules();
  if (dynamic.length) await dnr.updateDynamicRules({ removeRuleIds: dynamic.map((rule) => rule.id) });
  const session = (await dnr.getSessionRules?.()) ?? [];
  if (session.length) await dnr.updateSessionRules({ removeRuleIds: session.map((rule) => rule.id) });
}

async function removeRegistrations(): Promise<void> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  const registered = (await scripting?.getRegisteredContentScripts?.()) ?? [];
  if (registered.length) await scripting!.unregisterContentScripts({ ids: registered.map((script) => script.id) });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function deleteEverything(): Promise<void> {
  await removeRules();
  await removeRegistrations().catch(() => undefined);
  await browser.alarms?.clearAll().catch(() => undefined);
  const actions = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  const action = actions.action ?? actions.browserAction;
  await action?.setBadgeText({ text: '' }).catch(() => undefined);
  await browser.permissions.remove({ origins: ['<all_urls>'] }).catch(() => false);
  // Watchers elsewhere in the background react to the settings disappearing (the compiler writes
  // "compiled" again, a late count may land): clear until storage stays empty, a few rounds at most.
  for (let round = 0; round < 5; round++) {
    for (const area of storageAreas()) await area.clear();
    await pause(150);
    const left = await Promise.all(storageAreas().map((area) => area.get(null)));
    if (left.every((items) => Object.keys(items).length === 0)) return;
  }
  // Something keeps writing: clear once more and report it rather than pretend.
  for (const area of storageAreas()) await area.clear();
  const left = await browser.storage.local.get(null);
  if (Object.keys(left).length > 0) throw new Error(`these could not be deleted: ${Object.keys(left).join(', ')}`);
}
