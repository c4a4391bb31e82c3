// Options → Filtering (issue 7): hide or blur, per-site switches, "all other sites" (the optional host
// permission is asked for in the click itself, as browsers require a user gesture), the prompt's pause,
// strict mode, the badge, masking and the browser's sync. Each switch saves at once.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SITES } from '../sites/index';
import type { Settings } from '../settings/schema';
import { removeSyncCopy, writeSyncCopy } from './OptionsSettings';
import { FieldMessage, describedBy } from './components/FieldMessage';
import { t } from './i18n';

const ALL_SITES = { origins: ['<all_urls>'] };

type Notice = { kind: 'status' | 'alert'; text: string } | null;

export function OptionsFiltering({ settings, save }: { settings: Settings; save: (next: Settings) => Promise<Settings> }) {
  const [notice, setNotice] = useState<Notice>(null);
  const [pause, setPause] = useState(String(settings.guard.pauseSeconds));
  const [pauseError, setPauseError] = useState<string | null>(null);
  const [permission, setPermission] = useState<boolean | null>(null);

  useEffect(() => setPause(String(settings.guard.pauseSeconds)), [settings.guard.pauseSeconds]);
  useEffect(() => {
    void browser.permissions.contains(ALL_SITES).then(setPermission, () => setPermission(false));
  }, [settings.filter.allSites]);

  async function update(next: Settings, done = t('options_saved')) {
    try {
      await save(next);
      setNotice({ kind: 'status', text: done });
    } catch (error) {
      setNotice({ kind: 'alert', text: t('options_save_failed', error instanceof Error ? error.message : String(error)) });
    }
  }

  function setAllSites(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    if (!input.checked) {
      void update({ ...settings, filter: { ...settings.filter, allSites: false } }, t('options_all_sites_off'));
      return;
    }
    // The request must be the first thing this click does: after an await the gesture is gone.
    browser.permissions.request(ALL_SITES).then(
      (granted) => {
        setPermission(granted);
        if (granted) void update({ ...settings, filter: { ...settings.filter, allSites: true } }, t('options_all_sites_on'));
        else {
          input.checked = false;
          setNotice({ kind: 'status', text: t('options_all_sites_declined') });
        }
      },
      (error: unknown) => {
        input.checked = false;
        setNotice({ kind: 'alert', text: t('options_all_sites_failed', error instanceof Error ? error.message : String(error)) });
      },
    );
  }

  function commitPause() {
    const seconds = Number(pause);
    if (!Number.isInteger(seconds) || seconds < 3 || seconds > 300) {
      setPauseError(t('options_pause_invalid'));
      return;
    }
    setPauseError(null);
    if (seconds !== settings.guard.pauseSeconds) void update({ ...settings, guard: { ...settings.guard, pauseSeconds: seconds } });
  }

  async function setSync(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const on = input.checked;
    if (!on) {
      await removeSyncCopy().catch(() => undefined);
      await update({ ...settings, sync: { enabled: false } }, t('options_sync_off'));
      return;
    }
    const next = { ...settings, sync: { enabled: true } };
    const plan = await writeSyncCopy(next).catch((error: unknown) => ({ ok: false as const, reason: String(error) }));
    if (!plan.ok) {
      input.checked = false;
      setNotice({
        kind: 'alert',
        text: 'bytes' in plan ? t('options_sync_too_large', Math.ceil(plan.bytes / 1024), Math.floor(plan.limit / 1024)) : t('options_sync_failed', plan.reason),
      });
      return;
    }
    await update(next, t('options_sync_on'));
  }

  const toggle = (id: string, checked: boolean, onChange: (event: Event) => void, label: string, hint?: string) => (
    <div class="switch">
      <input id={id} type="checkbox" checked={checked} onChange={onChange} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label for={id}>{label}</label>
      {hint && <p id={`${id}-hint`} class="field-message hint">{hint}</p>}
    </div>
  );

  return (
    <section id="filtering" aria-labelledby="filtering-heading" class="card">
      <h2 id="filtering-heading">{t('options_filtering_heading')}</h2>
      <fieldset>
        <legend>{t('options_mode_legend')}</legend>
        {(['hide', 'blur'] as const).map((mode) => (
          <div class="choice" key={mode}>
            <input
              id={`mode-${mode}`}
              type="radio"
              name="mode"
              value={mode}
              checked={settings.filter.mode === mode}
              onChange={() => void update({ ...settings, filter: { ...settings.filter, mode } })}
            />
            <label for={`mode-${mode}`}>{mode === 'hide' ? t('options_mode_hide') : t('options_mode_blur')}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options_sites_legend')}</legend>
        <div class="site-grid">
          {SITES.map((site) =>
            toggle(`site-${site.id}`, settings.filter.sites[site.id] !== false, (event) => {
              const on = (event.currentTarget as HTMLInputElement).checked;
              void update({ ...settings, filter: { ...settings.filter, sites: { ...settings.filter.sites, [site.id]: on } } });
            }, site.name),
          )}
        </div>
        {toggle(
          'all-sites',
          settings.filter.allSites && permission !== false,
          setAllSites,
          t('options_all_sites_label'),
          settings.filter.allSites && permission === false ? t('options_all_sites_missing') : t('options_all_sites_hint'),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('options_guard_legend')}</legend>
        <div class="field">
          <label for="pause-seconds">{t('options_pause_label')}</label>
          <input
            id="pause-seconds"
            type="number"
            inputMode="numeric"
            min={3}
            max={300}
            value={pause}
            aria-invalid={pauseError ? true : undefined}
            aria-describedby={describedBy('pause-seconds-hint', pauseError && 'pause-seconds-error')}
            onInput={(event) => setPause((event.currentTarget as HTMLInputElement).value)}
            onChange={commitPause}
          />
          <p id="pause-seconds-hint" class="field-message hint">{t('options_pause_hint')}</p>
          <FieldMessage id="pause-seconds-error" kind="error" text={pauseError} />
        </div>
        {toggle('strict', settings.guard.strict, (event) => void update({ ...settings, guard: { ...settings.guard, strict: (event.currentTarget as HTMLInputElement).checked } }), t('options_strict_label'), t('options_strict_hint'))}
      </fieldset>
      <fieldset>
        <legend>{t('options_privacy_legend')}</legend>
        {toggle('badge', settings.display.badge, (event) => void update({ ...settings, display: { badge: (event.currentTarget as HTMLInputElement).checked } }), t('options_badge_label'))}
        {toggle('mask-names', settings.privacy.maskNames, (event) => void update({ ...settings, privacy: { maskNames: (event.currentTarget as HTMLInputElement).checked } }), t('options_mask_label'), t('options_mask_hint'))}
        {toggle('sync', settings.sync.enabled, (event) => void setSync(event), t('options_sync_label'), t('options_sync_hint'))}
      </fieldset>
      <div aria-live="polite">{notice?.kind === 'status' && <p role="status" class="status">{notice.text}</p>}</div>
      {notice?.kind === 'alert' && <p role="alert" class="alert">{notice.text}</p>}
    </section>
  );
}
