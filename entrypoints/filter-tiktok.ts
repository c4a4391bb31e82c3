// The content script on TikTok: the engine with TikTok's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { tiktok } from '../src/sites/tiktok';

export default defineUnlistedScript(() => void startContent(tiktok));
