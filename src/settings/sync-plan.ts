// The settings copy in the browser's own sync (issue 7), planned to fit its quota before anything is
// written. Chrome counts an item as its key plus the JSON of its value, in bytes, with at most
// 8,192 bytes an item and 102,400 in all (Firefox's limits are the same). Pure.

export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_MAX_ITEMS = 512;
/** Keys of the copy: "oosSettings" holds how many parts, "oosSettings.0"… hold the JSON in pieces. */
export const SYNC_INDEX_KEY = 'oosSettings';
export const syncPartKey = (index: number) => `${SYNC_INDEX_KEY}.${index}`;

export type SyncPlan =
  | { ok: true; items: Record<string, unknown>; bytes: number }
  | { ok: false; reason: 'too-large'; bytes: number; limit: number };

const encoder = new TextEncoder();

export function syncItemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** Split `document` (the settings) into sync items that each fit the per-item quota, or say why not. */
export function planSync(document: unknown): SyncPlan {
  const text = JSON.stringify(document);
  const codePoints = Array.from(text);
  const parts: string[] = [];
  // Leave room for the key and the quotes and escapes JSON adds around a string part.
  const budget = SYNC_QUOTA_BYTES_PER_ITEM - 64;
  let start = 0;
  while (start < codePoints.length) {
    let end = Math.min(codePoints.length, start + budget);
    let part = codePoints.slice(start, end).join('');
    while (syncItemBytes(syncPartKey(parts.length), part) > SYNC_QUOTA_BYTES_PER_ITEM) {
      end = start + Math.max(1, Math.floor((end - start) * 0.9));
      part = codePoints.slice(start, end).join('');
    }
    parts.push(part);
    start = end;
  }
  const items: Record<string, unknown> = { [SYNC_INDEX_KEY]: { parts: parts.length } };
  parts.forEach((part, index) => (items[syncPartKey(index)] = part));
  const bytes = Object.entries(items).reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);
  if (bytes > SYNC_QUOTA_BYTES || parts.length + 1 > SYNC_MAX_ITEMS) {
    return { ok: false, reason: 'too-large', bytes, limit: SYNC_QUOTA_BYTES };
  }
  return { ok: true, items, bytes };
}

/** The settings document back from sync items, or null when the copy is missing or incomplete. */
export function readSyncItems(items: Record<string, unknown>): unknown {
  const index = items[SYNC_INDEX_KEY] as { parts?: unknown } | undefined;
  if (!index || typeof index.parts !== 'number') return null;
  let text = '';
  for (let i = 0; i < index.parts; i++) {
    const part = items[syncPartKey(i)];
    if (typeof part !== 'string') return null;
    text += part;
  }
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
