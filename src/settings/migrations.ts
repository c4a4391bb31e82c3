// Ordered migrations of the stored settings document: MIGRATIONS[n] turns version n-1 into version n.
// @wxt-dev/storage runs them on the stored item; import runs them on older files. Each one needs a
// fixture of the old shape in tests/fixtures/settings/v<n-1>.json and a test (tests/unit/settings/).
// Version 1 is the first shape; there is nothing to migrate from yet.
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

/** Bring a document of `fromVersion` up to `toVersion`, one step at a time. */
export function migrateDocument(doc: unknown, fromVersion: number, toVersion: number): unknown {
  let current = doc;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration to settings version ${version}`);
    current = step(current);
  }
  return current;
}
