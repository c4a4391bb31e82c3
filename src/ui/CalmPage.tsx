// "I feel the urge" (issue 6): a minute of breathing, the user's own reasons, and a journal box.
// Nothing here asks anything of them; each part is there if it helps.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messages';
import { isoWithOffset } from '../stats/calendar';
import { Breathing } from './Breathing';
import { t } from './i18n';

/** The reasons as stored; read directly so this page needs no schema library (display only). */
async function readReasons(): Promise<string[]> {
  const stored = await browser.storage.local.get('settings');
  const reasons = (stored.settings as { reasons?: unknown } | undefined)?.reasons;
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string' && r.trim() !== '') : [];
}

export function CalmPage() {
  const [reasons, setReasons] = useState<string[] | null>(null);
  const [round, setRound] = useState(0);
  const [breathed, setBreathed] = useState(false);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<'no' | 'yes' | 'failed'>('no');

  useEffect(() => {
    void readReasons().then(setReasons, () => setReasons([]));
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    if (!text.trim()) return;
    const now = new Date();
    try {
      await sendMessage('addJournalEntry', { kind: 'urge', at: isoWithOffset(now.getTime(), -now.getTimezoneOffset()), text });
      setSaved('yes');
      setText('');
    } catch {
      setSaved('failed');
    }
  }

  return (
    <main class="calm">
      <header>
        <h1>{t('calm_heading')}</h1>
        <p class="lead">{t('calm_intro')}</p>
      </header>

      <section aria-labelledby="breathe-heading" class="card">
        <h2 id="breathe-heading">{t('calm_breathe_heading')}</h2>
        <Breathing key={round} seconds={60} onDone={() => setBreathed(true)} />
        {breathed && (
          <button type="button" onClick={() => { setBreathed(false); setRound((n) => n + 1); }}>
            {t('calm_breathe_again')}
          </button>
        )}
      </section>

      <section aria-labelledby="reasons-heading" class="card">
        <h2 id="reasons-heading">{t('calm_reasons_heading')}</h2>
        {reasons === null ? null : reasons.length > 0 ? (
          <ul class="reasons">{reasons.map((reason, i) => <li key={i}>{reason}</li>)}</ul>
        ) : (
          <p class="muted">{t('calm_reasons_none')}</p>
        )}
      </section>

      <section aria-labelledby="journal-heading" class="card">
        <h2 id="journal-heading">{t('calm_journal_heading')}</h2>
        <form onSubmit={save}>
          <label for="urge-text">{t('calm_journal_label')}</label>
          <textarea id="urge-text" rows={5} value={text} onInput={(e) => { setText(e.currentTarget.value); setSaved('no'); }} />
          <p class="muted">{t('calm_journal_private')}</p>
          <button type="submit" class="primary" disabled={!text.trim()}>{t('calm_journal_save')}</button>
        </form>
        <div aria-live="polite">{saved === 'yes' && <p class="status" role="status">{t('calm_journal_saved')}</p>}</div>
        {saved === 'failed' && <p class="alert" role="alert">{t('calm_journal_failed')}</p>}
      </section>

      <footer class="support">
        <p>{t('calm_support')}</p>
      </footer>
    </main>
  );
}
