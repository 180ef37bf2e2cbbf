#!/usr/bin/env node
// Builds the extension for each browser from extension/src and the wasm
// engine in pkg/ (made by ./build.sh):
//   dist/chrome/, dist/firefox/            unpacked extensions
//   dist/claimlens-chrome.zip, dist/claimlens-firefox.zip
// Usage: node extension/build.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS, manifestFor } from './manifest.mjs';
import { writeIcons } from './icons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

// The engine files the extension needs from wasm-bindgen's output.
const ENGINE_FILES = ['claimlens.js', 'claimlens_bg.wasm'];

/** The crate version, so that the extension and the engine agree. */
function crateVersion() {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const match = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m);
  if (!match) throw new Error('no [package] version in Cargo.toml');
  return match[1];
}

function buildFor(browser, version) {
  const out = join(dist, browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'pkg'), { recursive: true });
  cpSync(join(root, 'extension', 'src'), out, { recursive: true });
  for (const file of ENGINE_FILES) {
    const source = join(root, 'pkg', file);
    if (!existsSync(source)) throw new Error(`${source} is missing: run ./build.sh first`);
    cpSync(source, join(out, 'pkg', file));
  }
  writeIcons(join(out, 'icons'));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, version), null, 2) + '\n');

  const zip = join(dist, `claimlens-${browser}.zip`);
  rmSync(zip, { force: true });
  // -X: no extra file attributes, so the archive depends on contents only.
  const result = spawnSync('zip', ['-q', '-r', '-X', zip, '.'], { cwd: out, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`zip failed for ${browser} (${result.error ?? result.status})`);
  return { dir: out, zip };
}

const version = crateVersion();
for (const browser of BROWSERS) {
  const { dir, zip } = buildFor(browser, version);
  console.log(`extension ${browser}: ${dir} and ${zip}`);
}
