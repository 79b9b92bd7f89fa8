import type { User } from "grammy/types";
import { GrammyError } from "grammy";
import { expect } from "vitest";

export const TOKEN = "123456:TEST-token";
export const BOT_ID = 123456;

export const alice: User = { id: 1001, is_bot: false, first_name: "Alice", language_code: "en" };
export const bob: User = { id: 1002, is_bot: false, first_name: "Bob" };
export const aliceChat = { id: alice.id, type: "private" } as const;
export const desk = { id: -1001234567890, type: "supergroup", title: "Desk" } as const;

/** Awaits a Bot API call that must fail, and returns the GrammyError for closer checks. */
export async function apiError(call: Promise<unknown>): Promise<GrammyError> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GrammyError);
  return err as GrammyError;
}
