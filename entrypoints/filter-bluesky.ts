// The content script on Bluesky: the engine with Bluesky's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { bluesky } from '../src/sites/bluesky';

export default defineUnlistedScript(() => void startContent(bluesky));
