// Import and export of the settings file (issue 2, part 5). A bad file changes nothing.
import { useState } from 'preact/hooks';
import { parseSettingsFile, serializeSettings, MAX_SETTINGS_FILE_BYTES } from '../settings/file';
import { loadSettings, saveSettings } from '../state/settings';
import { t } from './i18n';
import { downloadText, localDate } from './components/download';

type Notice = { kind: 'status' | 'alert'; text: string } | null;

function peopleCount(count: number): string {
  return count === 1 ? t('options_people_count_one') : t('options_people_count_many', count);
}

export function SettingsTransfer({ onImported }: { onImported?: () => void }) {
  const [notice, setNotice] = useState<Notice>(null);

  async function importFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setNotice(null);
    // Refuse oversized files before reading them into memory.
    const text = file.size > MAX_SETTINGS_FILE_BYTES ? '' : await file.text();
    const result = parseSettingsFile(text, file.size);
    if (!result.ok) {
      setNotice({ kind: 'alert', text: t('options_import_failed', result.message) });
      return;
    }
    try {
      await saveSettings(result.settings);
    } catch (error) {
      setNotice({ kind: 'alert', text: t('options_import_failed', String(error)) });
      return;
    }
    setNotice({ kind: 'status', text: t('options_import_done', peopleCount(result.settings.people.length)) });
    onImported?.();
  }

  async function exportFile() {
    const settings = await loadSettings();
    const fileName = `out-of-sight-settings-${localDate(new Date())}.json`;
    downloadText(fileName, serializeSettings(settings), 'application/json');
    setNotice({ kind: 'status', text: t('options_export_done', fileName) });
  }

  return (
    <section aria-labelledby="data-heading" class="card">
      <h2 id="data-heading">{t('options_data_heading')}</h2>
      <p>{t('options_data_intro')}</p>
      <div class="row">
        <label for="import-settings">{t('options_import_label')}</label>
        <input
          id="import-settings"
          type="file"
          accept="application/json,.json"
          onChange={importFile}
        />
        <button type="button" onClick={exportFile}>
          {t('options_export_button')}
        </button>
      </div>
      <div aria-live="polite">
        {notice?.kind === 'status' && <p role="status" class="status">{notice.text}</p>}
      </div>
      {notice?.kind === 'alert' && <p role="alert" class="alert">{notice.text}</p>}
    </section>
  );
}
