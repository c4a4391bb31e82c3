// One person's form, shared by onboarding and the options page (issue 7): a label, names and
// nicknames, handles, profile links (recognised as they are pasted) and other phrases. Each entry is
// checked the moment it is added, with the schema's own message, so nothing invalid is ever saved.
import { useState } from 'preact/hooks';
import { personSchema, MAX_PATTERN_LENGTH, type Person } from '../settings/schema';
import { commonWordWarning, type CommonWordWarning } from '../settings/common-words';
import { recogniseProfileLink } from '../sites/index';
import { Masked } from './components/Masked';
import { FieldMessage, describedBy } from './components/FieldMessage';
import { maskName } from './components/mask';
import { t } from './i18n';

export type ListField = 'names' | 'handles' | 'profiles' | 'keywords';
export const LIST_FIELDS: readonly ListField[] = ['names', 'handles', 'profiles', 'keywords'];

export interface PersonDraft {
  id?: string;
  enabled: boolean;
  label: string;
  names: string[];
  handles: string[];
  profiles: string[];
  keywords: string[];
  /** What is typed in each field but not added yet; saving adds it too. */
  pending: Record<ListField, string>;
}

export type DraftErrors = Partial<Record<ListField | 'label' | 'person', string>>;

export function emptyDraft(): PersonDraft {
  return { enabled: true, label: '', names: [], handles: [], profiles: [], keywords: [], pending: { names: '', handles: '', profiles: '', keywords: '' } };
}

export function draftFromPerson(person: Person): PersonDraft {
  return { ...emptyDraft(), id: person.id, enabled: person.enabled, label: person.label, names: [...person.names], handles: [...person.handles], profiles: [...person.profiles], keywords: [...person.keywords] };
}

export function isDraftEmpty(draft: PersonDraft): boolean {
  return !draft.label.trim() && LIST_FIELDS.every((field) => draft[field].length === 0 && !draft.pending[field].trim());
}

/** Say a schema message kindly: "Just one thing: a name can be at most 100 characters long." */
function kindly(message: string): string {
  return t('options_field_problem', message);
}

/** Why one entry cannot be added to `field`, or null when it can. */
export function entryProblem(field: ListField, value: string, existing: readonly string[]): string | null {
  const text = value.trim();
  if (!text) return null;
  if (existing.some((other) => other.trim().toLowerCase() === text.toLowerCase())) return t('options_entry_duplicate');
  if (field === 'profiles') {
    const result = recogniseProfileLink(text);
    return result.ok ? null : kindly(result.reason);
  }
  if (field !== 'handles' && text.length > MAX_PATTERN_LENGTH) {
    return t('options_entry_too_long', MAX_PATTERN_LENGTH, text.length.toLocaleString());
  }
  const parsed = personSchema.safeParse({ [field]: [text] });
  if (parsed.success) return null;
  const issue = parsed.error.issues.find((i) => i.path[0] === field) ?? parsed.error.issues[0];
  return issue ? kindly(issue.message) : null;
}

/** The draft as a valid person, or the problems by field. Pending text counts as added. */
export function finishDraft(draft: PersonDraft): { ok: true; person: Person } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const lists = {} as Record<ListField, string[]>;
  for (const field of LIST_FIELDS) {
    const pending = draft.pending[field].trim();
    const problem = pending ? entryProblem(field, pending, draft[field]) : null;
    if (problem && problem !== t('options_entry_duplicate')) errors[field] = problem;
    lists[field] = pending && !problem ? [...draft[field], pending] : draft[field];
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  if (LIST_FIELDS.every((field) => lists[field].length === 0)) {
    return { ok: false, errors: { person: t('options_person_needs_something') } };
  }
  const parsed = personSchema.safeParse({ id: draft.id, enabled: draft.enabled, label: draft.label, ...lists });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ListField | 'label';
      if (!errors[field]) errors[field] = kindly(issue.message);
    }
    return { ok: false, errors };
  }
  return { ok: true, person: parsed.data };
}

function warningText(warning: CommonWordWarning, name: string): string {
  const shown = name.trim();
  const reason =
    warning.reason === 'famous'
      ? t('options_common_famous', shown, warning.alsoHides ?? '')
      : warning.reason === 'everyday-word'
        ? t('options_common_everyday', shown)
        : warning.reason === 'common-name'
          ? t('options_common_name', shown)
          : t('options_common_short', shown);
  return warning.suggestion ? `${reason} ${t('options_common_has_fuller', warning.suggestion)}` : `${reason} ${t('options_common_suggest')}`;
}

interface ListEditorProps {
  idPrefix: string;
  field: ListField;
  draft: PersonDraft;
  onChange: (draft: PersonDraft) => void;
  error?: string;
  reveal: boolean;
}

const FIELD_TEXT: Record<ListField, { label: string; hint: string; add: string; placeholder: string }> = {
  names: { label: 'options_names_label', hint: 'options_names_hint', add: 'options_names_add', placeholder: 'options_names_placeholder' },
  handles: { label: 'options_handles_label', hint: 'options_handles_hint', add: 'options_handles_add', placeholder: 'options_handles_placeholder' },
  profiles: { label: 'options_profiles_label', hint: 'options_profiles_hint', add: 'options_profiles_add', placeholder: 'options_profiles_placeholder' },
  keywords: { label: 'options_keywords_label', hint: 'options_keywords_hint', add: 'options_keywords_add', placeholder: 'options_keywords_placeholder' },
};

