// The printable journal (options.html?print=journal&from=…&to=…): a plain dated table that prints well,
// for someone who needs a record of violations for a lawyer or the police.
import { useEffect } from 'preact/hooks';
import { journalRow } from '../journal/export';
import { searchJournal } from '../journal/search';
import { useJournal } from './JournalStore';
import { t } from './i18n';

export function JournalPrint({ from, to, now }: { from: string; to: string; now: Date }) {
  const entries = useJournal();
  useEffect(() => {
    document.title = t('journal_print_title');
  }, []);
  const rows = entries ? searchJournal(entries, { from, to }).map(journalRow) : [];
  const range = from || to ? t('journal_print_range', from || '…', to || '…') : t('journal_print_all');
  return (
    <main class="page print">
      <h1>{t('journal_print_title')}</h1>
      <p>{range}</p>
      <p class="muted">{t('journal_print_note', now.toISOString())}</p>
      <p class="no-print">
        <button type="button" class="primary" onClick={() => window.print()}>{t('journal_print_button')}</button>
      </p>
      {entries !== null && rows.length === 0 && <p>{t('journal_print_empty')}</p>}
      {rows.length > 0 && (
        <table>
          <caption class="visually-hidden">{t('journal_print_title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journal_col_date')}</th>
              <th scope="col">{t('journal_col_time')}</th>
              <th scope="col">{t('journal_col_kind')}</th>
              <th scope="col">{t('journal_col_initiated')}</th>
              <th scope="col">{t('journal_col_text')}</th>
              <th scope="col">{t('journal_col_circumstances')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>{row.date}</td>
                <td>{row.time} <span class="muted">{row.offset}</span></td>
                <td>{row.kind}</td>
                <td>{row.initiatedBy}</td>
                <td class="pre">{row.text}</td>
                <td class="pre">{row.circumstances}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
