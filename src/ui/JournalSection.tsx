// Options → Journal and incident log (issue 7): write down an urge, a thought, contact or a boundary
// violation with its date, time, who initiated and the circumstances; find entries by date; export
// them as JSON, CSV or a printable page for a lawyer or the police. Entries are shown as text only.
import { useState } from 'preact/hooks';
import { sendMessage } from '../messages';
import { journalToCsv, journalToJson, kindWord, initiatorWord } from '../journal/export';
import { entryDay, entryTime, journalTimestamp, searchJournal } from '../journal/search';
import type { Initiator, JournalKind } from '../journal/types';
import { useJournal } from './JournalStore';
import { FieldMessage, describedBy } from './components/FieldMessage';
import { downloadText, localDate, localTime } from './components/download';
import { t } from './i18n';

const KINDS: JournalKind[] = ['journal', 'urge', 'contact', 'violation'];
const INITIATORS: Initiator[] = ['them', 'me', 'someone-else', 'unknown'];
const MAX_TEXT = 20_000;

export function JournalSection({ now = () => new Date() }: { now?: () => Date }) {
  const entries = useJournal();
  const [kind, setKind] = useState<JournalKind>('journal');
  const [day, setDay] = useState(() => localDate(now()));
  const [time, setTime] = useState(() => localTime(now()));
  const [initiatedBy, setInitiatedBy] = useState<Initiator | ''>('');
  const [text, setText] = useState('');
  const [circumstances, setCircumstances] = useState('');
  const [errors, setErrors] = useState<{ text?: string; when?: string }>({});
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  const found = entries ? searchJournal(entries, { from, to }) : [];

  async function submit(event: Event) {
    event.preventDefault();
    const problems: typeof errors = {};
    if (!text.trim()) problems.text = t('journal_text_empty');
    else if (text.length > MAX_TEXT) problems.text = t('journal_text_too_long', MAX_TEXT.toLocaleString());
    if (circumstances.length > MAX_TEXT) problems.text = t('journal_text_too_long', MAX_TEXT.toLocaleString());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) problems.when = t('journal_when_invalid');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    // The offset the browser had at that moment, so the record says exactly when it happened.
    const offset = new Date(`${day}T${time}:00`).getTimezoneOffset();
    const at = journalTimestamp(day, time, offset);
    try {
      if (kind === 'contact') {
        // Logged contact restarts the streak (DESIGN.md), the same as "I had contact" in the popup,
        // which also writes the journal entry; the circumstances travel in its note.
        const note = circumstances.trim() ? `${text.trim()}\n\n${circumstances.trim()}` : text.trim();
        const result = await sendMessage('logContact', { at, initiatedBy: initiatedBy || 'unknown', note, requestId: crypto.randomUUID() });
        if (!result.ok) {
          setNotice({ kind: 'alert', text: t(`journal_contact_refused_${result.reason.replace('-', '_')}` as never) });
          return;
        }
      } else {
        await sendMessage('addJournalEntry', {
          kind,
          at,
          text: text.trim(),
          ...(initiatedBy ? { initiatedBy } : {}),
          ...(circumstances.trim() ? { circumstances: circumstances.trim() } : {}),
        });
      }
      setText('');
      setCircumstances('');
      setNotice({ kind: 'status', text: kind === 'contact' ? t('journal_contact_saved') : t('journal_saved') });
    } catch (error) {
      setNotice({ kind: 'alert', text: t('journal_save_failed', error instanceof Error ? error.message : String(error)) });
    }
  }

  function exportAs(format: 'csv' | 'json') {
    const stamp = localDate(now());
    if (format === 'csv') downloadText(`out-of-sight-journal-${stamp}.csv`, journalToCsv(found), 'text/csv');
    else downloadText(`out-of-sight-journal-${stamp}.json`, journalToJson(found, now().getTime()), 'application/json');
    setNotice({ kind: 'status', text: found.length === 1 ? t('journal_exported_one') : t('journal_exported', found.length) });
  }

  const printUrl = `options.html?print=journal&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

  return (
    <section id="journal" aria-labelledby="journal-heading" class="card">
      <h2 id="journal-heading">{t('journal_heading')}</h2>
      <p>{t('journal_intro')}</p>
      <form class="journal-form" onSubmit={submit} noValidate aria-labelledby="journal-new-heading">
        <h3 id="journal-new-heading">{t('journal_new_heading')}</h3>
        <div class="grid">
          <div class="field">
            <label for="journal-kind">{t('journal_kind_label')}</label>
            <select id="journal-kind" value={kind} onChange={(event) => setKind((event.currentTarget as HTMLSelectElement).value as JournalKind)}>
              {KINDS.map((k) => (
                <option value={k} key={k}>{t(`journal_kind_${k}` as never)}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="journal-date">{t('journal_date_label')}</label>
            <input id="journal-date" type="date" value={day} onInput={(event) => setDay((event.currentTarget as HTMLInputElement).value)} aria-invalid={errors.when ? true : undefined} aria-describedby={describedBy(errors.when && 'journal-when-error')} />
          </div>
          <div class="field">
            <label for="journal-time">{t('journal_time_label')}</label>
            <input id="journal-time" type="time" value={time} onInput={(event) => setTime((event.currentTarget as HTMLInputElement).value)} aria-invalid={errors.when ? true : undefined} aria-describedby={describedBy(errors.when && 'journal-when-error')} />
          </div>
          <div class="field">
            <label for="journal-initiated">{t('journal_initiated_label')}</label>
            <select id="journal-initiated" value={initiatedBy} onChange={(event) => setInitiatedBy((event.currentTarget as HTMLSelectElement).value as Initiator | '')}>
              <option value="">{t('journal_initiated_none')}</option>
              {INITIATORS.map((who) => (
                <option value={who} key={who}>{t(`journal_initiated_${who.replace('-', '_')}` as never)}</option>
              ))}
            </select>
          </div>
        </div>
        <FieldMessage id="journal-when-error" kind="error" text={errors.when} />
        <div class="field">
          <label for="journal-text">{t('journal_text_label')}</label>
          <textarea id="journal-text" rows={4} value={text} onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)} aria-invalid={errors.text ? true : undefined} aria-describedby={describedBy(errors.text && 'journal-text-error')} />
          <FieldMessage id="journal-text-error" kind="error" text={errors.text} />
        </div>
        <div class="field">
          <label for="journal-circumstances">{t('journal_circumstances_label')}</label>
          <textarea id="journal-circumstances" rows={3} value={circumstances} placeholder={t('journal_circumstances_placeholder')} onInput={(event) => setCircumstances((event.currentTarget as HTMLTextAreaElement).value)} />
        </div>
        <button type="submit" class="primary">{t('journal_save')}</button>
      </form>
      <div aria-live="polite">{notice?.kind === 'status' && <p role="status" class="status">{notice.text}</p>}</div>
      {notice?.kind === 'alert' && <p role="alert" class="alert">{notice.text}</p>}

      <h3 id="journal-entries-heading">{t('journal_entries_heading')}</h3>
      <fieldset class="range">
        <legend>{t('journal_range_legend')}</legend>
        <div class="grid">
          <div class="field">
            <label for="journal-from">{t('journal_from_label')}</label>
            <input id="journal-from" type="date" value={from} onInput={(event) => setFrom((event.currentTarget as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for="journal-to">{t('journal_to_label')}</label>
            <input id="journal-to" type="date" value={to} onInput={(event) => setTo((event.currentTarget as HTMLInputElement).value)} />
          </div>
        </div>
      </fieldset>
      <div class="row">
        <button type="button" onClick={() => exportAs('csv')} disabled={!found.length}>{t('journal_export_csv')}</button>
        <button type="button" onClick={() => exportAs('json')} disabled={!found.length}>{t('journal_export_json')}</button>
        <a class="button" href={printUrl} target="_blank" rel="noopener">{t('journal_printable')}</a>
      </div>
      <p class="muted" aria-live="polite">{entries === null ? '' : found.length === 1 ? t('journal_found_one') : t('journal_found', found.length)}</p>
      <ol class="journal-entries" aria-labelledby="journal-entries-heading" reversed>
        {[...found].reverse().map((entry) => (
          <li key={entry.id} class={`journal-entry kind-${entry.kind}`}>
            <p class="entry-meta">
              <span class="tag">{kindWord(entry.kind)}</span> <time dateTime={entry.at}>{entryDay(entry)} {entryTime(entry)}</time>
              {entry.initiatedBy && <span> · {t('journal_initiated_by', initiatorWord(entry.initiatedBy))}</span>}
            </p>
            {/* Text nodes only: whatever the entry holds (even HTML) is shown as the characters typed. */}
            <p class="entry-text">{entry.text}</p>
            {entry.circumstances && <p class="entry-circumstances">{entry.circumstances}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
