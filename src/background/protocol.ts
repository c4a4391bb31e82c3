// Where messages enter the background: one zod schema per message, checked before any handler runs.
import { z } from 'zod';
import { SITE_IDS } from '../sites/types';
import type { MessageName, RequestOf } from '../messages';

export const eventSiteSchema = z.enum([...SITE_IDS, 'other']);
/** A report's id (issue 6): the same id is counted once, so a resend after a stopped worker is safe. */
const reportId = z.string().min(1).max(100);

/** Every message in the protocol must have a schema here (the mapped type makes a missing one a type error). */
export const REQUEST_SCHEMAS: { [K in MessageName]: z.ZodType<RequestOf<K>> } = {
  ping: z.object({}).strict(),
  recordHidden: z.object({ site: eventSiteSchema, count: z.int().min(1).max(10_000), id: reportId.optional() }).strict(),
  recordReveal: z.object({ site: eventSiteSchema, id: reportId.optional() }).strict(),
  addJournalEntry: z
    .object({
      kind: z.enum(['urge', 'journal', 'contact', 'violation']),
      at: z.iso.datetime({ offset: true }),
      initiatedBy: z.enum(['me', 'them', 'someone-else', 'unknown']).optional(),
      text: z.string().max(20_000),
      circumstances: z.string().max(20_000).optional(),
    })
    .strict(),
  getStats: z.object({}).strict(),
  logContact: z
    .object({
      at: z.iso.datetime({ offset: true }),
      initiatedBy: z.enum(['me', 'them', 'someone-else', 'unknown']),
      note: z.string().max(20_000),
      requestId: z.string().min(1).max(100),
    })
    .strict(),
  markCelebrated: z.object({ milestone: z.int().min(1).max(3650) }).strict(),
  startSnooze: z.object({ minutes: z.union([z.literal(15), z.literal(60)]) }).strict(),
  cancelSnooze: z.object({}).strict(),
  deleteEverything: z.object({ confirm: z.literal('DELETE') }).strict(),
  checkNavigation: z.object({ url: z.string().max(4096) }).strict(),
  getPromptContext: z.object({ target: z.string().max(4096) }).strict(),
  allowOnce: z.object({}).strict(),
};
