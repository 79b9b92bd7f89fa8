import { parseDocument, isMap, isSeq, isScalar, Scalar } from "yaml";
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
const ORDER = ["en","zh-Hans","zh-Hant","vi","th","id","ms","tl","my","lo","km","ko","ja","hi","ru","sw"];
// Accepted replacements of existing names (JSON clearly better: adds the common alternative in brackets, as the file's convention asks).
const ACCEPT = new Set(["km/kh_preah_sihanouk","km/kh_oddar_meanchey","km/mm","lo/la_bokeo","th/kh_oddar_meanchey","th/mm","th/mm_shan","th/gb","vi/mm","vi/us"]);
const json = {};
for (const f of readdirSync("/tmp/beacon-names")) json[f.replace(/\.json$/,"")] = JSON.parse(readFileSync("/tmp/beacon-names/"+f,"utf8"));
const opts = { lineWidth: 0 };
const stats = { added: 0, replaced: 0, kept: 0, sameAsEn: 0 };
function mergeNames(doc, namesNode, id) {
  namesNode.flow = false;
  const en = namesNode.get("en");
  for (const [loc, map] of Object.entries(json)) {
    const v = map[id]; if (v === undefined) continue;
    const cur = namesNode.get(loc);
    if (cur === v) continue;
    if (cur !== undefined) { if (ACCEPT.has(`${loc}/${id}`)) { stats.replaced++; } else { stats.kept++; continue; } }
    else if (v === en) { stats.sameAsEn++; continue; }
    else stats.added++;
    const s = new Scalar(v); s.type = Scalar.QUOTE_DOUBLE;
    namesNode.set(loc, s);
  }
  const key = (k) => (isScalar(k) ? k.value : k);
  namesNode.items.sort((a, b) => ORDER.indexOf(key(a.key)) - ORDER.indexOf(key(b.key)));
  if (namesNode.items.some((p) => ORDER.indexOf(key(p.key)) < 0)) throw new Error("unknown locale in " + id);
  for (const p of namesNode.items) if (isScalar(p.value)) p.value.type = Scalar.QUOTE_DOUBLE;
}
function one(file, listKey, withProvinces) {
  const src = readFileSync(file, "utf8");
  const doc = parseDocument(src);
  const seq = doc.get(listKey);
  for (const item of seq.items) {
    item.flow = false;
    mergeNames(doc, item.get("names"), item.get("id"));
    if (withProvinces) { const provs = item.get("provinces"); if (provs) for (const p of provs.items) mergeNames(doc, p.get("names"), p.get("id")); }
  }
  // The library writes one space before a trailing comment; put back the hand-aligned columns.
  const aligned = new Map(src.split("\n").filter((l) => /^\s*- id: \S+\s+#/.test(l)).map((l) => [l.replace(/\s+#.*$/, ""), l]));
  const out = doc.toString(opts).split("\n").map((l) => { const m = /^(\s*- id: \S+) #/.exec(l); return m && aligned.has(m[1]) ? aligned.get(m[1]) : l; }).join("\n");
  writeFileSync(file, out);
}
// Sanity: an untouched round trip must reproduce the files.
for (const f of ["flows/places.yaml","flows/compounds.yaml"]) { const s = readFileSync(f,"utf8"); if (parseDocument(s).toString(opts) !== s) console.log("roundtrip differs", f); }
one("flows/places.yaml", "countries", true);
one("flows/compounds.yaml", "compounds", false);
console.log(stats);
