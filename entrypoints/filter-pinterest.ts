// The content script on Pinterest: the engine with Pinterest's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { pinterest } from '../src/sites/pinterest';

export default defineUnlistedScript(() => void startContent(pinterest));
