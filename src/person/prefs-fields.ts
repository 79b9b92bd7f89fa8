/** A person's own settings, kept under their pseudonym. */
export interface Prefs {
  /** Locale they picked or that was negotiated; undefined until known. */
  lang?: string;
  /** Discreet mode: questions and answers are deleted once answered. On unless switched off. */
  discreet: boolean;
  /** When they last wrote (ms), for the "only when I write first" contact window. */
  lastInboundAt?: number;
  /** Cover mode: the passphrase opened the hotline (until the exit word or /erase). */
  opened?: boolean;
}

/** Settings changes as the flat field/value list HSET takes (shared with the session's write). */
export function prefsFields(changes: Partial<Prefs>): string[] {
  const fields: string[] = [];
  if (changes.lang !== undefined) fields.push("lang", changes.lang);
  if (changes.discreet !== undefined) fields.push("discreet", changes.discreet ? "1" : "0");
  if (changes.lastInboundAt !== undefined) fields.push("lastInboundAt", String(changes.lastInboundAt));
  if (changes.opened !== undefined) fields.push("opened", changes.opened ? "1" : "0");
  return fields;
}
