// The content script on Instagram: the engine with Instagram's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { instagram } from '../src/sites/instagram';

export default defineUnlistedScript(() => void startContent(instagram));
