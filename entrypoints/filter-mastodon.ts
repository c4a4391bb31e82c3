// The content script on mastodon.social: the engine with mastodon.social's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { mastodon } from '../src/sites/mastodon';

export default defineUnlistedScript(() => void startContent(mastodon));
