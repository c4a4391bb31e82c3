// The no-contact start date, an optional goal and the user's reasons in their own words: asked in
// onboarding and changeable in the options. Shown on the prompt page when they reach for a profile.
import { useEffect, useState } from 'preact/hooks';
import { streakSchema, settingsSchema, type Settings } from '../settings/schema';
import { FieldMessage, describedBy } from './components/FieldMessage';
import { t } from './i18n';

export interface StreakDraft {
  startedAt: string;
  goalDays: string;
  reasons: string;
}

export type StreakErrors = Partial<Record<keyof StreakDraft, string>>;

export function streakDraft(settings: Settings): StreakDraft {
  return { startedAt: settings.streak.startedAt ?? '', goalDays: settings.streak.goalDays ? String(settings.streak.goalDays) : '', reasons: settings.reasons.join('\n') };
}

/** The draft applied to `settings`, checked by the schema; problems come back by field. */
export function applyStreakDraft(settings: Settings, draft: StreakDraft): { ok: true; settings: Settings } | { ok: false; errors: StreakErrors } {
  const errors: StreakErrors = {};
  const goalText = draft.goalDays.trim();
  const goal = goalText === '' ? null : Number(goalText);
  const streak = streakSchema.safeParse({ startedAt: draft.startedAt.trim() || null, goalDays: goal });
  if (!streak.success) {
    for (const issue of streak.error.issues) {
      const field = issue.path[0] === 'goalDays' ? 'goalDays' : 'startedAt';
      errors[field] ??= field === 'goalDays' ? t('options_goal_invalid') : t('options_field_problem', issue.message);
    }
  }
  const reasons = draft.reasons.split('\n').map((line) => line.trim()).filter(Boolean);
  const whole = settingsSchema.safeParse({ ...settings, reasons });
  if (!whole.success) {
    const issue = whole.error.issues.find((i) => i.path[0] === 'reasons');
    if (issue) errors.reasons = issue.code === 'too_big' && issue.path.length === 1 ? t('options_reasons_too_many') : t('options_field_problem', issue.message);
  }
  if (Object.keys(errors).length || !streak.success) return { ok: false, errors };
  return { ok: true, settings: { ...settings, streak: streak.data, reasons } };
}

export function StreakFields({ idPrefix, draft, onChange, errors, today }: { idPrefix: string; draft: StreakDraft; onChange: (next: StreakDraft) => void; errors: StreakErrors; today: string }) {
  const field = (key: keyof StreakDraft) => (event: Event) => onChange({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value });
  return (
    <div class="streak-fields">
      <div class="field">
        <label for={`${idPrefix}-start`}>{t('options_start_label')}</label>
        <input id={`${idPrefix}-start`} type="date" max={today} value={draft.startedAt} onInput={field('startedAt')} aria-invalid={errors.startedAt ? true : undefined} aria-describedby={describedBy(`${idPrefix}-start-hint`, errors.startedAt && `${idPrefix}-start-error`)} />
        <p id={`${idPrefix}-start-hint`} class="field-message hint">{t('options_start_hint')}</p>
        <FieldMessage id={`${idPrefix}-start-error`} kind="error" text={errors.startedAt} />
      </div>
      <div class="field">
        <label for={`${idPrefix}-goal`}>{t('options_goal_label')}</label>
        <input id={`${idPrefix}-goal`} type="number" inputMode="numeric" min={1} max={3650} value={draft.goalDays} onInput={field('goalDays')} aria-invalid={errors.goalDays ? true : undefined} aria-describedby={describedBy(`${idPrefix}-goal-hint`, errors.goalDays && `${idPrefix}-goal-error`)} />
        <p id={`${idPrefix}-goal-hint`} class="field-message hint">{t('options_goal_hint')}</p>
        <FieldMessage id={`${idPrefix}-goal-error`} kind="error" text={errors.goalDays} />
      </div>
      <div class="field">
        <label for={`${idPrefix}-reasons`}>{t('options_reasons_label')}</label>
        <textarea id={`${idPrefix}-reasons`} rows={4} value={draft.reasons} onInput={field('reasons')} placeholder={t('options_reasons_placeholder')} aria-invalid={errors.reasons ? true : undefined} aria-describedby={describedBy(`${idPrefix}-reasons-hint`, errors.reasons && `${idPrefix}-reasons-error`)} />
        <p id={`${idPrefix}-reasons-hint`} class="field-message hint">{t('options_reasons_hint')}</p>
        <FieldMessage id={`${idPrefix}-reasons-error`} kind="error" text={errors.reasons} />
      </div>
    </div>
  );
}

/** Options → Your no-contact: the same fields with a save button. */
export function OptionsStreak({ settings, save, today }: { settings: Settings; save: (next: Settings) => Promise<Settings>; today: string }) {
  const [draft, setDraft] = useState(() => streakDraft(settings));
  const [errors, setErrors] = useState<StreakErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setDraft(streakDraft(settings)), [settings.streak.startedAt, settings.streak.goalDays, settings.reasons.join('\n')]);

  async function submit(event: Event) {
    event.preventDefault();
    const result = applyStreakDraft(settings, draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await save(result.settings);
    setNotice(t('options_saved'));
  }

  return (
    <section id="streak" aria-labelledby="streak-heading" class="card">
      <h2 id="streak-heading">{t('options_streak_heading')}</h2>
      <form onSubmit={submit} noValidate>
        <StreakFields idPrefix="streak" draft={draft} onChange={(next) => { setDraft(next); setNotice(null); }} errors={errors} today={today} />
        <button type="submit" class="primary">{t('options_streak_save')}</button>
      </form>
      <div aria-live="polite">{notice && <p role="status" class="status">{notice}</p>}</div>
    </section>
  );
}
