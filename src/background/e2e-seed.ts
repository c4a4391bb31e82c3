// Used only by the "e2e" build (see __OOS_E2E_SEED__ in wxt.config.ts): stores the demo settings on a
// fresh profile, through the same validation as an import, so Firefox tests can see the filter work.
import { parseSettingsFile } from '../settings/file';
import { saveSettings, settingsItem } from '../state/settings';

export async function seedSettingsOnce(seed: unknown): Promise<void> {
  if ((await settingsItem.getValue()) != null) return;
  const parsed = parseSettingsFile(JSON.stringify(seed));
  if (!parsed.ok) throw new Error(`e2e seed settings are invalid: ${parsed.message}`);
  await saveSettings(parsed.settings);
}
