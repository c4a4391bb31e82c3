// Every storage.local key the extension writes, in one place, so "delete everything" misses none.
export const STORAGE_KEYS = {
  /** The settings document (versioned by @wxt-dev/storage; its meta lives at "settings$"). */
  settings: 'settings',
  /** A stored settings value that failed validation, kept aside whole when it was repaired. */
  settingsSetAside: 'settingsSetAside',
  /** What content scripts need, compiled by the background from the settings (no zod needed). */
  compiled: 'compiled',
} as const;
