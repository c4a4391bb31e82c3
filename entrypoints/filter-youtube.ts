// The content script on YouTube: the engine with YouTube's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { youtube } from '../src/sites/youtube';

export default defineUnlistedScript(() => void startContent(youtube));
