// The settings file (../shared/DESIGN.md): export writes it, import reads it strictly. A bad file is
// refused with a message that says what is wrong and where; the caller changes nothing then.
import { z } from 'zod';
import { SETTINGS_FORMAT, SETTINGS_VERSION, settingsSchema, type Settings } from './schema';
import { migrateDocument } from './migrations';

export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

export type ImportResult = { ok: true; settings: Settings } | { ok: false; message: string };

function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const where = describePath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return lines.join('; ') + more;
}

/** Parse a settings file's text. `byteLength` is the file's size as read from disk. */
export function parseSettingsFile(text: string, byteLength = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, message: `This file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; a settings file is at most 1 MB. Nothing was changed.` };
  }
  if (text.trim() === '') {
    return { ok: false, message: 'This file is empty. Nothing was changed.' };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `This file is not valid JSON (${detail}). Nothing was changed.` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, message: 'This file does not hold Out of Sight settings (expected a JSON object). Nothing was changed.' };
  }
  const record = doc as Record<string, unknown>;
  if (record.format !== SETTINGS_FORMAT) {
    return {
      ok: false,
      message: `This is not an Out of Sight settings file ("format" should be "${SETTINGS_FORMAT}"). Nothing was changed.`,
    };
  }
  const version = record.version ?? SETTINGS_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: '"version" must be a whole number. Nothing was changed.' };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      message: `This file was written by a newer Out of Sight (settings version ${version}); please update the extension first. Nothing was changed.`,
    };
  }
  const migrated = migrateDocument(doc, version, SETTINGS_VERSION) as Record<string, unknown>;
  const parsed = settingsSchema.safeParse({ ...migrated, version: SETTINGS_VERSION });
  if (!parsed.success) {
    return { ok: false, message: `Some settings in this file are not valid: ${describeIssues(parsed.error)}. Nothing was changed.` };
  }
  return { ok: true, settings: parsed.data };
}

/** The export document: the stored settings, formatted for people to read. */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`;
}
