// The content script on every other site the user enabled ("all other sites"): the generic
// fallback, which becomes Mastodon's adapter on an instance it recognises (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { GENERIC } from '../src/content/units';
import { mastodon } from '../src/sites/mastodon';

export default defineUnlistedScript(() => void startContent(null, [mastodon], GENERIC));
