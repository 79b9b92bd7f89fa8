// The map: country outlines (Natural Earth via world-atlas), known compounds and
// case pins, all from this server; no tiles, nothing fetched from elsewhere.
(async function () {
  const L = window.L;
  const el = document.querySelector("[data-map]");
  const list = document.getElementById("map-cases");
  const response = await fetch("/map/data.json", { credentials: "same-origin", cache: "no-store" });
  const data = await response.json();

  const map = L.map(el, { attributionControl: false, worldCopyJump: false, minZoom: 3, maxZoom: 16 });
  L.geoJSON(data.countries, { style: { color: "#7a8794", weight: 1, fillColor: "#f1efe8", fillOpacity: 1 }, interactive: false }).addTo(map);

  for (const c of data.compounds) {
    L.marker([c.lat, c.lon], { icon: L.divIcon({ className: "compound-site", iconSize: [10, 10] }), title: c.name, keyboard: false })
      .addTo(map)
      .bindTooltip(c.name + " · " + c.province);
  }

  function show(ids) {
    list.replaceChildren();
    for (const id of ids) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = "/case/" + encodeURIComponent(id);
      a.textContent = id;
      li.append(a);
      list.append(li);
    }
    document.body.dataset.mapShown = String(ids.length);
  }

  // One cluster group per compound: its pins cluster together and only with each other.
  const groups = new Map();
  function groupFor(compound) {
    const key = compound || "";
    if (!groups.has(key)) {
      const group = L.markerClusterGroup({
        zoomToBoundsOnClick: false,
        showCoverageOnHover: false,
        iconCreateFunction(cluster) {
          const div = document.createElement("div");
          const span = document.createElement("span");
          span.textContent = String(cluster.getChildCount());
          div.append(span);
          if (key) div.dataset.compound = key;
          return L.divIcon({ html: div.outerHTML, className: "marker-cluster marker-cluster-small" + (key ? " compound-cluster" : ""), iconSize: [36, 36] });
        },
      });
      group.on("clusterclick", (event) => show(event.layer.getAllChildMarkers().map((m) => m.options.caseId)));
      groups.set(key, group);
      map.addLayer(group);
    }
    return groups.get(key);
  }

  const points = [];
  for (const pin of data.pins) {
    const marker = L.marker([pin.lat, pin.lon], { icon: L.divIcon({ className: "pin pin-" + pin.tier, iconSize: [14, 14] }), caseId: pin.id, title: pin.id });
    marker.on("click", () => show([pin.id]));
    groupFor(pin.compound).addLayer(marker);
    points.push([pin.lat, pin.lon]);
  }
  if (points.length > 0) map.fitBounds(points, { maxZoom: 8, padding: [40, 40] });
  else map.fitBounds([[5, 92], [24, 110]]);
  document.body.dataset.mapReady = String(data.pins.length);
})();
