// The content script on Tumblr: the engine with Tumblr's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { tumblr } from '../src/sites/tumblr';

export default defineUnlistedScript(() => void startContent(tumblr));
