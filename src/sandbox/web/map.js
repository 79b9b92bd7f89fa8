// A clickable sketch of the region where most scam compounds are: a linear
// lat/lon grid (no tiles, nothing fetched), a rough coastline so the sea is
// recognisable, and real towns as reference dots.

const BOUNDS = { south: 9, north: 23, west: 92, east: 108 };
const SCALE = 20; // SVG units per degree
const WIDTH = (BOUNDS.east - BOUNDS.west) * SCALE;
const HEIGHT = (BOUNDS.north - BOUNDS.south) * SCALE;
const SVG_NS = "http://www.w3.org/2000/svg";

/** Towns people name when they describe where a compound is. */
export const REFERENCE_POINTS = [
  { name: "Sihanoukville", lat: 10.627, lon: 103.522 },
  { name: "Phnom Penh", lat: 11.556, lon: 104.928 },
  { name: "Bavet", lat: 11.064, lon: 106.135 },
  { name: "Poipet", lat: 13.659, lon: 102.564 },
  { name: "Koh Kong", lat: 11.617, lon: 102.984 },
  { name: "Myawaddy", lat: 16.688, lon: 98.508 },
  { name: "Tachileik", lat: 20.449, lon: 99.881 },
  { name: "Bangkok", lat: 13.756, lon: 100.502 },
  { name: "Yangon", lat: 16.84, lon: 96.173 },
  { name: "Vientiane", lat: 17.975, lon: 102.633 },
];

// Hand-drawn, to a few tenths of a degree: enough to tell land from sea, not to navigate.
const LAND = [
  [92, 23], [108, 23], [108, 21.6], [107, 21], [106.6, 20.6], [106, 19.9], [105.7, 19], [106.3, 18.2],
  [106.6, 17.5], [107.2, 16.8], [107.8, 16.3], [108, 16.1], [108, 11], [107.8, 10.7], [107.1, 10.35],
  [106.7, 10.2], [106.5, 9.6], [105.6, 9], [104.8, 9], [104.9, 9.6], [105.1, 10], [104.5, 10.4],
  [104.2, 10.6], [103.5, 10.6], [103.1, 11], [103, 11.6], [102.6, 12], [102.1, 12.4], [101.3, 12.65],
  [100.9, 12.6], [100.9, 13.2], [100.5, 13.5], [100, 13.4], [99.95, 12.6], [99.8, 11.8], [99.2, 10.5],
  [99.3, 9.4], [99.9, 9], [98.3, 9], [98.5, 10], [98.6, 12.4], [98.1, 14], [97.8, 15], [97.6, 16.5],
  [97.3, 16.9], [96.5, 16.4], [95.2, 15.8], [94.2, 16], [94.5, 17.3], [94.2, 18.5], [93.8, 19.1],
  [92.9, 20.15], [92.3, 20.8], [92, 21.2],
];

const LABELS = [
  { text: "MYANMAR", lat: 21.6, lon: 95.6 },
  { text: "LAOS", lat: 19.6, lon: 102.4 },
  { text: "THAILAND", lat: 15.6, lon: 100.6 },
  { text: "CAMBODIA", lat: 12.9, lon: 104.6 },
  { text: "VIETNAM", lat: 14.3, lon: 107.2 },
  { text: "Gulf of Thailand", lat: 9.8, lon: 101.6, sea: true },
  { text: "Andaman Sea", lat: 12.4, lon: 95.6, sea: true },
];

const x = (lon) => (lon - BOUNDS.west) * SCALE;
const y = (lat) => (BOUNDS.north - lat) * SCALE;

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Draws the map into `container`; `onPick({lat, lon, name?})` runs on every click.
 * Returns `mark(lat, lon)` to show the chosen point.
 */
export function createMap(container, onPick) {
  const svg = el("svg", {
    viewBox: `-26 -6 ${WIDTH + 32} ${HEIGHT + 22}`,
    role: "img",
    "aria-label": `Map from latitude ${BOUNDS.south} to ${BOUNDS.north}, longitude ${BOUNDS.west} to ${BOUNDS.east}`,
    class: "map-svg",
  });
  svg.append(el("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "sea" }));
  svg.append(el("polygon", { points: LAND.map(([lon, lat]) => `${x(lon)},${y(lat)}`).join(" "), class: "land" }));

  for (let lon = BOUNDS.west; lon <= BOUNDS.east; lon += 2) {
    svg.append(el("line", { x1: x(lon), y1: 0, x2: x(lon), y2: HEIGHT, class: "grid" }));
    svg.append(el("text", { x: x(lon), y: HEIGHT + 12, class: "axis", "text-anchor": "middle" }, `${lon}°E`));
  }
  for (let lat = BOUNDS.south; lat <= BOUNDS.north; lat += 2) {
    svg.append(el("line", { x1: 0, y1: y(lat), x2: WIDTH, y2: y(lat), class: "grid" }));
    svg.append(el("text", { x: -4, y: y(lat) + 3, class: "axis", "text-anchor": "end" }, `${lat}°N`));
  }
  for (const label of LABELS) {
    svg.append(el("text", { x: x(label.lon), y: y(label.lat), class: label.sea ? "sea-label" : "country", "text-anchor": "middle" }, label.text));
  }

  const marker = el("g", { class: "marker", visibility: "hidden" });
  marker.append(el("circle", { r: 7, class: "marker-ring" }), el("circle", { r: 2.5, class: "marker-dot" }));

  for (const point of REFERENCE_POINTS) {
    const g = el("g", { class: "town", tabindex: 0, role: "button", "aria-label": `${point.name} (${point.lat}, ${point.lon})`, "data-town": point.name });
    g.append(el("circle", { cx: x(point.lon), cy: y(point.lat), r: 3.2 }));
    // Labels to the right, except where the coast or a neighbour leaves no room.
    const left = ["Koh Kong", "Yangon"].includes(point.name);
    g.append(el("text", { x: x(point.lon) + (left ? -6 : 6), y: y(point.lat) + 3, "text-anchor": left ? "end" : "start" }, point.name));
    const pick = (event) => {
      event.stopPropagation();
      onPick({ lat: point.lat, lon: point.lon, name: point.name });
    };
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") pick(event);
    });
    svg.append(g);
  }
  svg.append(marker);

  svg.addEventListener("click", (event) => {
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    if (point.x < 0 || point.x > WIDTH || point.y < 0 || point.y > HEIGHT) return;
    const lat = round(BOUNDS.north - point.y / SCALE);
    const lon = round(BOUNDS.west + point.x / SCALE);
    onPick({ lat, lon });
  });

  container.replaceChildren(svg);
  return {
    mark(lat, lon) {
      const inside = lat >= BOUNDS.south && lat <= BOUNDS.north && lon >= BOUNDS.west && lon <= BOUNDS.east;
      marker.setAttribute("visibility", inside ? "visible" : "hidden");
      marker.setAttribute("transform", `translate(${x(lon)} ${y(lat)})`);
    },
  };
}

function round(value) {
  return Math.round(value * 1000) / 1000;
}
