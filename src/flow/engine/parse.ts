/**
 * Reading what people type. Lenient on form (currency signs, thousands
 * separators, "5k") because people in danger type fast on small phones.
 */

/** Counts characters as people see them (code points, not UTF-16 units). */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

// C0 controls except \n, DEL, C1 controls, and bidi overrides that could
// disguise text on the coordinators' side.
const unwanted = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Characters that show nothing on their own: zero-width spaces and joiners, word
// joiner and invisible operators, BOM, soft hyphen, directional marks, variation
// selectors, fillers (Hangul, Braille blank) and tag characters. They stay inside
// real text (Khmer and Myanmar separate words with U+200B, emoji need U+200D);
// an answer made only of them and spaces is no answer.
const invisible = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2060-\u2064\u206a-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;

/** Whether the text shows anything at all: not only spaces and invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(invisible, "").trim().length === 0;
}

/**
 * Normalises newlines, strips control characters (keeping newlines) and trims.
 * A text with nothing visible in it comes back empty.
 */
export function cleanText(text: string): string {
  const cleaned = text.replace(/\r\n?/g, "\n").replace(unwanted, "").trim();
  return isBlank(cleaned) ? "" : cleaned;
}

/** Currency codes and signs people write glued before an amount. */
const CURRENCY_PREFIXES = new Set(["usd", "us", "usdt", "rm", "thb", "khr", "rmb", "cny", "vnd", "php", "idr", "rs", "inr", "yuan", "rp"]);

const multipliers: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, mn: 1e6 };

/**
 * Reads an amount or count: "5000", "5,000", "5 000", "$5000", "5000 USD",
 * "5k", "1.5 million". Returns `undefined` when the text holds no number or more
 * than one (e.g. "5000 or 6000"), so the person is asked again.
 */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  if (s.length === 0 || s.length > 100) return undefined;
  const match = /(-?)(\d(?:[\d,.']|\s(?=\d{3}(?!\d)))*\d|\d)\s*(k|thousand|million|mn|m)?(?![a-z])/.exec(s);
  if (!match) return undefined;
  // "B3", "K99", "building7": a number glued to letters names something, it counts nothing.
  // Currency codes written before the amount ("usd5000", "rm500") are the exception.
  const glued = /(\p{L}+)$/u.exec(s.slice(0, match.index));
  if (glued && !CURRENCY_PREFIXES.has(glued[1] ?? "")) return undefined;
  const rest = s.slice(0, match.index) + s.slice(match.index + match[0].length);
  if (/\d/.test(rest)) return undefined;
  const digits = readDigits((match[2] ?? "").replace(/[\s']/g, ""));
  if (digits === undefined) return undefined;
  const sign = match[1] === "-" ? -1 : 1;
  const factor = match[3] ? (multipliers[match[3]] ?? 1) : 1;
  return sign * digits * factor;
}

/** Decides which of "," and "." separate thousands and which is a decimal point. */
function readDigits(raw: string): number | undefined {
  const commas = raw.includes(",");
  const dots = raw.includes(".");
  let normal: string;
  if (commas && dots) {
    // Whichever comes last is the decimal point: "5,000.50" and "5.000,50".
    const decimal = raw.lastIndexOf(",") > raw.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    normal = raw.split(group).join("").replace(decimal, ".");
  } else if (commas || dots) {
    const sep = commas ? "," : ".";
    // Groups of exactly three after the separator are thousands ("5,000",
    // "5.000.000"); otherwise it is a decimal point ("2,5", "1.5").
    const grouped = new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(raw);
    normal = grouped ? raw.split(sep).join("") : raw.replace(sep, ".");
  } else {
    normal = raw;
  }
  if (!/^\d+(\.\d+)?$/.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isNaN(value) ? undefined : value;
}

/**
 * Reads typed coordinates ("10.627, 103.522", or a map link containing them).
 * Returns `undefined` unless both numbers are in range.
 */
export function parseCoordinates(text: string): { lat: number; lon: number } | undefined {
  if (text.length > 2000) return undefined;
  const match = /(-?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)/.exec(text);
  if (!match) return undefined;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  // A bare "5, 10" is more likely an answer typed in the wrong place than a
  // position; require decimals unless the whole text is the pair.
  const whole = match[0].length === text.trim().length;
  if (!whole && !(match[1]?.includes(".") && match[2]?.includes("."))) return undefined;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return undefined;
  return { lat, lon };
}
