// Loads the extension's classic scripts into this Node process (they attach
// to globalThis.claimlens) so their pure logic can be unit-tested.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'extension', 'src');

export function load(...files) {
  for (const file of files) vm.runInThisContext(readFileSync(join(SRC, file), 'utf8'), { filename: file });
  return globalThis.claimlens;
}

/** A tiny stand-in for DOM elements: just what the extraction code reads. */
export function el(tagName, attributes = {}, children = [], extra = {}) {
  const element = {
    nodeType: 1,
    tagName: tagName.toUpperCase(),
    attributes,
    childNodes: [],
    parentElement: null,
    hidden: false,
    isContentEditable: false,
    ...extra,
    getAttribute: (name) => attributes[name] ?? null,
    hasAttribute: (name) => name in attributes,
    hasAttributes: () => Object.keys(attributes).length > 0,
    get children() {
      return this.childNodes.filter((c) => c.nodeType === 1);
    },
    get textContent() {
      return this.childNodes.map((c) => (c.nodeType === 3 ? c.data : c.textContent)).join('');
    },
    querySelectorAll(selector) {
      const tags = selector.split(',').map((s) => s.trim());
      const found = [];
      const visit = (node) => {
        for (const child of node.children) {
          if (tags.some((tag) => matches(child, tag))) found.push(child);
          visit(child);
        }
      };
      visit(this);
      return found;
    },
    querySelector(selector) {
      return this.querySelectorAll(selector)[0] ?? null;
    },
    contains(node) {
      for (let n = node; n; n = n.parentElement) if (n === this) return true;
      return false;
    },
  };
  for (const child of children) {
    const node = typeof child === 'string' ? text(child) : child;
    node.parentElement = element;
    element.childNodes.push(node);
  }
  return element;
}

export const text = (data) => ({ nodeType: 3, data, parentElement: null });

function matches(element, selector) {
  const attr = selector.match(/^\[(\w[\w-]*)="([^"]*)"\]$/);
  if (attr) return element.getAttribute(attr[1]) === attr[2];
  return element.tagName === selector.toUpperCase();
}

/** A document around `body`. */
export function doc(body) {
  return { body, querySelectorAll: (s) => body.querySelectorAll(s) };
}
