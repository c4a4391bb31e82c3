// Repair a stored settings value field by field (issue 2): a bad field falls back to its default,
// everything else is kept. The caller keeps the raw original aside; nothing is silently wiped.
import { z } from 'zod';
import { settingsSchema, type Settings } from './schema';

export interface RepairResult {
  settings: Settings;
  /** One line per field that had to be reset or dropped, e.g. "filter.mode: reset to its default". */
  problems: string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unwrapDefault(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

function repairValue(schema: z.ZodType, value: unknown, path: string, problems: string[]): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;

  const inner = unwrapDefault(schema);
  if (inner instanceof z.ZodObject && isPlainObject(value)) {
    const shape = inner.shape as Record<string, z.ZodType>;
    const repaired: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(shape)) {
      repaired[key] = repairValue(fieldSchema, value[key], path ? `${path}.${key}` : key, problems);
    }
    const again = inner.safeParse(repaired);
    if (again.success) return again.data;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    const element = inner.element as z.ZodType;
    const kept: unknown[] = [];
    value.forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      const parsed = element.safeParse(item);
      if (parsed.success) {
        kept.push(parsed.data);
        return;
      }
      const itemInner = unwrapDefault(element);
      if (itemInner instanceof z.ZodObject && isPlainObject(item)) {
        kept.push(repairValue(element, item, itemPath, problems));
        return;
      }
      problems.push(`${itemPath}: dropped (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    });
    const again = schema.safeParse(kept);
    if (again.success) return again.data;
  }

  problems.push(`${path || 'settings'}: reset to its default (${whole.error.issues[0]?.message ?? 'invalid'})`);
  return schema.parse(undefined);
}

export function repairSettings(raw: unknown): RepairResult {
  const problems: string[] = [];
  const source = isPlainObject(raw) ? raw : {};
  if (!isPlainObject(raw)) problems.push('settings: not an object, started from the defaults');
  const settings = repairValue(settingsSchema, source, '', problems) as Settings;
  return { settings, problems };
}
