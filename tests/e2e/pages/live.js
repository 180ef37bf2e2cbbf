// The live blog: two updates arrive after the page has loaded.
const updates = [
  ['update-1', 'Ukraine denied any involvement and asked the United Nations to send observers.'],
  ['update-2', 'The structure was reportedly damaged, according to people familiar with the matter.'],
];
updates.forEach(([id, text], k) => {
  setTimeout(() => {
    const p = document.createElement('p');
    p.id = id;
    p.textContent = text;
    document.getElementById('story').append(p);
  }, 600 * (k + 1));
});
