// The review page: one locale's texts as chat bubbles with their buttons, in
// the order of the flow, beside the English. The reviewer's marks and
// rewrites stay in this page until "Download review" saves them as a Fluent
// patch (with the review note in its comments) for `locales apply`.

const $ = (id) => document.getElementById(id);
/** key → { good: boolean, text: string | undefined } for the locale on screen. */
let marks = new Map();
let data = null;

const info = await (await fetch("/sandbox.json")).json();
for (const locale of info.locales.filter((l) => l.code !== "en")) {
  const node = document.createElement("option");
  node.value = locale.code;
  node.textContent = `${locale.name} (${locale.code}) · ${locale.review}`;
  $("review-locale").append(node);
}
$("review-date").value = new Date().toISOString().slice(0, 10);
$("review-locale").addEventListener("change", load);
$("review-download").addEventListener("click", download);
await load();

async function load() {
  const locale = $("review-locale").value;
  const res = await fetch(`/review.json?locale=${encodeURIComponent(locale)}`);
  const loaded = await res.json();
  // A later pick won the race: its texts, not this one's, belong on the page.
  if ($("review-locale").value !== locale) return;
  data = loaded;
  marks = new Map();
  $("review-state").textContent = `This file: ${data.review}`;
  $("review-list").replaceChildren(...data.bubbles.map(step));
  $("review-list").dataset.locale = locale;
  progress();
}

/** One message: English and translated bubble side by side, then a row per text to mark or rewrite. */
function step(bubble) {
  const section = document.createElement("section");
  section.className = "review-step";
  section.dataset.step = bubble.step;
  const pair = document.createElement("div");
  pair.className = "review-pair";
  pair.append(chatBubble(bubble, "en", "English"), chatBubble(bubble, "text", data.locale));
  section.append(pair, ...[...bubble.texts, ...bubble.buttons].map(row));
  return section;
}

function chatBubble(bubble, field, title) {
  const box = document.createElement("div");
  box.className = "review-bubble";
  const head = document.createElement("div");
  head.className = "meta";
  head.textContent = title;
  const body = document.createElement("div");
  body.className = "review-text";
  body.textContent = bubble.texts.map((t) => t[field]).join("\n\n");
  box.append(head, body);
  if (bubble.buttons.length > 0) {
    const keyboard = document.createElement("div");
    keyboard.className = "kb-row review-kb";
    for (const button of bubble.buttons) {
      const node = document.createElement("span");
      node.className = "kb-btn";
      node.textContent = button[field];
      keyboard.append(node);
    }
    box.append(keyboard);
  }
  return box;
}

function row(text) {
  const line = document.createElement("div");
  line.className = "review-row";
  line.dataset.key = text.key;
  const key = document.createElement("code");
  key.textContent = text.key;
  const good = document.createElement("button");
  good.type = "button";
  good.textContent = "Good";
  good.setAttribute("aria-pressed", "false");
  good.setAttribute("aria-label", `Good: ${text.key}`);
  const better = document.createElement("textarea");
  better.rows = Math.min(6, text.text.split("\n").length);
  better.placeholder = "A better text (leave empty if it is good)";
  better.setAttribute("aria-label", `Better text for ${text.key}`);
  good.addEventListener("click", () => {
    const on = good.getAttribute("aria-pressed") !== "true";
    good.setAttribute("aria-pressed", String(on));
    mark(text.key, { good: on });
  });
  better.addEventListener("input", () => mark(text.key, { text: better.value.trim() || undefined }));
  line.append(key, good, better);
  return line;
}

function mark(key, change) {
  marks.set(key, { ...(marks.get(key) ?? { good: false }), ...change });
  progress();
}

function allKeys() {
  return data.bubbles.flatMap((b) => [...b.texts, ...b.buttons].map((t) => t.key));
}

function progress() {
  const done = allKeys().filter((k) => marks.get(k)?.good || marks.get(k)?.text).length;
  $("review-progress").textContent = `${done} of ${allKeys().length} texts reviewed`;
}

/** The patch: review note as comments, then each rewritten text in Fluent (continuation lines indented). */
function patchText() {
  const keys = allKeys();
  const changed = keys.filter((k) => marks.get(k)?.text);
  const good = keys.filter((k) => marks.get(k)?.good && !marks.get(k)?.text);
  const oneLine = (value) => value.replace(/\s+/g, " ").trim();
  const lines = [
    `# beacon-review-patch: ${data.locale}`,
    `# review-organisation: ${oneLine($("review-org").value)}`,
    `# review-date: ${$("review-date").value}`,
    `# review-complete: ${changed.length + good.length === keys.length ? "yes" : "no"}`,
    `# review-good: ${good.join(", ")}`,
    `# review-note: ${oneLine($("review-note").value)}`,
    "",
  ];
  for (const key of changed) {
    const [first, ...rest] = marks.get(key).text.split("\n");
    lines.push(`${key} = ${first}`, ...rest.map((l) => `    ${l}`));
  }
  return `${lines.join("\n")}\n`;
}

function download() {
  const blob = new Blob([patchText()], { type: "text/plain;charset=utf-8" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = `${data.locale}.review.ftl`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
