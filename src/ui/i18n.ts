// Text comes from public/_locales/<lang>/messages.json (STYLE convention 10).
import { browser } from 'wxt/browser';

/** The translated text for `key`, with $1… substitutions; the key itself if it is missing. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n?.getMessage(key as never, substitutions.map(String));
  return text || key;
}
