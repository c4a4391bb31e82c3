import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_HOST_PATTERNS } from '../src/sites/hosts';
import { startContent } from '../src/content/index';

export default defineContentScript({
  matches: SITE_HOST_PATTERNS,
  runAt: 'document_start',
  allFrames: false,
  main() {
    startContent();
  },
});
