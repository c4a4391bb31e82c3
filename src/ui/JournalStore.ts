// The journal as pages read it: straight from storage.local (the background writes it), kept live.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { JOURNAL_KEY, type JournalEntry } from '../journal/types';

export async function readJournal(): Promise<JournalEntry[]> {
  const stored = await browser.storage.local.get(JOURNAL_KEY);
  const entries = stored[JOURNAL_KEY];
  return Array.isArray(entries) ? (entries as JournalEntry[]) : [];
}

export function useJournal(): JournalEntry[] | null {
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void readJournal().then((value) => live && setEntries(value));
    load();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && JOURNAL_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return entries;
}
