// Options → Your data (issue 7): the settings file (SettingsTransfer), "export everything" (settings,
// counts and journal in one file) and "delete everything" behind a typed confirmation. Deleting goes
// through the background, which alone can also remove its rules and registrations.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messages';
import { loadSettings } from '../state/settings';
import { JOURNAL_KEY } from '../journal/types';
import { SettingsTransfer } from './SettingsTransfer';
import { downloadText, localDate } from './components/download';
import { FieldMessage, describedBy } from './components/FieldMessage';
import { t } from './i18n';

export const EVERYTHING_FORMAT = 'out-of-sight-everything';
const CONFIRM_WORD = 'DELETE';

export function OptionsData({ now = () => new Date() }: { now?: () => Date }) {
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  async function exportEverything() {
    const settings = await loadSettings();
    const stored = await browser.storage.local.get(['events', JOURNAL_KEY]);
    const at = now();
    const doc = { format: EVERYTHING_FORMAT, exportedAt: at.toISOString(), settings, events: stored.events ?? null, journal: stored[JOURNAL_KEY] ?? [] };
    const fileName = `out-of-sight-everything-${localDate(at)}.json`;
    downloadText(fileName, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
    setNotice({ kind: 'status', text: t('options_everything_exported', fileName) });
  }

  async function deleteEverything(event: Event) {
    event.preventDefault();
    if (confirm.trim() !== CONFIRM_WORD) {
      setNotice({ kind: 'alert', text: t('options_delete_confirm_needed', CONFIRM_WORD) });
      return;
    }
    setBusy(true);
    try {
      await sendMessage('deleteEverything', { confirm: CONFIRM_WORD });
      setConfirm('');
      setNotice({ kind: 'status', text: t('options_delete_done') });
    } catch (error) {
      setNotice({ kind: 'alert', text: t('options_delete_failed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  }

  const typedWrong = confirm.trim() !== '' && confirm.trim() !== CONFIRM_WORD;
  return (
    <>
      <SettingsTransfer />
      <section id="everything" aria-labelledby="everything-heading" class="card">
        <h2 id="everything-heading">{t('options_everything_heading')}</h2>
        <p>{t('options_everything_intro')}</p>
        <button type="button" onClick={exportEverything}>{t('options_everything_export')}</button>
        <form class="danger-zone" onSubmit={deleteEverything} noValidate>
          <h3 id="delete-heading">{t('options_delete_heading')}</h3>
          <p id="delete-explain">{t('options_delete_explain')}</p>
          <div class="field">
            <label for="delete-confirm">{t('options_delete_label', CONFIRM_WORD)}</label>
            <input id="delete-confirm" type="text" autocomplete="off" spellcheck={false} value={confirm} onInput={(e) => setConfirm((e.currentTarget as HTMLInputElement).value)} aria-describedby={describedBy('delete-explain', typedWrong && 'delete-confirm-hint')} />
            <FieldMessage id="delete-confirm-hint" kind="hint" text={typedWrong ? t('options_delete_confirm_needed', CONFIRM_WORD) : null} />
          </div>
          <button type="submit" class="danger" disabled={busy || confirm.trim() !== CONFIRM_WORD}>{t('options_delete_button')}</button>
        </form>
        <div aria-live="polite">{notice?.kind === 'status' && <p role="status" class="status">{notice.text}</p>}</div>
        {notice?.kind === 'alert' && <p role="alert" class="alert">{notice.text}</p>}
      </section>
    </>
  );
}
