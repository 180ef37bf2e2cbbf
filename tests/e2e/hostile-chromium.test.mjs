// Hostile pages, privacy and permissions in headless Chromium (issue 7).
import { launchChromium } from './browsers.mjs';
import { defineHostileSuite } from './hostile.mjs';
import { definePermissionsSuite } from './hostile-permissions.mjs';
import { definePrivacySuite } from './hostile-privacy.mjs';

defineHostileSuite('Chromium', launchChromium);
definePrivacySuite('Chromium');
definePermissionsSuite('Chromium', launchChromium);
