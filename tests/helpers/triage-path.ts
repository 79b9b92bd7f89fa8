import type { Person } from "./harness.js";

/**
 * The start of the default path of `completeTriage`: from `/start` (or
 * `start`) up to the question asking for a pin of the place.
 */
export async function triageToPin(person: Person, start = "/start"): Promise<void> {
  await person.send(start);
  await person.tap("yes");
  await person.tap("injured");
  await person.tap("_done");
  await person.tap("kh");
  await person.tap("kh_preah_sihanouk");
  await person.tap("otres");
}

/**
 * Drives a person through flows/triage.yaml over the emulator, as a person
 * would: tapping the buttons shown, typing, sending a pin. The default path is
 * the urgent Sihanoukville case the field notes describe.
 */
export async function completeTriage(
  person: Person,
  options: { start?: string; nationality?: string; minor?: "yes" | "no"; surroundings?: string; notes?: string; confirm?: boolean } = {},
): Promise<void> {
  await triageToPin(person, options.start);
  await person.location(10.5801, 103.5402);
  await person.send(options.surroundings ?? "Tall blue building near the beach, guards at the gate");
  await person.tap("inside");
  await person.tap("taken");
  await person.tap("company");
  await person.tap("locked_in");
  await person.tap("beaten");
  await person.tap("shocks");
  await person.tap("_done");
  await person.tap("ransom");
  await person.send("$15,000");
  await person.tap(options.nationality ?? "ph");
  await person.tap(options.minor ?? "no");
  await person.send("12");
  await person.tap("i_write_first");
  await person.tap("embassy_ngo");
  if (options.notes) await person.send(options.notes);
  else await person.tap("skip");
  if (options.confirm !== false) await person.tap("ok");
}
