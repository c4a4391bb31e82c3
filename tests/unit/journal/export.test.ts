// Issue 7: journal exports a lawyer or the police could be handed. Every field survives exactly and
// no cell can run as a spreadsheet formula.
import { describe, expect, it } from 'vitest';
import { JOURNAL_CSV_COLUMNS, csvField, journalToCsv, journalToJson } from '../../../src/journal/export';
import type { JournalEntry } from '../../../src/journal/types';

function entry(partial: Partial<JournalEntry>): JournalEntry {
  return { id: 'e1', kind: 'violation', at: '2026-11-02T21:40:00+01:00', text: '', createdAt: Date.UTC(2026, 10, 2, 21, 0), ...partial };
}

/** A small RFC 4180 reader, so the tests check what a spreadsheet would actually see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') { field += '"'; i++; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(field); field = ''; }
    else if (char === '\r' && body[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += char;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

describe('journal CSV', () => {
  it('starts with the expected columns', () => {
    const [header] = parseCsv(journalToCsv([]));
    expect(header).toEqual([...JOURNAL_CSV_COLUMNS]);
    expect(header).toEqual(['Date', 'Time', 'UTC offset', 'Kind', 'Initiated by', 'What happened', 'Circumstances', 'Written down at (UTC)']);
  });

  it('keeps commas, quotes and newlines inside one field', () => {
    const text = 'He said "I\'m outside", then waited,\nthen left.\r\nTwo lines later.';
    const rows = parseCsv(journalToCsv([entry({ text, circumstances: 'At work, 3rd floor', initiatedBy: 'them' })]));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['2026-11-02', '21:40', 'UTC+01:00', 'Boundary violation', 'Them', text, 'At work, 3rd floor', '2026-11-02T21:00:00.000Z']);
  });

  it.each(['=cmd|" /C calc"!A0', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1'])('neutralises a formula: %j', (danger) => {
    const rows = parseCsv(journalToCsv([entry({ text: danger, circumstances: danger })]));
    expect(rows[1]![5]).toBe(`'${danger}`);
    expect(rows[1]![6]).toBe(`'${danger}`);
    for (const cell of rows[1]!) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('leaves ordinary text as it was written', () => {
    expect(csvField('Sent flowers to my work')).toBe('Sent flowers to my work');
    expect(csvField('')).toBe('');
    expect(csvField('  padded ')).toBe('"  padded "');
    expect(csvField('José – “quoted”')).toBe('José – “quoted”');
  });

  it('reads a UTC time as offset UTC+00:00 and leaves missing fields empty', () => {
    const rows = parseCsv(journalToCsv([entry({ at: '2026-03-29T01:30:00Z', kind: 'urge', text: 'Wanted to look.' })]));
    expect(rows[1]!.slice(0, 7)).toEqual(['2026-03-29', '01:30', 'UTC+00:00', 'Urge', '', 'Wanted to look.', '']);
  });

  it('keeps HTML as the literal text the user typed', () => {
    const html = '<img src=x onerror=alert(1)><b>bold</b>';
    expect(parseCsv(journalToCsv([entry({ text: html })]))[1]![5]).toBe(html);
  });
});

describe('journal JSON', () => {
  it('holds every entry unchanged, with when it was exported', () => {
    const entries = [entry({ text: 'a, "b"\nc', initiatedBy: 'me' }), entry({ id: 'e2', kind: 'journal', text: 'calm day' })];
    const doc = JSON.parse(journalToJson(entries, Date.UTC(2026, 10, 22, 12)));
    expect(doc).toEqual({ format: 'out-of-sight-journal', exportedAt: '2026-11-22T12:00:00.000Z', entries });
  });
});
