// The content script on Reddit: the engine with Reddit's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { reddit } from '../src/sites/reddit';

export default defineUnlistedScript(() => void startContent(reddit));
