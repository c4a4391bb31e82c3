// The content script on X: the engine with X's adapter only (src/content/index.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/index';
import { x } from '../src/sites/x';

export default defineUnlistedScript(() => void startContent(x));
