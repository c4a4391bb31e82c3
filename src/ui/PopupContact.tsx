// "I had contact": when, who reached out, a note. Refused kindly in the future or before the start
// date (checked here for a quick answer and again in the background, which decides). The streak
// starts again; the best streak stays; the entry is kept in the journal.
import { useState } from 'preact/hooks';
import { sendMessage, type ContactRefusal, type Initiator, type StatsView } from '../messages';
import { checkContactTime } from '../stats/streak';
import { isoWithOffset, localDay, systemTimeZone } from '../stats/calendar';
import { t } from './i18n';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const REFUSAL_TEXT: Record<ContactRefusal, () => string> = {
  future: () => t('popup_contact_refused_future'),
  'before-start': () => t('popup_contact_refused_before_start'),
  invalid: () => t('popup_contact_refused_invalid'),
};

export function PopupContact({ stats, onLogged, onCancel }: {
  stats: StatsView;
  onLogged: (message: string) => void;
  onCancel: () => void;
}) {
  const now = new Date();
  const zone = systemTimeZone();
  const [date, setDate] = useState(localDay(now.getTime(), zone));
  const [time, setTime] = useState(`${pad(now.getHours())}:${pad(now.getMinutes())}`);
  const [who, setWho] = useState<Initiator>('them');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One id per form: a resend after a stopped worker is recognised and counted once.
  const [requestId] = useState(() => crypto.randomUUID());

  async function submit(event: Event) {
    event.preventDefault();
    const at = new Date(`${date}T${time}`);
    const check = checkContactTime(at.getTime(), { now: Date.now(), startedAt: stats.startedAt, timeZone: zone });
    if (!check.ok) {
      setError(REFUSAL_TEXT[check.reason]());
      return;
    }
    setBusy(true);
    try {
      const result = await sendMessage('logContact', {
        at: isoWithOffset(at.getTime(), -at.getTimezoneOffset()),
        initiatedBy: who,
        note,
        requestId,
      });
      if (!result.ok) {
        setError(REFUSAL_TEXT[result.reason]());
        return;
      }
      onLogged(t('popup_contact_logged', `${result.bestStreak} ${result.bestStreak === 1 ? t('popup_day') : t('popup_days')}`));
    } catch {
      setError(t('popup_contact_failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="panel" onSubmit={submit} aria-labelledby="contact-heading" noValidate>
      <h2 id="contact-heading">{t('popup_contact_heading')}</h2>
      <p class="muted">{t('popup_contact_intro')}</p>
      <div class="field-row">
        <label>
          {t('popup_contact_date')}
          <input type="date" required value={date} max={localDay(Date.now(), zone)} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label>
          {t('popup_contact_time')}
          <input type="time" required value={time} onInput={(e) => setTime(e.currentTarget.value)} />
        </label>
      </div>
      <fieldset>
        <legend>{t('popup_contact_who')}</legend>
        {(['me', 'them', 'someone-else'] as const).map((value) => (
          <label key={value} class="choice">
            <input type="radio" name="who" value={value} checked={who === value} onChange={() => setWho(value)} />
            {t(`popup_contact_who_${value.replace('-', '_')}` as 'popup_contact_who_me')}
          </label>
        ))}
      </fieldset>
      <label class="stacked">
        {t('popup_contact_note')}
        <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {error && <p role="alert" class="alert">{error}</p>}
      <div class="actions-row">
        <button type="submit" class="primary" disabled={busy}>{t('popup_contact_save')}</button>
        <button type="button" onClick={onCancel}>{t('popup_cancel')}</button>
      </div>
    </form>
  );
}

