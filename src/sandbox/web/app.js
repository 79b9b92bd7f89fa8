// The sandbox page: a person's chat on the left, the coordinators' group on
// the right, both drawn from the local Bot API emulator's control API
// (/_emulator/…) and kept current by its event stream. Plain browser
// JavaScript on purpose: no build step, nothing fetched from the internet.

import { createMap } from "./map.js";
import { describeAttachment, renderFormatted } from "./render.js";

const $ = (id) => document.getElementById(id);
const PERSON_KEY = "beacon-sandbox-person";
const info = await getJson("/sandbox.json");
const coordinator = { ...info.coordinator, is_bot: false, language_code: "en" };
let person = loadPerson() ?? makePerson(info.locales[0]?.code.toLowerCase() ?? "en");
let selectedCard = null;
let deletedCount = 0;
let lastPersonIds = new Set();
let answersSeen = 0;
// After you send something the chat jumps to the end, as in Telegram, even if you had scrolled up.
const follow = { person: false, desk: false };


// ── control API ────────────────────────────────────────────────────────────

async function getJson(path) {
  const res = await fetch(path, { cache: "no-store" });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}

async function act(chatId, action, body) {
  const res = await fetch(`/_emulator/chats/${chatId}/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const detail = await res.json().catch(() => ({}));
    throw new Error(detail.error ?? `${action} failed (${res.status})`);
  }
  return res.json();
}

const asPerson = (action, body) => {
  if (action !== "press") follow.person = true;
  return act(person.id, action, { from: person, ...body });
};
const asCoordinator = (action, body) => {
  if (action !== "press") follow.desk = true;
  return act(info.deskChatId, action, { from: coordinator, ...body });
};

// ── people ─────────────────────────────────────────────────────────────────

function makePerson(languageCode) {
  // Telegram user ids are positive; a random one keeps each "new person" a stranger to the bot.
  const id = 100000 + Math.floor(Math.random() * 899_000_000);
  const fresh = { id, is_bot: false, first_name: "Person", language_code: languageCode };
  localStorage.setItem(PERSON_KEY, JSON.stringify(fresh));
  return fresh;
}

function loadPerson() {
  try {
    const stored = JSON.parse(localStorage.getItem(PERSON_KEY) ?? "null");
    return stored && Number.isInteger(stored.id) && typeof stored.language_code === "string" ? stored : null;
  } catch {
    return null;
  }
}

function startNewPerson() {
  person = makePerson($("lang").value);
  selectedCard = null;
  deletedCount = 0;
  lastPersonIds = new Set();
  closeLocation();
  showWho();
  refresh("person");
}

function showWho() {
  const name = $("lang").selectedOptions[0]?.dataset.name ?? person.language_code;
  $("person-who").textContent = `id ${person.id} · ${name}`;
  $("person-who").title = `Telegram user id ${person.id}; phone language ${person.language_code}`;
  $("desk-who").textContent = `You act as “${coordinator.first_name}” (id ${coordinator.id}), an allowed coordinator.`;
}

function fillLanguages() {
  // Only languages with a file, each with its review state from the file's header:
  // offering a language with no texts, or calling a machine draft checked, would mislead.
  const select = $("lang");
  for (const locale of info.locales) {
    const code = locale.code.toLowerCase();
    select.append(option(code, `${locale.name} (${code}) · ${locale.review}`, locale.name));
  }
  if (![...select.options].some((o) => o.value === person.language_code)) {
    person = makePerson(select.options[0]?.value ?? "en");
  }
  select.value = person.language_code;
}

function option(value, label, name) {
  const node = document.createElement("option");
  node.value = value;
  node.textContent = label;
  node.dataset.name = name;
  return node;
}

// ── drawing ────────────────────────────────────────────────────────────────

function timeOf(message) {
  const d = new Date(message.date * 1000);
  return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

function body(message) {
  const wrap = document.createElement("div");
  wrap.className = "text";
  if (message.text !== undefined) wrap.append(renderFormatted(message.text, message.entities));
  const attachment = describeAttachment(message);
  if (attachment) {
    const tag = document.createElement("div");
    tag.className = "attachment";
    tag.textContent = attachment;
    wrap.append(tag);
  }
  return wrap;
}

function keyboard(message, press) {
  const rows = message.reply_markup?.inline_keyboard ?? [];
  if (rows.length === 0) return null;
  const board = document.createElement("div");
  board.className = "keyboard";
  for (const row of rows) {
    const line = document.createElement("div");
    line.className = "kb-row";
    for (const button of row) {
      if (typeof button.callback_data === "string") {
        const node = document.createElement("button");
        node.type = "button";
        node.className = "kb-btn";
        node.textContent = button.text;
        node.dataset.callback = button.callback_data;
        node.addEventListener("click", async (event) => {
          event.stopPropagation();
          board.classList.add("busy");
          node.setAttribute("aria-busy", "true");
          try {
            await press(message.message_id, button.callback_data);
          } catch (error) {
            board.classList.remove("busy");
            node.removeAttribute("aria-busy");
            toast(board.closest(".pane").id, String(error.message ?? error), true);
          }
        });
        line.append(node);
      } else if (typeof button.url === "string") {
        const link = document.createElement("a");
        link.className = "kb-btn";
        link.textContent = `${button.text} ↗`;
        link.href = button.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        line.append(link);
      } else {
        const other = document.createElement("span");
        other.className = "kb-btn inert";
        other.textContent = button.text;
        line.append(other);
      }
    }
    board.append(line);
  }
  return board;
}

/** Redraws a chat, following new messages only when the reader was already at the end (or just sent one). */
function keepScroll(container, draw, which) {
  const top = container.scrollTop;
  const atBottom = follow[which] || top + container.clientHeight >= container.scrollHeight - 48;
  follow[which] = false;
  draw();
  // Emptying the list clamps scrollTop to 0; put the reader back where they were.
  container.scrollTop = atBottom ? container.scrollHeight : top;
}

function drawPerson(messages) {
  const ids = new Set(messages.map((m) => m.message_id));
  for (const id of lastPersonIds) if (!ids.has(id)) deletedCount += 1;
  lastPersonIds = ids;
  const note = $("person-deleted");
  note.hidden = deletedCount === 0;
  note.textContent = `The bot deleted ${deletedCount} message${deletedCount === 1 ? "" : "s"} here. That is expected: in discreet mode each answered question disappears, and “exit” clears the whole chat.`;

  const chat = $("person-chat");
  keepScroll(chat, () => {
    chat.replaceChildren();
    if (messages.length === 0) {
      chat.append(personIntro());
      return;
    }
    for (const message of messages) {
      const row = document.createElement("div");
      row.className = `msg ${message.from.is_bot ? "bot" : "me"}`;
      row.dataset.messageId = String(message.message_id);
      row.append(body(message));
      const board = message.from.is_bot ? keyboard(message, (id, data) => asPerson("press", { messageId: id, data })) : null;
      if (board) row.append(board);
      const meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = timeOf(message);
      row.append(meta);
      chat.append(row);
    }
  }, "person");
}

function personIntro() {
  const intro = document.createElement("div");
  intro.className = "intro";
  const title = document.createElement("p");
  title.textContent = "An empty chat with the hotline bot, as a new person sees it.";
  const hint = document.createElement("p");
  hint.className = "hint";
  hint.textContent = "In Telegram they would tap Start. You can also just write “hello”.";
  const start = document.createElement("button");
  start.type = "button";
  start.className = "primary";
  start.id = "start";
  start.textContent = "Start";
  start.addEventListener("click", () => void sendPersonText("/start"));
  intro.append(title, hint, start);
  return intro;
}

function drawDesk(messages) {
  if (selectedCard !== null && !messages.some((m) => m.message_id === selectedCard)) selectedCard = null;
  const byId = new Map(messages.map((m) => [m.message_id, m]));
  const chat = $("desk-chat");
  keepScroll(chat, () => {
    chat.replaceChildren();
    if (messages.length === 0) {
      const empty = document.createElement("div");
      empty.className = "intro";
      empty.textContent = "No cards yet. Answer the questions on the left; when the person sends their answers, the triage card appears here.";
      chat.append(empty);
    }
    for (const message of messages) chat.append(message.from.is_bot ? card(message, byId) : coordinatorMessage(message, byId));
  }, "desk");
  showReplying(byId);
}

function card(message, byId) {
  const node = document.createElement("article");
  node.className = "card";
  node.dataset.messageId = String(message.message_id);
  node.tabIndex = 0;
  if (message.message_id === selectedCard) node.classList.add("selected");
  const head = document.createElement("div");
  head.className = "card-head";
  const from = document.createElement("span");
  from.textContent = `Beacon bot · ${timeOf(message)}${message.edit_date ? " · edited" : ""}`;
  const reply = document.createElement("button");
  reply.type = "button";
  reply.className = "reply-btn";
  reply.textContent = message.message_id === selectedCard ? "Replying to this" : "Reply";
  head.append(from, reply);
  node.append(head);
  if (message.reply_to_message_id !== undefined) node.append(quoteOf(byId.get(message.reply_to_message_id)));
  node.append(body(message));
  const board = keyboard(message, (id, data) => asCoordinator("press", { messageId: id, data }));
  if (board) node.append(board);
  const select = () => {
    selectedCard = message.message_id;
    refresh("desk");
    $("desk-text").focus();
  };
  reply.addEventListener("click", (event) => {
    event.stopPropagation();
    select();
  });
  node.addEventListener("click", (event) => {
    // Selecting text to copy it should not count as choosing the card.
    if (String(window.getSelection()) === "" && !event.target.closest("a")) select();
  });
  node.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target === node) select();
  });
  return node;
}

function coordinatorMessage(message, byId) {
  const row = document.createElement("div");
  row.className = "msg me desk-me";
  row.dataset.messageId = String(message.message_id);
  const who = document.createElement("span");
  who.className = "meta who-line";
  who.textContent = message.from.id === coordinator.id ? "You (coordinator)" : `${message.from.first_name} (${message.from.id})`;
  row.append(who);
  if (message.reply_to_message_id !== undefined) row.append(quoteOf(byId.get(message.reply_to_message_id)));
  row.append(body(message));
  const meta = document.createElement("span");
  meta.className = "meta";
  meta.textContent = timeOf(message);
  row.append(meta);
  return row;
}

/** The opening of a message: a card's first line alone ("🔴 CRITICAL") says too little. */
/** The "in reply to" line above a message, as Telegram shows it. */
function quoteOf(quoted) {
  const quote = document.createElement("div");
  quote.className = "quote";
  quote.textContent = quoted?.text ? firstLine(quoted.text) : "a message that is no longer here";
  return quote;
}

function firstLine(text) {
  const line = text.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 2).join(" · ");
  return line.length > 90 ? `${line.slice(0, 89)}…` : line;
}

function showReplying(byId) {
  const bar = $("replying");
  bar.replaceChildren();
  const target = selectedCard === null ? undefined : byId.get(selectedCard);
  if (!target) {
    bar.textContent = "Click a card to reply to it. Your reply goes to the person.";
    bar.classList.remove("active");
    return;
  }
  bar.classList.add("active");
  const label = document.createElement("span");
  label.textContent = `Replying to: ${firstLine(target.text ?? "") || "message " + target.message_id}`;
  const clear = document.createElement("button");
  clear.type = "button";
  clear.className = "quiet small";
  clear.textContent = "×";
  clear.title = "Do not reply to a card";
  clear.setAttribute("aria-label", "Cancel reply");
  clear.addEventListener("click", () => {
    selectedCard = null;
    refresh("desk");
  });
  bar.append(label, clear);
}

function toast(paneId, text, isError = false) {
  const slot = $(paneId === "desk" ? "desk-toast" : "person-toast");
  const node = document.createElement("div");
  node.className = `toast${isError ? " error" : ""}`;
  node.textContent = text;
  slot.append(node);
  setTimeout(() => node.remove(), 4000);
}

// ── refreshing ─────────────────────────────────────────────────────────────

const refreshState = { person: { running: false, again: false }, desk: { running: false, again: false } };

async function refresh(which) {
  const state = refreshState[which];
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      const chatId = which === "person" ? person.id : info.deskChatId;
      const messages = await getJson(`/_emulator/chats/${chatId}/messages`);
      if (which === "person") {
        // The person may have changed while the request was out.
        if (chatId === person.id) drawPerson(messages);
      } else {
        drawDesk(messages);
      }
    } while (state.again);
  } catch (error) {
    setLive("offline", String(error.message ?? error));
  } finally {
    state.running = false;
  }
}

async function showCallbackAnswers(chatId) {
  const answers = await getJson("/_emulator/callback-answers");
  for (const answer of answers.slice(answersSeen)) {
    if (answer.text) toast(chatId === info.deskChatId ? "desk" : "person", answer.text);
  }
  answersSeen = answers.length;
}

function setLive(state, title) {
  const live = $("live");
  live.dataset.state = state;
  live.textContent = { live: "live", connecting: "connecting…", reconnecting: "reconnecting…", offline: "sandbox not reachable" }[state];
  live.title = title ?? "Connection to the local emulator";
}

function listen() {
  const events = new EventSource("/_emulator/events");
  events.addEventListener("open", () => {
    setLive("live");
    void refresh("person");
    void refresh("desk");
  });
  events.addEventListener("error", () => setLive("reconnecting"));
  events.addEventListener("message", (event) => {
    const change = JSON.parse(event.data);
    if (change.type === "callback_answer") void showCallbackAnswers(change.chatId);
    // Queued updates change nothing visible; the message itself has its own event.
    if (change.type !== "message" && change.type !== "edit" && change.type !== "delete") return;
    if (change.chatId === person.id) void refresh("person");
    else if (change.chatId === info.deskChatId) void refresh("desk");
  });
}

// ── acting ─────────────────────────────────────────────────────────────────

async function sendPersonText(text) {
  try {
    await asPerson("text", { text });
  } catch (error) {
    toast("person", String(error.message ?? error), true);
  }
}

let map;
function openLocation() {
  $("location-panel").hidden = false;
  $("open-location").setAttribute("aria-expanded", "true");
  map ??= createMap($("map"), ({ lat, lon, name }) => {
    $("coords").value = `${lat}, ${lon}`;
    $("coords-error").hidden = true;
    map.mark(lat, lon);
    if (name) $("coords").title = name;
  });
  $("coords").focus();
  // The panel takes room from the chat; keep the question being answered in view.
  $("person-chat").scrollTop = $("person-chat").scrollHeight;
}

function closeLocation() {
  $("location-panel").hidden = true;
  $("open-location").setAttribute("aria-expanded", "false");
  $("coords-error").hidden = true;
}

function parseCoords(text) {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

function wire() {
  $("person-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = $("person-text");
    const text = input.value;
    if (text.trim() === "") return;
    input.value = "";
    void sendPersonText(text);
  });
  $("desk-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = $("desk-text");
    const text = input.value;
    if (text.trim() === "") return;
    try {
      await asCoordinator("text", { text, ...(selectedCard !== null ? { replyToMessageId: selectedCard } : {}) });
      input.value = "";
    } catch (error) {
      toast("desk", String(error.message ?? error), true);
    }
  });
  $("new-person").addEventListener("click", startNewPerson);
  $("lang").addEventListener("change", startNewPerson);
  $("open-location").addEventListener("click", () => ($("location-panel").hidden ? openLocation() : closeLocation()));
  $("cancel-location").addEventListener("click", closeLocation);
  $("coords").addEventListener("input", () => {
    const coords = parseCoords($("coords").value);
    if (coords && map) map.mark(coords.lat, coords.lon);
  });
  $("coords").addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      $("send-location").click();
    }
  });
  $("send-location").addEventListener("click", async () => {
    const coords = parseCoords($("coords").value);
    const error = $("coords-error");
    if (!coords) {
      error.textContent = "Write latitude, then longitude, e.g. 10.63, 103.52";
      error.hidden = false;
      return;
    }
    try {
      await asPerson("location", { lat: coords.lat, lon: coords.lon });
      closeLocation();
    } catch (failure) {
      error.textContent = String(failure.message ?? failure);
      error.hidden = false;
    }
  });
  for (const [id, kind] of [["send-sticker", "sticker"], ["send-photo", "photo"]]) {
    $(id).addEventListener("click", () => void asPerson("media", { kind }).catch((error) => toast("person", String(error.message ?? error), true)));
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("location-panel").hidden) closeLocation();
  });
}

fillLanguages();
showWho();
wire();
answersSeen = (await getJson("/_emulator/callback-answers")).length;
listen();
