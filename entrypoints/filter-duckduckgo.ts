// The content script on DuckDuckGo: the engine with DuckDuckGo's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { duckduckgo } from '../src/sites/duckduckgo';

export default defineUnlistedScript(() => void startContent(duckduckgo));
