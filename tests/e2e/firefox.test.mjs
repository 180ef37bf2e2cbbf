// End-to-end tests in headless Firefox ESR (add-on installed as temporary over WebDriver).
import { launchFirefox } from './browsers.mjs';
import { defineProductSuite } from './product-suite.mjs';
import { defineSuite } from './suite.mjs';

defineSuite('Firefox', launchFirefox);
defineProductSuite('Firefox', launchFirefox);
