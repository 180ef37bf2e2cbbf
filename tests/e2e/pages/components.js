// A web component with an open shadow root holding article text.
customElements.define('story-quote', class extends HTMLElement {
  constructor() {
    super();
    const p = document.createElement('p');
    p.textContent = 'Ukraine denied any involvement and asked the United Nations to send observers.';
    this.attachShadow({ mode: 'open' }).append(p);
  }
});
