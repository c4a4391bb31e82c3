// "Write it down": a short journal entry about the urge (kind "urge"), kept on this device through the
// background's journal (addJournalEntry). What they wrote stays in the box if saving fails.
import { useState } from 'preact/hooks';
import { sendMessage } from '../messages';
import { t } from './i18n';

export function PromptJournal({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'editing' | 'saving' | 'saved' | 'failed'>('editing');

  async function save(event: Event) {
    event.preventDefault();
    if (text.trim() === '') return;
    setStatus('saving');
    try {
      await sendMessage('addJournalEntry', { kind: 'urge', at: new Date().toISOString(), text: text.trim() });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  if (status === 'saved') {
    return <p role="status" class="status prompt-journal" data-testid="prompt-journal-saved">{t('prompt_journal_saved')}</p>;
  }
  return (
    <form class="prompt-journal" onSubmit={(event) => void save(event)}>
      <label for="prompt-journal-text">{t('prompt_journal_label')}</label>
      <textarea
        id="prompt-journal-text"
        rows={4}
        maxLength={5000}
        value={text}
        onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
        // Opening the box is a choice to write: put the cursor there.
        autoFocus
      />
      <div class="prompt-choices">
        <button type="submit" class="primary" disabled={text.trim() === '' || status === 'saving'}>
          {t('prompt_journal_save')}
        </button>
        <button type="button" onClick={onClose}>{t('prompt_journal_cancel')}</button>
      </div>
      {status === 'failed' && <p role="alert" class="alert">{t('prompt_journal_failed')}</p>}
    </form>
  );
}
