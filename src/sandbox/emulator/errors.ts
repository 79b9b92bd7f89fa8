import { BeaconError } from "../../errors.js";

/** Extra fields Telegram puts next to an error, e.g. how long to back off. */
export interface ResponseParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/**
 * A Bot API call refused the way Telegram refuses it. The emulator turns it
 * into `{ ok: false, error_code, description }` with the same HTTP status.
 */
export class BotApiFailure extends BeaconError {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description, `bot_api_${errorCode}`);
  }
}

/** Shorthand for the common 400. */
export function badRequest(reason: string): BotApiFailure {
  return new BotApiFailure(400, `Bad Request: ${reason}`);
}

/** A test or the sandbox used the emulator wrongly (not something Telegram would answer). */
export class EmulatorMisuseError extends BeaconError {
  constructor(message: string) {
    super(message, "emulator_misuse");
  }
}
