import { describe, expect, it } from "vitest";
import { decodePress, encodePress, MAX_CALLBACK_BYTES } from "../../../src/bot/flow/callback-codec.js";

describe("callback codec (the Telegram form of a press)", () => {
  it("decodes only well-formed callback data", () => {
    expect(decodePress("f:passport:taken")).toEqual({ kind: "option", node: "passport", arg: "taken" });
    expect(decodePress("m:danger:_done")).toEqual({ kind: "toggle", node: "danger", arg: "_done" });
    expect(decodePress("f:passport:taken:extra")).toBeUndefined();
    expect(decodePress("z:passport:taken")).toBeUndefined();
    expect(decodePress("f:Passport:taken")).toBeUndefined();
    expect(decodePress("lang:en")).toBeUndefined();
  });

  it("refuses data over Telegram's 64 bytes before matching it", () => {
    expect(decodePress(`f:${"a".repeat(MAX_CALLBACK_BYTES)}:x`)).toBeUndefined();
  });

  it("round-trips every kind of press", () => {
    for (const kind of ["option", "toggle", "place", "confirm", "edit"] as const) {
      const press = { kind, node: "step_1", arg: "some_arg" };
      expect(decodePress(encodePress(press))).toEqual(press);
    }
  });
});