function ListEditor({ idPrefix, field, draft, onChange, error, reveal }: ListEditorProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const text = FIELD_TEXT[field];
  const inputId = `${idPrefix}-${field}`;
  const pending = draft.pending[field];
  const values = draft[field];

  // Live feedback while typing: a pasted link is recognised on the spot; a name too common is flagged.
  let live: { kind: 'ok' | 'warning'; text: string } | null = null;
  const typed = pending.trim();
  if (typed && field === 'profiles') {
    const result = recogniseProfileLink(typed);
    live = result.ok
      ? { kind: 'ok', text: t('options_profile_recognised', reveal ? result.label : maskedLabel(result.label)) }
      : { kind: 'warning', text: kindly(result.reason) };
  } else if (typed && field === 'names') {
    const warning = commonWordWarning(typed, [...values, typed]);
    if (warning) live = { kind: 'warning', text: warningText(warning, reveal ? typed : maskName(typed)) };
  }

  function setPending(value: string) {
    setProblem(null);
    onChange({ ...draft, pending: { ...draft.pending, [field]: value } });
  }

  function add() {
    const value = pending.trim();
    if (!value) return;
    const why = entryProblem(field, value, values);
    if (why) {
      setProblem(why);
      return;
    }
    setProblem(null);
    onChange({ ...draft, [field]: [...values, field === 'handles' ? value.replace(/^@+/, '') : value], pending: { ...draft.pending, [field]: '' } });
  }

  function remove(index: number) {
    onChange({ ...draft, [field]: values.filter((_, i) => i !== index) });
  }

  const shownProblem = problem ?? error ?? null;
  return (
    <div class="field list-field">
      <label for={inputId}>{t(text.label as never)}</label>
      <p id={`${inputId}-hint`} class="field-message hint">{t(text.hint as never)}</p>
      <div class="add-row">
        <input
          id={inputId}
          type="text"
          autocomplete="off"
          spellcheck={false}
          placeholder={t(text.placeholder as never)}
          value={pending}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={describedBy(`${inputId}-hint`, live && `${inputId}-live`, shownProblem && `${inputId}-error`)}
          onInput={(event) => setPending((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t(text.add as never)}
        </button>
      </div>
      <div aria-live="polite">
        {live && !shownProblem && <FieldMessage id={`${inputId}-live`} kind={live.kind} text={live.text} />}
      </div>
      <FieldMessage id={`${inputId}-error`} kind="error" text={shownProblem} />
      {values.length > 0 && (
        <ul class="chips" aria-label={t(text.label as never)}>
          {values.map((value, index) => {
            const recognised = field === 'profiles' ? recogniseProfileLink(value) : null;
            const shown = recognised?.ok ? recognised.label : field === 'handles' ? `@${value}` : value;
            const warning = field === 'names' ? commonWordWarning(value, values) : null;
            return (
              <li key={`${value}-${index}`} class="chip">
                <Masked text={shown} reveal={reveal} profile={field === 'profiles'} />
                {warning && (
                  <span class="chip-warning">{warningText(warning, reveal ? value : maskName(value))}</span>
                )}
                <button type="button" class="chip-remove" onClick={() => remove(index)} aria-label={t('options_entry_remove', reveal ? shown : maskName(shown))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function maskedLabel(label: string): string {
  const split = label.indexOf(' · ');
  return split < 0 ? maskName(label) : `${label.slice(0, split)} · ${maskName(label.slice(split + 3))}`;
}

export interface PersonFormProps {
  idPrefix: string;
  draft: PersonDraft;
  onChange: (draft: PersonDraft) => void;
  errors: DraftErrors;
  reveal: boolean;
}

/** The fields of one person; the page around it supplies the buttons. */
export function PersonForm({ idPrefix, draft, onChange, errors, reveal }: PersonFormProps) {
  return (
    <div class="person-form">
      <div class="field">
        <label for={`${idPrefix}-label`}>{t('options_label_label')}</label>
        <p id={`${idPrefix}-label-hint`} class="field-message hint">{t('options_label_hint')}</p>
        <input
          id={`${idPrefix}-label`}
          type="text"
          autocomplete="off"
          placeholder={t('options_label_placeholder')}
          value={draft.label}
          aria-invalid={errors.label ? true : undefined}
          aria-describedby={describedBy(`${idPrefix}-label-hint`, errors.label && `${idPrefix}-label-error`)}
          onInput={(event) => onChange({ ...draft, label: (event.currentTarget as HTMLInputElement).value })}
        />
        <FieldMessage id={`${idPrefix}-label-error`} kind="error" text={errors.label} />
      </div>
      {LIST_FIELDS.map((field) => (
        <ListEditor key={field} idPrefix={idPrefix} field={field} draft={draft} onChange={onChange} error={errors[field]} reveal={reveal} />
      ))}
      {errors.person && (
        <p role="alert" class="alert">
          {errors.person}
        </p>
      )}
    </div>
  );
}
