// What the background hands to content scripts through one storage.local read (key "compiled"):
// everything they need to hide, already compiled from the settings. Types only: no zod, no settings.
import type { MatcherSpec } from './matching/spec';
import type { SiteId } from './sites/types';

export interface CompiledConfig {
  v: 1;
  matcher: MatcherSpec;
  mode: 'hide' | 'blur';
  /** Sites the user switched off (absent or true means on). */
  sites: Partial<Record<SiteId, boolean>>;
  /** Filter every other site too (the optional host permission was granted). */
  allSites: boolean;
  /** Epoch ms until which filtering is snoozed, or null. */
  snoozedUntil: number | null;
}
