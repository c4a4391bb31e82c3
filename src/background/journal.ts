// The journal and incident log (issue 7 owns this store): entries are kept whole, in storage.local,
// written through the same serialised queue as the counts so concurrent writers never lose one.
import { browser } from 'wxt/browser';
import type { JournalEntryInput } from '../messages';
import { JOURNAL_KEY, type JournalEntry } from '../journal/types';
import { serialised } from './events';

export { JOURNAL_KEY, type JournalEntry };

export function appendJournalEntry(input: JournalEntryInput, now: number): Promise<JournalEntry> {
  return serialised(async () => {
    const stored = await browser.storage.local.get(JOURNAL_KEY);
    const entries = (stored[JOURNAL_KEY] as JournalEntry[] | undefined) ?? [];
    const entry: JournalEntry = { ...input, id: crypto.randomUUID(), createdAt: now };
    await browser.storage.local.set({ [JOURNAL_KEY]: [...entries, entry] });
    return entry;
  });
}
