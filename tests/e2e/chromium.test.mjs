// End-to-end tests in headless Chromium (the service-worker engine path).
import { launchChromium } from './browsers.mjs';
import { defineProductSuite } from './product-suite.mjs';
import { defineSuite } from './suite.mjs';

defineSuite('Chromium', launchChromium);
defineProductSuite('Chromium', launchChromium);
