// Journal exports (issue 7): JSON for keeping, CSV for a spreadsheet, rows for a printable page.
// Someone may hand these to a lawyer or the police, so every field survives exactly, and a CSV cell
// can never run as a spreadsheet formula. Pure: the UI turns the text into a download.
import { entryDay, entryOffset, entryTime } from './search';
import type { JournalEntry, JournalKind, Initiator } from './types';

export const JOURNAL_EXPORT_FORMAT = 'out-of-sight-journal';

/** CSV header, in this order. */
export const JOURNAL_CSV_COLUMNS = [
  'Date',
  'Time',
  'UTC offset',
  'Kind',
  'Initiated by',
  'What happened',
  'Circumstances',
  'Written down at (UTC)',
] as const;

const KIND_WORDS: Record<JournalKind, string> = {
  urge: 'Urge',
  journal: 'Journal',
  contact: 'Contact',
  violation: 'Boundary violation',
};

const INITIATOR_WORDS: Record<Initiator, string> = {
  me: 'Me',
  them: 'Them',
  'someone-else': 'Someone else',
  unknown: 'Not sure',
};

export function kindWord(kind: JournalKind): string {
  return KIND_WORDS[kind] ?? kind;
}

export function initiatorWord(initiator: Initiator | undefined): string {
  return initiator ? (INITIATOR_WORDS[initiator] ?? initiator) : '';
}

/**
 * One CSV field (RFC 4180). Spreadsheets run cells starting with = + - @ (and tab or carriage return,
 * which some strip first) as formulas: "=HYPERLINK(…)" in a pasted message must stay text, so such
 * a cell is prefixed with an apostrophe, the OWASP-recommended neutraliser.
 */
export function csvField(value: string): string {
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text) || /^\s|\s$/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

export interface JournalRow {
  date: string;
  time: string;
  offset: string;
  kind: string;
  initiatedBy: string;
  text: string;
  circumstances: string;
  writtenAt: string;
}

/** An entry as the exports show it. */
export function journalRow(entry: JournalEntry): JournalRow {
  return {
    date: entryDay(entry),
    time: entryTime(entry),
    // "UTC+01:00", not "+01:00", which a spreadsheet would read as a formula.
    offset: entryOffset(entry) ? `UTC${entryOffset(entry)}` : '',
    kind: kindWord(entry.kind),
    initiatedBy: initiatorWord(entry.initiatedBy),
    text: entry.text,
    circumstances: entry.circumstances ?? '',
    writtenAt: Number.isFinite(entry.createdAt) ? new Date(entry.createdAt).toISOString() : '',
  };
}

/** CSV with a header row, CRLF line ends and a BOM so spreadsheet apps read accents correctly. */
export function journalToCsv(entries: readonly JournalEntry[]): string {
  const lines = [JOURNAL_CSV_COLUMNS.map(csvField).join(',')];
  for (const entry of entries) {
    const row = journalRow(entry);
    lines.push(
      [row.date, row.time, row.offset, row.kind, row.initiatedBy, row.text, row.circumstances, row.writtenAt]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The JSON export: every field of every entry, unchanged, with when the copy was made. */
export function journalToJson(entries: readonly JournalEntry[], now: number): string {
  return `${JSON.stringify({ format: JOURNAL_EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), entries }, null, 2)}\n`;
}
