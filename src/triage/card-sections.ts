import type { CardField } from "../flow/schema.js";
import type { CardView } from "./card-view.js";
import { contactTimeLine } from "./card-contact.js";
import { headlineReasons, indicatorEvidence, type EvidenceAnswer } from "./evidence.js";
import { escapeHtml, formatAge, keyPart, statusText, termOf, TIER_BADGES, type CardRecord } from "./render-text.js";

/** Money reasons carry the amount on the headline: it decides who can negotiate time. */
const MONEY_REASONS = ["ransom_demanded", "debt_demanded"];

/** The headline's reasons: every one reported, most serious first, the first money reason with its amount. */
function headlineTerms(v: CardView): string[] {
  const { card, tr, locale, t } = v;
  const amount = card.answers.find((a) => a.field === "ransom_amount")?.answer;
  let amountShown = false;
  return headlineReasons(card, v.bundle?.flow.scoring).map((reason) => {
    const term = escapeHtml(termOf(tr, locale, `flag-${keyPart(reason)}`, reason));
    if (amountShown || amount?.kind !== "number" || !MONEY_REASONS.includes(reason)) return term;
    amountShown = true;
    return `${term} ${t("desk-amount-usd", { amount: new Intl.NumberFormat(locale).format(amount.value) })}`;
  });
}

/** Urgency first: it decides who picks this up. */
export function headerLines(v: CardView, record: CardRecord, now: number): string[] {
  const { card, tr, locale, t } = v;
  const out: string[] = [];
  const reasons = headlineTerms(v);
  out.push(`${TIER_BADGES[record.tier]} <b>${t(`desk-tier-${record.tier}`)}</b>${reasons.map((r) => ` · ${r}`).join("")}`);
  const langName = tr.locales.includes(card.lang) ? `${tr.t(card.lang, "language-name")} (${card.lang})` : card.lang;
  out.push(
    `<b>${t("desk-card-ref", { ref: record.id })}</b> · ${escapeHtml(formatAge(tr, locale, now - record.createdAt))} · ${t("desk-card-language", { lang: langName })}`,
  );
  out.push(`<b>${escapeHtml(statusText(record, tr, locale))}</b>`);
  if (record.escalationReason) {
    const reason = record.escalationReason;
    out.push(t("desk-escalated", { reason: termOf(tr, locale, `desk-escalate-${keyPart(reason)}`, reason) }));
  }
  return out;
}

/** Where: what rescuers need most. */
export function whereLines(v: CardView): string[] {
  const { card, tr, locale, t, unknown, entryOf, valueOf, field, line } = v;
  const out: string[] = [];
  const where = (["country", "province", "compound"] as const).map((f) => entryOf(f)).filter((e) => e !== undefined);
  out.push(line("desk-field-where", where.length ? where.map((e) => valueOf(e.node, e.answer)).join(" › ") : unknown));
  const pinEntry = entryOf("location");
  if (card.location) {
    const { lat, lon, nearestCompound } = card.location;
    const osm = `https://www.openstreetmap.org/?mlat=${lat.toFixed(5)}&amp;mlon=${lon.toFixed(5)}#map=15/${lat.toFixed(5)}/${lon.toFixed(5)}`;
    let pin = `📍 ${lat.toFixed(5)}, ${lon.toFixed(5)} · <a href="${osm}">${t("desk-osm-link")}</a>`;
    if (nearestCompound) {
      pin += ` · ${t("desk-nearest", { name: tr.name(locale, nearestCompound.names), km: nearestCompound.distanceKm })}`;
    }
    out.push(line("desk-field-pin", pin));
  } else {
    out.push(line("desk-field-pin", pinEntry ? valueOf(pinEntry.node, pinEntry.answer) : unknown));
  }
  out.push(line("desk-field-surroundings", field("surroundings")));
  out.push(line("desk-field-situation", field("situation")));
  out.push(line("desk-field-danger", field("danger")));
  return out;
}

/** Control over them. */
export function controlLines(v: CardView): string[] {
  const { locale, t, entryOf, valueOf, field, line } = v;
  const out: string[] = [];
  out.push(line("desk-field-passport", field("passport")));
  out.push(line("desk-field-phone", field("phone")));
  out.push(line("desk-field-restraint", field("restraint")));
  out.push(line("desk-field-violence", field("violence")));
  const ransom = entryOf("ransom");
  const amount = entryOf("ransom_amount");
  let money = valueOf(ransom?.node ?? "", ransom?.answer);
  if (amount) {
    money +=
      amount.answer.kind === "number"
        ? ` · ${t("desk-amount-usd", { amount: new Intl.NumberFormat(locale).format(amount.answer.value) })}`
        : ` · ${valueOf(amount.node, amount.answer)}`;
  }
  out.push(line("desk-field-ransom", money));
  return out;
}

/** Who. */
export function whoLines(v: CardView): string[] {
  const { field, line } = v;
  return [
    line("desk-field-nationality", field("nationality")),
    line("desk-field-minor", field("minor")),
    line("desk-field-others", field("others_count")),
    ...indicatorLines(v),
  ];
}

/** Card labels whose key is not `desk-field-<field>`. */
const FIELD_LABELS: Partial<Record<CardField, string>> = { others_count: "desk-field-others", ransom_amount: "desk-field-ransom", contact_window: "desk-field-contact" };

/** What the question was, as the card names it: its field's label, else the node id. */
function askedAs(v: CardView, answer: EvidenceAnswer): string {
  const key = answer.field ? (FIELD_LABELS[answer.field] ?? `desk-field-${keyPart(answer.field)}`) : undefined;
  return key && v.tr.has(v.locale, key) ? v.t(key) : `<code>${escapeHtml(answer.field ?? answer.node)}</code>`;
}

/**
 * The ILO forced-labour indicators, each only when an answer reported it and
 * with the answers that did: partners quote this list, so each item must be
 * traceable to what the person said.
 */
export function indicatorLines(v: CardView): string[] {
  const { tr, locale, t, line } = v;
  const found = indicatorEvidence(v.card, v.bundle);
  if (found.length === 0) return [line("desk-field-indicators", `<i>${t("desk-none")}</i>`)];
  return [
    `<b>${t("desk-field-indicators")}:</b>`,
    ...found.map(({ indicator, answers }) => {
      const name = escapeHtml(termOf(tr, locale, `indicator-${keyPart(indicator)}`, indicator));
      const said = answers.map((a) => `${askedAs(v, a)}: ${a.options.map((o) => v.optionLabel(a.node, o)).join(", ")}`);
      return `• ${name}${said.length ? ` — ${said.join("; ")}` : ""}`;
    }),
  ];
}

/** How to reach them. */
export function reachLines(v: CardView): string[] {
  const { entryOf, valueOf, field, line } = v;
  const hours = entryOf("contact_hours");
  const when = contactTimeLine(v);
  return [
    line("desk-field-contact", field("contact_window") + (hours ? ` (${valueOf(hours.node, hours.answer)})` : "")),
    ...(when ? [when] : []),
    line("desk-field-consent", field("consent")),
    line("desk-field-notes", field("notes")),
  ];
}

/** Anything else they said, so no answer is ever hidden; runs after every other section. */
export function restLines(v: CardView): string[] {
  const rest = v.card.answers.filter((a, i) => !v.shown.has(i) && a.field !== "safe_now");
  if (!rest.length) return [];
  return ["", `<b>${v.t("desk-field-other-answers")}</b>`, ...rest.map((a) => `• <code>${escapeHtml(a.field ?? a.node)}</code>: ${v.valueOf(a.node, a.answer)}`)];
}

