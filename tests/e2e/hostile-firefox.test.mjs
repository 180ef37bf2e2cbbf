// Hostile pages and privacy in headless Firefox (issue 7).
import { launchFirefox } from './browsers.mjs';
import { defineHostileSuite } from './hostile.mjs';
import { definePrivacySuite } from './hostile-privacy.mjs';

defineHostileSuite('Firefox', launchFirefox);
definePrivacySuite('Firefox');
