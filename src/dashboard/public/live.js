// Live updates: the server says which case changed (ids only); the page fetches
// its own fresh rows or reloads the case it shows. No case data travels in events.
(function () {
  const state = document.getElementById("live-state");
  const rows = document.getElementById("queue-rows");
  const count = document.getElementById("queue-count");
  const total = document.getElementById("queue-total");
  const shownCase = document.body.querySelector("[data-case-page]");
  let pending = false;

  async function refreshRows() {
    if (pending) return;
    pending = true;
    try {
      const response = await fetch("/queue/rows" + location.search, { credentials: "same-origin", cache: "no-store" });
      if (!response.ok) return;
      // Server-rendered and escaped there; the same markup the page was built with.
      rows.innerHTML = await response.text();
      if (count) count.textContent = response.headers.get("x-count") || count.textContent;
      if (total) total.textContent = response.headers.get("x-total") || total.textContent;
      document.body.dataset.liveUpdates = String(Number(document.body.dataset.liveUpdates || "0") + 1);
    } finally {
      pending = false;
    }
  }

  const source = new EventSource("/events");
  // A form on its way (a claim, say) makes its own change known: a reload now would cancel it.
  document.addEventListener("submit", () => source.close());
  source.addEventListener("open", () => {
    document.body.dataset.live = "open";
    if (state) state.textContent = "live";
  });
  source.addEventListener("error", () => {
    document.body.dataset.live = "closed";
    if (state) state.textContent = "reconnecting…";
  });
  source.addEventListener("case", (message) => {
    const event = JSON.parse(message.data);
    if (rows) void refreshRows();
    if (shownCase && shownCase.getAttribute("data-case-page") === event.caseId) location.reload();
  });
})();
