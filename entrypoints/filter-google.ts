// The content script on Google: the engine with Google's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { google } from '../src/sites/google';

export default defineUnlistedScript(() => void startContent(google));
