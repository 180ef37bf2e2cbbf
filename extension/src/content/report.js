// The engine's compact report (wasm `scanCompact`, see src/wasm.rs) turned
// back into the report shape the rest of the content script uses:
// {lang, spans: [{start, end, text, category, group, actor?, speaker?}], actors}.
//
// The background sends the compact form as one JSON string because a string
// crosses extension messaging far more cheaply than thousands of span
// objects, and because span texts need not travel at all: they are slices
// of the text the content script sent, made when asked for (a hover card,
// the keyboard), not for each of a long page's 76,000 spans as it is read.
// Pure logic; unit-tested in tests/extension/report.test.mjs.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.report = (() => {
  /** Numbers per span in the compact `spans` array (src/wasm.rs SPAN_FIELDS). */
  const SPAN_FIELDS = 7;
  // Speaker kinds in the compact form.
  const SPEAKER_ACTOR = 1;
  const SPEAKER_VAGUE = 2;

  /** A span of a report on `source`, the text that was scanned. */
  class Span {
    constructor(source, start, end, category, group) {
      this.start = start;
      this.end = end;
      this.category = category;
      this.group = group;
      this.source = source;
    }

    get text() {
      return this.source.slice(this.start, this.end);
    }
  }

  /** The report of `text`, from the compact JSON the engine returned for it. */
  function decode(json, text) {
    const compact = JSON.parse(json);
    const actorName = new Map(compact.actors.map((actor) => [actor.id, actor.name]));
    const flat = compact.spans;
    const spans = [];
    for (let i = 0; i + SPAN_FIELDS <= flat.length; i += SPAN_FIELDS) {
      const start = flat[i];
      const end = flat[i + 1];
      const categoryIndex = flat[i + 2];
      const actor = flat[i + 3];
      const speakerKind = flat[i + 4];
      const a = flat[i + 5];
      const b = flat[i + 6];
      const [category, group] = compact.categories[categoryIndex] ?? [];
      if (category === undefined) continue; // an engine newer than this script: skip what it cannot name
      const span = new Span(text, start, end, category, group);
      if (actor >= 0) span.actor = actor;
      if (speakerKind === SPEAKER_ACTOR) span.speaker = { kind: 'actor', actor: a, name: actorName.get(a) ?? '' };
      else if (speakerKind === SPEAKER_VAGUE) span.speaker = { kind: 'vague', start: a, end: b, text: text.slice(a, b) };
      spans.push(span);
    }
    return { lang: compact.lang, spans, actors: compact.actors };
  }

  return { decode, SPAN_FIELDS };
})();
