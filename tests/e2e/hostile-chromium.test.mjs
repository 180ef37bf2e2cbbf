// Hostile pages and privacy in headless Chromium (issue 7).
import { launchChromium } from './browsers.mjs';
import { defineHostileSuite } from './hostile.mjs';
import { definePrivacySuite } from './hostile-privacy.mjs';

defineHostileSuite('Chromium', launchChromium);
definePrivacySuite('Chromium');
