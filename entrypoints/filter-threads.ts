// The content script on Threads: the engine with Threads's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { threads } from '../src/sites/threads';

export default defineUnlistedScript(() => void startContent(threads));
