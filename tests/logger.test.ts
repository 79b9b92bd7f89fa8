import { Writable } from "node:stream";
import { GrammyError, HttpError } from "grammy";
import { afterAll, describe, expect, it } from "vitest";
import { StorageError } from "../src/errors.js";
import { createLogger, prettyDestination, serializeError } from "../src/logger.js";
import { testRedis } from "./helpers/redis.js";

const CANARY = "CANARY7c1e9";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level: "debug", destination }), output: () => lines.join("") };
}

function grammyError(): GrammyError {
  const description = `Bad Request: can't parse entities: ${CANARY}`;
  return new GrammyError(`Call to 'sendMessage' failed! (400: ${description})`, { ok: false, error_code: 400, description }, "sendMessage", { chat_id: 4242, text: CANARY });
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

const redis = testRedis();
afterAll(() => redis.close());

describe("error logging", () => {
  it("a GrammyError: method and Telegram's code, never its description or payload", () => {
    const { logger, output } = capture();
    logger.error({ err: grammyError() }, "update failed");
    logger.warn({ error: grammyError() }, "under another key");
    expect(output()).not.toContain(CANARY);
    expect(output()).not.toContain("4242");
    expect(serializeError(grammyError())).toMatchObject({ type: "GrammyError", method: "sendMessage", code: 400 });
  });

  it("an ioredis ReplyError that echoes a command argument: name only", async () => {
    const error = (await redis.redis.call(`NOSUCHCMD${CANARY}`, CANARY).then(
      () => new Error("expected Redis to refuse"),
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toContain(CANARY); // the hazard is real
    const { logger, output } = capture();
    logger.error({ err: error }, "redis failed");
    expect(output()).not.toContain(CANARY);
    expect(serializeError(error)).toMatchObject({ type: "ReplyError" });
  });

  it("Node errors that quote what they received: name and code only", () => {
    const encoding = thrown(() => Buffer.from("x", CANARY as BufferEncoding));
    const argType = thrown(() => Buffer.byteLength(7_123_456_789 as unknown as string));
    const json = thrown(() => JSON.parse(`${CANARY}{`));
    for (const error of [encoding, argType, json]) expect(error.message).toMatch(new RegExp(`${CANARY}|7123456789`));
    const { logger, output } = capture();
    for (const error of [encoding, argType, json]) logger.error({ err: error }, "failed");
    expect(output()).not.toContain(CANARY);
    expect(output()).not.toContain("7123456789");
    expect(serializeError(encoding)).toMatchObject({ type: "TypeError", code: "ERR_UNKNOWN_ENCODING" });
    expect(serializeError(argType)).toMatchObject({ type: "TypeError", code: "ERR_INVALID_ARG_TYPE" });
    expect(serializeError(json)).toMatchObject({ type: "SyntaxError" });
  });

  it("an HttpError and the network error inside it: names and codes", () => {
    const network = Object.assign(new Error(`connect ECONNREFUSED ${CANARY}`), { code: "ECONNREFUSED" });
    const error = new HttpError(`Network request for 'sendMessage' failed! ${CANARY}`, network);
    const { logger, output } = capture();
    logger.error({ err: error }, "failed");
    expect(output()).not.toContain(CANARY);
    expect(serializeError(error)).toMatchObject({ type: "HttpError", cause: { type: "Error", code: "ECONNREFUSED" } });
  });

  it("walks cause chains: our message kept, foreign messages dropped, cycles bounded", () => {
    const inner = new TypeError(`bad value ${CANARY}\n    at ${CANARY} (/x.js:1:1)`, { cause: grammyError() });
    const error = new StorageError("script case_transition failed", { cause: new Error(`wrapper ${CANARY}`, { cause: inner }) });
    const cyclic = new Error(CANARY);
    cyclic.cause = cyclic;
    const { logger, output } = capture();
    logger.error({ err: error }, "failed");
    logger.error({ err: cyclic }, "cyclic");
    expect(output()).not.toContain(CANARY);
    expect(serializeError(error)).toMatchObject({
      type: "StorageError",
      code: "storage_failed",
      message: "script case_transition failed",
      cause: { type: "Error", cause: { type: "TypeError", cause: { type: "GrammyError", method: "sendMessage", code: 400 } } },
    });
    expect(serializeError(error).at).toMatch(/logger\.test\.ts/);
  });

  it("an error logged without a message does not become the line's msg", () => {
    const { logger, output } = capture();
    logger.error(thrown(() => JSON.parse(CANARY)));
    logger.warn({ err: grammyError() });
    expect(output()).not.toContain(CANARY);
    expect(output()).toContain('"type":"SyntaxError"');
    expect(output()).toContain('"method":"sendMessage"');
  });
});

describe("redaction", () => {
  it("redacts words and names nested up to three levels deep", () => {
    const { logger, output } = capture();
    const personal = (n: number) => ({
      text: `${CANARY}t${n}`, caption: `${CANARY}c${n}`, first_name: `${CANARY}f${n}`,
      last_name: `${CANARY}l${n}`, username: `${CANARY}u${n}`, phone_number: `${CANARY}p${n}`,
    });
    logger.info({ ...personal(0), a: { ...personal(1), b: { ...personal(2), c: personal(3) } }, list: [{ sub: personal(4) }] }, "nested");
    expect(output()).toContain('"nested"');
    expect(output()).not.toContain(CANARY);
  });
});

describe("log format", () => {
  const sink = () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    return { destination, text: () => lines.join("") };
  };

  it("development: readable pino-pretty lines, still redacted", () => {
    const { destination, text } = sink();
    const pretty = prettyDestination({ destination });
    expect(pretty).toBeDefined();
    const logger = createLogger({ level: "info", destination: pretty });
    logger.info({ caseId: "ABCD-1234", text: CANARY }, "case filed");
    expect(text()).toMatch(/INFO.*case filed/);
    expect(text()).toContain("caseId: \"ABCD-1234\"");
    expect(text()).not.toContain(CANARY);
    expect(() => JSON.parse(text())).toThrow();
  });

  it("falls back to JSON lines when pino-pretty is not installed", () => {
    const missing = () => {
      throw new Error("Cannot find module 'pino-pretty'");
    };
    expect(prettyDestination({ load: missing })).toBeUndefined();
    const { destination, text } = sink();
    createLogger({ level: "info", destination }).info("case filed");
    expect(JSON.parse(text())).toMatchObject({ level: 30, msg: "case filed", service: "beacon" });
  });
});
