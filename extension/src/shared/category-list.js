// The list of category switches, grouped (claim markers, actors), each with
// its colour and underline style: shared by the popup and the options page.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

/**
 * Fills `container` with one switch per category. `onToggle(id, on)` is
 * called when the reader flips one. Returns {update(settings, counts)}.
 */
claimlens.categoryList = (container, onToggle) => {
  const inputs = new Map();
  const counts = new Map();
  container.replaceChildren();
  for (const group of claimlens.GROUPS) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = claimlens.t(`group_${group}`);
    fieldset.append(legend);
    for (const category of claimlens.CATEGORIES.filter((c) => c.group === group)) {
      const label = document.createElement('label');
      label.className = 'category';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.dataset.category = category.id;
      input.addEventListener('change', () => onToggle(category.id, input.checked));
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.borderBottomColor = category.color;
      swatch.style.borderBottomStyle = category.underline === 'wavy' ? 'dotted' : category.underline;
      swatch.style.backgroundColor = `${category.color}40`;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = claimlens.t(claimlens.messageKey('category', category.id));
      const count = document.createElement('span');
      count.className = 'count';
      count.dataset.count = category.id;
      label.append(input, swatch, name, count);
      fieldset.append(label);
      inputs.set(category.id, input);
      counts.set(category.id, count);
    }
    container.append(fieldset);
  }
  return {
    update(settings, pageCounts) {
      for (const [id, input] of inputs) input.checked = settings.categories[id];
      for (const [id, count] of counts) count.textContent = pageCounts ? String(pageCounts[id] ?? 0) : '';
    },
  };
};
