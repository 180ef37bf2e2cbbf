// The engine's categories as the extension shows them: group, colour and
// underline style. Colour is always paired with a distinct underline style so
// that categories stay apart for readers who do not see the colours.
// Shared by content scripts, popup and options (classic script; sets
// `claimlens.CATEGORIES`).
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.CATEGORIES = Object.freeze([
  // Claim markers: warm colours.
  { id: 'no-evidence', group: 'claim', color: '#e53935', underline: 'wavy' },
  { id: 'vague-source', group: 'claim', color: '#f57c00', underline: 'dotted' },
  { id: 'hedge', group: 'claim', color: '#c79a00', underline: 'dashed' },
  { id: 'conditional', group: 'claim', color: '#ab47bc', underline: 'double' },
  { id: 'claim-verb', group: 'claim', color: '#ec407a', underline: 'solid' },
  // Actors: cool colours.
  { id: 'person', group: 'actor', color: '#1e88e5', underline: 'solid' },
  { id: 'organization', group: 'actor', color: '#7e57c2', underline: 'dashed' },
  { id: 'state', group: 'actor', color: '#00a693', underline: 'double' },
  { id: 'place', group: 'actor', color: '#7cb342', underline: 'dotted' },
]);

claimlens.GROUPS = Object.freeze(['claim', 'actor']);

/** The locale message key of a category's label, e.g. `category_no_evidence`. */
claimlens.messageKey = (prefix, id) => `${prefix}_${id.replace(/-/g, '_')}`;
