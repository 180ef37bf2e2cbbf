// What this build is. extension/build.mjs writes the real one into each
// build (test builds set test: true and add 127.0.0.1 to the sites).
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;
claimlens.BUILD = Object.freeze({ test: false, extraSites: [], localFirstScan: false });
