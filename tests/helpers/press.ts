import { decodePress, encodePress } from "../../src/bot/flow/callback-codec.js";
import type { Button, Input, Press } from "../../src/flow/types.js";

/** A press as Telegram delivers it (callback data), turned into the engine's input the way the bot does. */
export function buttonInput(data: string): Input {
  return { type: "button", press: decodePress(data) };
}

/** The callback data a button carries to Telegram, as tests name buttons. */
export function dataOf(button: Button): string {
  return encodePress(button.press);
}

/** The engine's press behind callback data (which must be well-formed), for expected outputs. */
export function pressOf(data: string): Press {
  const press = decodePress(data);
  if (!press) throw new Error(`not a press: ${data}`);
  return press;
}
