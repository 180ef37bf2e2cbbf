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
  adopt(element, children);
  return element;
}

/**
 * Makes `children` (nodes, or strings for text nodes) the children of
 * `parent`, with the tree links the DOM walkers follow (parentNode,
 * firstChild, nextSibling). `parent` is an element or a shadow root.
 */
export function adopt(parent, children) {
  parent.childNodes = children.map((child) => (typeof child === 'string' ? text(child) : child));
  parent.childNodes.forEach((node, i) => {
    node.parentNode = parent;
    node.parentElement = parent.nodeType === 1 ? parent : null;
    Object.defineProperty(node, 'nextSibling', { get: () => parent.childNodes[i + 1] ?? null, configurable: true });
  });
  Object.defineProperty(parent, 'firstChild', { get: () => parent.childNodes[0] ?? null, configurable: true });
  Object.defineProperty(parent, 'lastChild', { get: () => parent.childNodes.at(-1) ?? null, configurable: true });
}

/** Attaches an open shadow root holding `children` to `host`. */
export function shadow(host, children) {
  const root = { nodeType: 11, host };
  adopt(root, children);
  host.shadowRoot = root;
  return root;
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
