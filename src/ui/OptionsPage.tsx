import { SettingsTransfer } from './SettingsTransfer';
import { t } from './i18n';

export function OptionsPage() {
  return (
    <main class="page">
      <h1>{t('options_heading')}</h1>
      <SettingsTransfer />
    </main>
  );
}
