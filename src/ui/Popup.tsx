// The toolbar popup (issue 6): the streak as a large, kind number, what was stopped today and in all,
// 30 days as a chart, and three actions: "I feel the urge", "I had contact", "Snooze filtering".
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type StatsView } from '../messages';
import { PopupStreak } from './PopupStreak';
import { PopupChart } from './PopupChart';
import { PopupContact } from './PopupContact';
import { PopupSnooze } from './PopupSnooze';
import { t } from './i18n';

type View = 'main' | 'contact' | 'snooze';

function clock(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

export function Popup() {
  const [stats, setStats] = useState<StatsView | null>(null);
  const [failed, setFailed] = useState(false);
  const [view, setView] = useState<View>('main');
  const [notice, setNotice] = useState<string | null>(null);
  const [celebrating, setCelebrating] = useState<number | null>(null);

  async function load() {
    try {
      const next = await sendMessage('getStats', {});
      setStats(next);
      setFailed(false);
      if (next.celebrate !== null) {
        // Celebrated once: shown now, and marked so the next opening does not repeat it.
        setCelebrating(next.celebrate);
        void sendMessage('markCelebrated', { milestone: next.celebrate }).catch(() => undefined);
      }
    } catch {
      setFailed(true);
    }
  }

  useEffect(() => {
    void load();
  }, []);

  async function openCalm() {
    await browser.tabs.create({ url: browser.runtime.getURL('/calm.html') });
    window.close();
  }

  async function resumeFiltering() {
    await sendMessage('cancelSnooze', {});
    setNotice(t('popup_snooze_ended'));
    await load();
  }

  if (failed) return <main class="popup"><p role="alert" class="alert">{t('popup_load_failed')}</p></main>;
  if (!stats) return <main class="popup" aria-busy="true"><p class="muted">{t('popup_loading')}</p></main>;

  return (
    <main class="popup">
      <p class="brand">
        {stats.person ? t('popup_keeping_out_of_sight', stats.person) : t('extName')}
      </p>
      {celebrating !== null && (
        <p class="celebrate" role="status">{t('popup_celebrate', celebrating)}</p>
      )}
      {notice && <p class="status" role="status">{notice}</p>}
      {stats.snoozedUntil !== null && (
        <div class="snoozed" role="status">
          <p>{t('popup_snoozed_until', clock(stats.snoozedUntil))}</p>
          <button type="button" class="primary" onClick={resumeFiltering}>{t('popup_snooze_resume')}</button>
        </div>
      )}

      {view === 'contact' && (
        <PopupContact
          stats={stats}
          onCancel={() => setView('main')}
          onLogged={(message) => {
            setNotice(message);
            setView('main');
            void load();
          }}
        />
      )}
      {view === 'snooze' && (
        <PopupSnooze
          onCancel={() => setView('main')}
          onSnoozed={() => {
            setView('main');
            void load();
          }}
        />
      )}
      {view === 'main' && (
        <>
          <PopupStreak stats={stats} />
          <section class="counts" aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t('popup_stopped_heading')}</h2>
            <table>
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('popup_today')}</th>
                  <th scope="col">{t('popup_in_all')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('popup_blocked_label')}</th>
                  <td data-testid="blocked-today">{stats.blockedToday}</td>
                  <td data-testid="blocked-total">{stats.blockedTotal}</td>
                </tr>
                <tr>
                  <th scope="row">{t('popup_hidden_label')}</th>
                  <td data-testid="hidden-today">{stats.hiddenToday}</td>
                  <td data-testid="hidden-total">{stats.hiddenTotal}</td>
                </tr>
              </tbody>
            </table>
          </section>
          <PopupChart daily={stats.daily} />
          <nav class="actions" aria-label={t('popup_actions_label')}>
            <button type="button" class="primary" onClick={openCalm}>{t('popup_urge')}</button>
            <button type="button" onClick={() => { setNotice(null); setView('contact'); }}>{t('popup_contact')}</button>
            {stats.snoozedUntil === null && (
              <button type="button" onClick={() => { setNotice(null); setView('snooze'); }}>{t('popup_snooze')}</button>
            )}
          </nav>
        </>
      )}
    </main>
  );
}
