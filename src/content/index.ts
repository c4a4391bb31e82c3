// Content script entry: runs at document_start on supported sites.
import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../state/keys';

export function startContent(): void {
  const root = document.documentElement;
  root.setAttribute('data-oos-active', '');
  void browser.storage.local.get(STORAGE_KEYS.compiled).then(() => {
    root.setAttribute('data-oos-ready', '');
  });
}
