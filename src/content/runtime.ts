// The content script's only contact with extension APIs: one storage read, its change events, two
// fire-and-forget messages and the card's text. It uses the browser's own `browser` (Firefox) or
// `chrome` (Chromium MV3, promise-based) global, as wxt/browser picks it, without
// webextension-polyfill: these calls need no polyfilling, and the content script stays small
// (issue 4, part 5).
import { browser } from 'wxt/browser';
import type { CompiledConfig } from '../compiled';
import type { Envelope, MessageName, RequestOf } from '../messages';
import { STORAGE_KEYS } from '../state/keys';

export interface ContentApi {
  readCompiled(): Promise<CompiledConfig | undefined>;
  onCompiledChanged(listener: (compiled: CompiledConfig | undefined) => void): void;
  /** Fire and forget: a report that fails (extension reloaded) is dropped, never retried in a loop. */
  send<K extends 'recordHidden' | 'recordReveal'>(name: K, data: RequestOf<K>): void;
  message(key: string): string;
}

interface ExtensionGlobal {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
  i18n?: { getMessage(key: string): string };
}

export function browserContentApi(api = browser as unknown as ExtensionGlobal): ContentApi {
  const key = STORAGE_KEYS.compiled;
  return {
    async readCompiled() {
      const stored = await api.storage.local.get(key);
      return stored[key] as CompiledConfig | undefined;
    },
    onCompiledChanged(listener) {
      api.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && key in changes) listener(changes[key]!.newValue as CompiledConfig | undefined);
      });
    },
    send(name, data) {
      const envelope: Envelope<MessageName> = { oos: 1, name, data };
      try {
        void api.runtime.sendMessage(envelope).catch(() => undefined);
      } catch {
        // The extension was reloaded or removed: this page's counts have nowhere to go.
      }
    },
    message(name) {
      try {
        return api.i18n?.getMessage(name) ?? '';
      } catch {
        return '';
      }
    },
  };
}
