import { createPseudonymizer } from "../../src/crypto/box.js";
import type { Harness } from "./harness.js";

/** The person's update markers hash (src/person/update-marks.ts) for their private chat. */
export const markersOf = (h: Harness, chatId: number) => h.keys.updatesSeen(createPseudonymizer(h.config.pseudonymSecret ?? "")("chat", chatId));

/** The mark of one of the person's updates: `p:<expires at, ms>`, `d:<done at, s>`, or null. */
export const personMark = (h: Harness, chatId: number, updateId: number) => h.redis.hget(markersOf(h, chatId), String(updateId));

/** A done mark, as the gate and the session flush write it. */
export const DONE_MARK = /^d:\d+$/;
