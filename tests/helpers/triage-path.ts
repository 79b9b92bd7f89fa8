import type { Person } from "./harness.js";

/**
 * The start of the default path of `completeTriage`: from `/start` (or
 * `start`) up to the question asking for a pin of the place (the first
 * "where" question).
 */
export async function triageToPin(person: Person, start = "/start"): Promise<void> {
  await person.send(start);
  await person.tap("yes");
  await person.tap("injured");
  await person.tap("_done");
}


/**
 * Drives a person through flows/triage.yaml over the emulator, as a person
 * would: tapping the buttons shown, typing, sending a pin. The default path is
 * the urgent Sihanoukville case the field notes describe: the core facts (no
 * pin, then Cambodia › Preah Sihanouk › Otres from the lists, or with
 * `where: "pin"` a pin near Otres Beach instead; passport taken, locked in,
 * contact only when they write first, consent), "send" (the case is filed and
 * its card posted), then every optional detail. `confirm: false` stops at the short check before filing;
 * `details: false` stops right after filing.
 */
export async function completeTriage(
  person: Person,
  options: {
    start?: string;
    nationality?: string;
    minor?: "yes" | "no";
    surroundings?: string;
    notes?: string;
    confirm?: boolean;
    details?: boolean;
    contact?: "i_write_first" | "any_time";
    where?: "list" | "pin";
  } = {},
): Promise<void> {
  await triageToPin(person, options.start);
  if (options.where === "pin") {
    await person.location(10.5801, 103.5402);
  } else {
    await person.tap("skip");
    await person.tap("kh");
    await person.tap("kh_preah_sihanouk");
    await person.tap("otres");
  }
  await person.tap("taken");
  await person.tap("locked_in");
  await person.tap(options.contact ?? "i_write_first");
  await person.tap("embassy_ngo");
  if (options.confirm === false) return;
  await person.tap("ok");
  if (options.details === false) return;
  await answerDetails(person, options);
}

/**
 * The optional questions after filing, as `completeTriage` answers them: for a
 * test that stops at the check before filing and then goes on.
 */
export async function answerDetails(
  person: Person,
  options: { nationality?: string; minor?: "yes" | "no"; surroundings?: string; notes?: string } = {},
): Promise<void> {
  await person.tap("inside");
  await person.send(options.surroundings ?? "Tall blue building near the beach, guards at the gate");
  await person.tap(options.minor ?? "no");
  await person.tap("beaten");
  await person.tap("shocks");
  await person.tap("_done");
  await person.tap("ransom");
  await person.send("$15,000");
  await person.tap("company");
  await person.tap(options.nationality ?? "ph");
  await person.send("12");
  if (options.notes) await person.send(options.notes);
  else await person.tap("skip");
}
