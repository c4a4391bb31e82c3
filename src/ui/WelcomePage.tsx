// Onboarding (issue 7), opened by itself after install: who to keep out of sight, hide or blur, the
// no-contact start date, an optional goal and their reasons. Short, warm, one page, all keyboard.
// Each person is saved the moment they are added, so protection starts even if the tab is closed.
import { useRef, useState } from 'preact/hooks';
import { useSettings } from './OptionsSettings';
import { PersonForm, emptyDraft, finishDraft, isDraftEmpty, type DraftErrors, type PersonDraft } from './PeopleForm';
import { MAX_PEOPLE, personTitle } from './PeopleSection';
import { StreakFields, applyStreakDraft, type StreakDraft, type StreakErrors } from './OptionsStreak';
import { Masked, RevealToggle } from './components/Masked';
import { localDate } from './components/download';
import type { FilterMode, Settings } from '../settings/schema';
import { t } from './i18n';

export function WelcomePage({ now = () => new Date() }: { now?: () => Date }) {
  const { settings, save } = useSettings();
  const today = localDate(now());
  const [draft, setDraft] = useState<PersonDraft>(emptyDraft);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [reveal, setReveal] = useState(false);
  const [mode, setMode] = useState<FilterMode | null>(null);
  const [streak, setStreak] = useState<StreakDraft>({ startedAt: today, goalDays: '', reasons: '' });
  const [streakErrors, setStreakErrors] = useState<StreakErrors>({});
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const [done, setDone] = useState(false);
  const doneHeading = useRef<HTMLHeadingElement>(null);

  if (!settings) return <main class="page welcome"><p aria-live="polite">{t('options_loading')}</p></main>;
  const current: Settings = settings;

  /** Adds the person in the form, if any; false when the form needs attention. */
  async function addPerson(base: Settings): Promise<Settings | null> {
    const result = finishDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() => (document.querySelector('.person-form [aria-invalid="true"]') as HTMLElement | null)?.focus());
      return null;
    }
    if (base.people.length >= MAX_PEOPLE) {
      setNotice({ kind: 'alert', text: t('options_people_full', MAX_PEOPLE) });
      return null;
    }
    try {
      const saved = await save({ ...base, people: [...base.people, result.person] });
      setDraft(emptyDraft());
      setErrors({});
      setNotice({ kind: 'status', text: t('welcome_person_added', personTitle(result.person, saved.people.length - 1)) });
      return saved;
    } catch (error) {
      setNotice({ kind: 'alert', text: t('options_save_failed', error instanceof Error ? error.message : String(error)) });
      return null;
    }
  }

  async function removePerson(index: number) {
    await save({ ...current, people: current.people.filter((_, i) => i !== index) });
  }

  async function finish(event: Event) {
    event.preventDefault();
    let base = current;
    if (!isDraftEmpty(draft)) {
      const added = await addPerson(base);
      if (!added) return;
      base = added;
    }
    if (base.people.length === 0) {
      setErrors({ person: t('welcome_need_person') });
      (document.getElementById('welcome-person-label') as HTMLElement | null)?.focus();
      return;
    }
    const withStreak = applyStreakDraft(base, streak);
    if (!withStreak.ok) {
      setStreakErrors(withStreak.errors);
      return;
    }
    const next = { ...withStreak.settings, filter: { ...withStreak.settings.filter, mode: mode ?? base.filter.mode } };
    try {
      await save(next);
    } catch (error) {
      setNotice({ kind: 'alert', text: t('options_save_failed', error instanceof Error ? error.message : String(error)) });
      return;
    }
    setDone(true);
    requestAnimationFrame(() => doneHeading.current?.focus());
  }

  if (done) {
    return (
      <main class="page welcome">
        <section class="card done" aria-labelledby="welcome-done-heading">
          <h1 id="welcome-done-heading" ref={doneHeading} tabIndex={-1}>{t('welcome_done_heading')}</h1>
          <p>{t('welcome_done_text')}</p>
          <p>{t('welcome_done_next')}</p>
          <p><a class="button primary" href="options.html">{t('welcome_open_settings')}</a></p>
        </section>
      </main>
    );
  }

  return (
    <main class="page welcome">
      <h1>{t('welcome_heading')}</h1>
      <p class="lead">{t('welcome_intro')}</p>
      <p class="muted">{t('welcome_privacy')}</p>
      <form onSubmit={finish} noValidate>
        <section class="card" aria-labelledby="welcome-who-heading">
          <div class="section-head">
            <h2 id="welcome-who-heading">{t('welcome_who_heading')}</h2>
            <RevealToggle reveal={reveal || !current.privacy.maskNames} onToggle={setReveal} />
          </div>
          <p>{t('welcome_who_intro')}</p>
          {current.people.length > 0 && (
            <ul class="people" aria-label={t('welcome_added_label')}>
              {current.people.map((person, index) => (
                <li key={person.id} class="person">
                  <div class="person-summary">
                    <strong>{personTitle(person, index)}</strong>{' '}
                    {person.names[0] && <Masked text={person.names[0]} reveal={reveal || !current.privacy.maskNames} />}
                  </div>
                  <button type="button" onClick={() => removePerson(index)} aria-label={t('options_person_remove_aria', personTitle(person, index))}>
                    {t('options_person_remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <PersonForm idPrefix="welcome-person" draft={draft} onChange={(next) => { setDraft(next); setErrors({}); }} errors={errors} reveal={reveal || !current.privacy.maskNames} />
          <button type="button" onClick={() => void addPerson(current)}>
            {current.people.length ? t('welcome_add_another') : t('welcome_add_person')}
          </button>
          <div aria-live="polite">{notice?.kind === 'status' && <p role="status" class="status">{notice.text}</p>}</div>
          {notice?.kind === 'alert' && <p role="alert" class="alert">{notice.text}</p>}
        </section>

        <section class="card" aria-labelledby="welcome-how-heading">
          <h2 id="welcome-how-heading">{t('welcome_how_heading')}</h2>
          <fieldset>
            <legend>{t('options_mode_legend')}</legend>
            {(['hide', 'blur'] as const).map((choice) => (
              <div class="choice" key={choice}>
                <input id={`welcome-mode-${choice}`} type="radio" name="mode" value={choice} checked={(mode ?? current.filter.mode) === choice} onChange={() => setMode(choice)} />
                <label for={`welcome-mode-${choice}`}>{choice === 'hide' ? t('options_mode_hide') : t('options_mode_blur')}</label>
              </div>
            ))}
          </fieldset>
        </section>

        <section class="card" aria-labelledby="welcome-streak-heading">
          <h2 id="welcome-streak-heading">{t('welcome_streak_heading')}</h2>
          <p>{t('welcome_streak_intro')}</p>
          <StreakFields idPrefix="welcome" draft={streak} onChange={(next) => { setStreak(next); setStreakErrors({}); }} errors={streakErrors} today={today} />
        </section>

        <div class="finish">
          <button type="submit" class="primary big">{t('welcome_finish')}</button>
          <p class="muted">{t('welcome_finish_hint')}</p>
        </div>
      </form>
    </main>
  );
}
