// The content script on Bing: the engine with Bing's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { bing } from '../src/sites/bing';

export default defineUnlistedScript(() => void startContent(bing));
