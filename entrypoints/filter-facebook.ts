// The content script on Facebook: the engine with Facebook's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { facebook } from '../src/sites/facebook';

export default defineUnlistedScript(() => void startContent(facebook));
