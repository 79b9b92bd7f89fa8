import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCipherBox, createPseudonymizer } from "../../src/crypto/box.js";
import { DecryptionError } from "../../src/errors.js";

const k1 = { id: "k1", key: randomBytes(32) };
const k2 = { id: "k2", key: randomBytes(32) };

describe("cipher box", () => {
  it("round-trips and never shows the plaintext", () => {
    const box = createCipherBox([k1]);
    const sealed = box.seal("beacon:case:{x}", "passport taken — 护照被拿走");
    expect(sealed).not.toContain("passport");
    expect(box.open("beacon:case:{x}", sealed)).toBe("passport taken — 护照被拿走");
    expect(box.keyIdOf(sealed)).toBe("k1");
  });

  it("uses a fresh IV per value", () => {
    const box = createCipherBox([k1]);
    expect(box.seal("a", "same")).not.toBe(box.seal("a", "same"));
  });

  it("rejects a value moved to another key name", () => {
    const box = createCipherBox([k1]);
    const sealed = box.seal("beacon:case:{a}", "x");
    expect(() => box.open("beacon:case:{b}", sealed)).toThrow(DecryptionError);
  });

  it("rejects a tampered ciphertext", () => {
    const box = createCipherBox([k1]);
    const sealed = box.seal("a", "hello world");
    const parts = sealed.split(".");
    const body = Buffer.from(parts[4]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[4] = body.toString("base64url");
    expect(() => box.open("a", parts.join("."))).toThrow(DecryptionError);
  });

  it("rejects a value whose tag was cut to 4 bytes", () => {
    const box = createCipherBox([k1]);
    const parts = box.seal("a", "hello world").split(".");
    parts[3] = Buffer.from(parts[3]!, "base64url").subarray(0, 4).toString("base64url");
    expect(() => box.open("a", parts.join("."))).toThrow(DecryptionError);
  });

  it("opens with any configured key and seals with the first", () => {
    const old = createCipherBox([k1]).seal("a", "v");
    const rotated = createCipherBox([k2, k1]);
    expect(rotated.open("a", old)).toBe("v");
    expect(rotated.keyIdOf(rotated.seal("a", "v"))).toBe("k2");
    expect(() => createCipherBox([k2]).open("a", old)).toThrow(/unknown key id/);
  });

  it("pseudonyms are stable per secret and differ across secrets", () => {
    const p = createPseudonymizer("secret-one-0123456789");
    expect(p("chat", 42)).toBe(p("chat", 42));
    expect(p("chat", 42)).not.toBe(createPseudonymizer("secret-two-0123456789")("chat", 42));
    expect(p("chat", 42)).not.toContain("42");
  });
});
