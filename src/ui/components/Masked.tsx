// A name shown as "J•••" unless revealed; screen readers hear that it is hidden, not "bullet bullet".
import { t } from '../i18n';
import { maskName, maskProfileLabel } from './mask';

export function Masked({ text, reveal, profile = false }: { text: string; reveal: boolean; profile?: boolean }) {
  if (reveal) return <span class="name">{text}</span>;
  const masked = profile ? maskProfileLabel(text) : maskName(text);
  return (
    <span class="name masked">
      <span aria-hidden="true">{masked}</span>
      <span class="visually-hidden">{t('options_masked_name', masked.replace(/•+/g, ''))}</span>
    </span>
  );
}

/** The page-level "show names" switch: names stay masked until the user asks. */
export function RevealToggle({ reveal, onToggle }: { reveal: boolean; onToggle: (next: boolean) => void }) {
  return (
    <button type="button" class="reveal" aria-pressed={reveal} onClick={() => onToggle(!reveal)}>
      {reveal ? t('options_hide_names') : t('options_show_names')}
    </button>
  );
}
