// A journal or incident-log entry as stored in storage.local "journal" (issue 7). Types only, so the
// background (which writes entries) and the UI (which reads and exports them) share one shape.
import type { JournalEntryInput } from '../messages';

export type { Initiator, JournalEntryInput, JournalKind } from '../messages';

export const JOURNAL_KEY = 'journal';

export interface JournalEntry extends JournalEntryInput {
  id: string;
  /** When it was written down (epoch ms), which may differ from when it happened (`at`). */
  createdAt: number;
}
