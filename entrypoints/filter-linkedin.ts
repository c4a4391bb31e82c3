// The content script on LinkedIn: the engine with LinkedIn's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { linkedin } from '../src/sites/linkedin';

export default defineUnlistedScript(() => void startContent(linkedin));
