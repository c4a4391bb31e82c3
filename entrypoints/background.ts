import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/index';
import { seedSettingsOnce } from '../src/background/e2e-seed';

/** Demo settings baked into the "e2e" build only; null in every build a user gets. */
declare const __OOS_E2E_SEED__: unknown;

export default defineBackground({
  type: 'module',
  main() {
    startBackground();
    if (typeof __OOS_E2E_SEED__ !== 'undefined' && __OOS_E2E_SEED__ !== null) {
      void seedSettingsOnce(__OOS_E2E_SEED__);
    }
  },
});
