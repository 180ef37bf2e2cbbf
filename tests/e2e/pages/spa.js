// The app navigates: the first story is replaced by a second one.
setTimeout(() => {
  const article = document.createElement('article');
  article.id = 'second-story';
  const h1 = document.createElement('h1');
  h1.textContent = 'Second story';
  const p = document.createElement('p');
  p.textContent = 'President Volodymyr Zelensky claimed that the United Nations would send observers, which could not be independently verified.';
  article.append(h1, p);
  document.getElementById('app').replaceChildren(article);
}, 800);
