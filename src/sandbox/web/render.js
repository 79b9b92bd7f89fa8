// Turns a Telegram message (text + entities, as the emulator stores it after
// parsing the bot's HTML) into DOM nodes. Only Telegram's own formatting is
// honoured, mapped to b/i/u/s/code/pre/a/blockquote; everything else stays
// plain text. Nodes are built with createElement and textContent, never
// innerHTML, so nothing a person typed can become markup on this page.

const TAG_OF = {
  bold: "b",
  italic: "i",
  underline: "u",
  strikethrough: "s",
  code: "code",
  pre: "pre",
  text_link: "a",
  url: "a",
  blockquote: "blockquote",
  expandable_blockquote: "blockquote",
};

/** Only links a coordinator could follow safely; anything else is shown as text. */
function safeHref(href) {
  try {
    const url = new URL(href);
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "tg:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * @param {string} text
 * @param {Array<{type: string, offset: number, length: number, url?: string}>} [entities]
 * @returns {DocumentFragment}
 */
export function renderFormatted(text, entities) {
  const usable = (entities ?? [])
    .filter((e) => TAG_OF[e.type] && e.length > 0)
    // Outer entities first: earlier start, then longer.
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  const fragment = document.createDocumentFragment();
  appendRange(fragment, text, usable, 0, text.length);
  return fragment;
}

function appendRange(parent, text, entities, start, end) {
  let cursor = start;
  let i = 0;
  while (i < entities.length) {
    const entity = entities[i];
    const entityEnd = Math.min(entity.offset + entity.length, end);
    if (entity.offset < cursor) {
      // Overlaps an entity already rendered (Telegram allows only nesting); keep it as text.
      i += 1;
      continue;
    }
    if (entity.offset > cursor) parent.append(document.createTextNode(text.slice(cursor, entity.offset)));
    // Entities nested inside this one are the following ones that start before it ends.
    let j = i + 1;
    while (j < entities.length && entities[j].offset < entityEnd) j += 1;
    const node = elementFor(entity, text.slice(entity.offset, entityEnd));
    appendRange(node, text, entities.slice(i + 1, j), entity.offset, entityEnd);
    parent.append(node);
    cursor = entityEnd;
    i = j;
  }
  if (cursor < end) parent.append(document.createTextNode(text.slice(cursor, end)));
}

function elementFor(entity, inner) {
  const tag = TAG_OF[entity.type];
  if (tag !== "a") return document.createElement(tag);
  const href = safeHref(entity.type === "url" ? inner : entity.url ?? "");
  if (!href) return document.createElement("span");
  const a = document.createElement("a");
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

/** A short label for what a message carries besides text. */
export function describeAttachment(message) {
  if (message.location) {
    const { latitude, longitude } = message.location;
    return `📍 Location ${latitude.toFixed(4)}, ${longitude.toFixed(4)}`;
  }
  if (message.media) {
    const icons = { sticker: "🙂 Sticker", photo: "🖼 Photo", voice: "🎤 Voice message", document: "📄 File", video: "🎬 Video", animation: "GIF", contact: "👤 Contact" };
    return icons[message.media] ?? message.media;
  }
  return null;
}
