// Every migration has a fixture of the old shape and turns it into a valid current document.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { MIGRATIONS, migrateDocument } from '../../../src/settings/migrations';
import { SETTINGS_VERSION, settingsSchema } from '../../../src/settings/schema';

describe('settings migrations', () => {
  it('are numbered without gaps up to the current version', () => {
    for (const version of Object.keys(MIGRATIONS).map(Number)) {
      expect(version).toBeGreaterThan(1);
      expect(version).toBeLessThanOrEqual(SETTINGS_VERSION);
    }
  });

  for (const version of Object.keys(MIGRATIONS).map(Number)) {
    it(`migrates the v${version - 1} fixture to a valid current document`, () => {
      const fixture = `tests/fixtures/settings/v${version - 1}.json`;
      expect(existsSync(fixture), `${fixture} is missing`).toBe(true);
      const migrated = migrateDocument(JSON.parse(readFileSync(fixture, 'utf8')), version - 1, SETTINGS_VERSION);
      expect(settingsSchema.safeParse(migrated).success).toBe(true);
    });
  }

  it('refuses to skip a step it does not know', () => {
    expect(() => migrateDocument({}, SETTINGS_VERSION, SETTINGS_VERSION + 1)).toThrow(/no migration/);
  });
});
