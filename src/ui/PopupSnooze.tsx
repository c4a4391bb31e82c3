// Snoozing with friction (issue 6): a short wait with a kind question before the choices appear, then
// 15 minutes or an hour; filtering turns itself back on, and the popup says so.
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../messages';
import { t } from './i18n';

export const SNOOZE_WAIT_SECONDS = 10;

export function PopupSnooze({ onSnoozed, onCancel }: { onSnoozed: () => void; onCancel: () => void }) {
  const [left, setLeft] = useState(SNOOZE_WAIT_SECONDS);
  const [error, setError] = useState(false);

  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);

  async function snooze(minutes: 15 | 60) {
    try {
      await sendMessage('startSnooze', { minutes });
      onSnoozed();
    } catch {
      setError(true);
    }
  }

  return (
    <section class="panel" aria-labelledby="snooze-heading">
      <h2 id="snooze-heading">{t('popup_snooze_heading')}</h2>
      <p>{t('popup_snooze_question')}</p>
      {left > 0 ? (
        <p class="muted" aria-live="polite" data-testid="snooze-wait">
          {left === 1 ? t('popup_snooze_wait_one') : t('popup_snooze_wait', left)}
        </p>
      ) : (
        <div class="actions-row">
          <button type="button" onClick={() => snooze(15)}>{t('popup_snooze_15')}</button>
          <button type="button" onClick={() => snooze(60)}>{t('popup_snooze_60')}</button>
        </div>
      )}
      <p class="muted">{t('popup_snooze_rearms')}</p>
      {error && <p role="alert" class="alert">{t('popup_snooze_failed')}</p>}
      <div class="actions-row">
        <button type="button" class="primary" onClick={onCancel}>{t('popup_snooze_keep')}</button>
      </div>
    </section>
  );
}
