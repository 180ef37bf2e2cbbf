// Hostile pages, privacy and permissions in headless Firefox (issue 7).
import { launchFirefox } from './browsers.mjs';
import { defineHostileSuite } from './hostile.mjs';
import { definePermissionsSuite } from './hostile-permissions.mjs';
import { definePrivacySuite } from './hostile-privacy.mjs';

defineHostileSuite('Firefox', launchFirefox);
definePrivacySuite('Firefox');
definePermissionsSuite('Firefox', launchFirefox);
