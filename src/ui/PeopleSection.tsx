// Options → People (issue 7): add, edit, pause, remove with undo. Names stay masked ("J•••") until
// the user asks to see them. Every change is saved at once, so open tabs follow without a reload.
import { useState } from 'preact/hooks';
import type { Person, Settings } from '../settings/schema';
import { PersonForm, draftFromPerson, emptyDraft, finishDraft, type DraftErrors, type PersonDraft } from './PeopleForm';
import { Masked, RevealToggle } from './components/Masked';
import { t } from './i18n';

export const MAX_PEOPLE = 200;

export function personTitle(person: Pick<Person, 'label'>, index: number): string {
  return person.label.trim() || t('options_person_untitled', index + 1);
}

function summary(person: Person): string {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => n && parts.push(n === 1 ? t(one as never) : t(many as never, n));
  count(person.names.length, 'options_count_name_one', 'options_count_name_many');
  count(person.handles.length, 'options_count_handle_one', 'options_count_handle_many');
  count(person.profiles.length, 'options_count_profile_one', 'options_count_profile_many');
  count(person.keywords.length, 'options_count_phrase_one', 'options_count_phrase_many');
  return parts.join(' · ');
}

interface Editing {
  /** Index of the person being edited, or null for a new one. */
  index: number | null;
  draft: PersonDraft;
  errors: DraftErrors;
}

export function PeopleSection({ settings, save }: { settings: Settings; save: (next: Settings) => Promise<Settings> }) {
  const [revealChoice, setReveal] = useState(false);
  const reveal = revealChoice || !settings.privacy.maskNames;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removed, setRemoved] = useState<{ person: Person; index: number } | null>(null);
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const people = settings.people;

  async function apply(nextPeople: Person[], status: string) {
    try {
      await save({ ...settings, people: nextPeople });
      setNotice({ kind: 'status', text: status });
      return true;
    } catch (error) {
      setNotice({ kind: 'alert', text: t('options_save_failed', error instanceof Error ? error.message : String(error)) });
      return false;
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!editing) return;
    const result = finishDraft(editing.draft);
    if (!result.ok) {
      setEditing({ ...editing, errors: result.errors });
      // Move focus to the first field that needs attention, so keyboard users land on it.
      requestAnimationFrame(() => (document.querySelector('.person-form [aria-invalid="true"]') as HTMLElement | null)?.focus());
      return;
    }
    const next = [...people];
    if (editing.index === null) next.push(result.person);
    else next[editing.index] = result.person;
    const title = personTitle(result.person, editing.index ?? people.length);
    if (await apply(next, editing.index === null ? t('options_person_added', title) : t('options_person_saved', title))) setEditing(null);
  }

  async function togglePause(index: number) {
    const person = people[index]!;
    const next = people.map((p, i) => (i === index ? { ...p, enabled: !p.enabled } : p));
    await apply(next, person.enabled ? t('options_person_paused', personTitle(person, index)) : t('options_person_resumed', personTitle(person, index)));
  }

  async function remove(index: number) {
    const person = people[index]!;
    if (await apply(people.filter((_, i) => i !== index), t('options_person_removed', personTitle(person, index)))) {
      setRemoved({ person, index });
      setEditing(null);
    }
  }

  async function undo() {
    if (!removed) return;
    const next = [...people];
    next.splice(Math.min(removed.index, next.length), 0, removed.person);
    if (await apply(next, t('options_person_restored', personTitle(removed.person, removed.index)))) setRemoved(null);
  }

  const full = people.length >= MAX_PEOPLE;

  return (
    <section id="people" aria-labelledby="people-heading" class="card">
      <div class="section-head">
        <h2 id="people-heading">{t('options_people_heading')}</h2>
        <RevealToggle reveal={reveal} onToggle={setReveal} />
      </div>
      <p>{t('options_people_intro')}</p>
      {people.length === 0 && <p class="muted">{t('options_people_empty')}</p>}
      <ul class="people">
        {people.map((person, index) => (
          <li key={person.id} class={`person${person.enabled ? '' : ' paused'}`}>
            <div class="person-summary">
              <strong>{personTitle(person, index)}</strong>
              {!person.enabled && <span class="tag">{t('options_person_paused_tag')}</span>}
              <span class="muted">
                {person.names[0] && <Masked text={person.names[0]} reveal={reveal} />} {summary(person)}
              </span>
            </div>
            <div class="person-actions">
              <button type="button" onClick={() => setEditing({ index, draft: draftFromPerson(person), errors: {} })} aria-label={t('options_person_edit_aria', personTitle(person, index))}>
                {t('options_person_edit')}
              </button>
              <button type="button" onClick={() => togglePause(index)} aria-label={(person.enabled ? t('options_person_pause_aria', personTitle(person, index)) : t('options_person_resume_aria', personTitle(person, index)))}>
                {person.enabled ? t('options_person_pause') : t('options_person_resume')}
              </button>
              <button type="button" onClick={() => remove(index)} aria-label={t('options_person_remove_aria', personTitle(person, index))}>
                {t('options_person_remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {notice?.kind === 'status' && (
          <p role="status" class="status">
            {notice.text}{' '}
            {removed && (
              <button type="button" onClick={undo}>
                {t('options_undo')}
              </button>
            )}
          </p>
        )}
      </div>
      {notice?.kind === 'alert' && <p role="alert" class="alert">{notice.text}</p>}
      {editing ? (
        <form class="edit-person" onSubmit={submit} aria-labelledby="edit-person-heading" noValidate>
          <h3 id="edit-person-heading">
            {editing.index === null ? t('options_person_new_heading') : t('options_person_edit_heading', personTitle(people[editing.index]!, editing.index))}
          </h3>
          <PersonForm idPrefix="person" draft={editing.draft} onChange={(draft) => setEditing({ ...editing, draft, errors: {} })} errors={editing.errors} reveal={reveal} />
          <div class="row">
            <button type="submit" class="primary">
              {t('options_person_save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('options_cancel')}
            </button>
          </div>
        </form>
      ) : full ? (
        <p class="muted">{t('options_people_full', MAX_PEOPLE)}</p>
      ) : (
        <button type="button" class="primary" onClick={() => setEditing({ index: null, draft: emptyDraft(), errors: {} })}>
          {t('options_person_add')}
        </button>
      )}
    </section>
  );
}
