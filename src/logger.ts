import { GrammyError, HttpError } from "grammy";
import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger } from "pino";
import { BeaconError } from "./errors.js";

/** Fields that carry a person's words or name; redacted up to this many levels below the top. */
const PERSONAL_FIELDS = ["text", "caption", "first_name", "last_name", "username", "phone_number"];
const NESTED_DEPTH = 3;
// pino's redaction has no `**`: `*.text` is exactly one level down, so each depth is its own path.
const atEveryDepth = (field: string) => Array.from({ length: NESTED_DEPTH + 1 }, (_, depth) => [...Array<string>(depth).fill("*"), field].join("."));

/**
 * Paths that could carry a person's words or a Telegram identity. Log calls
 * must not pass such data at all; this list is the second line of defence.
 */
export const REDACT_PATHS = [
  ...PERSONAL_FIELDS.flatMap(atEveryDepth),
  "message", "from", "*.from", "chat", "*.chat", "user", "*.user", "chatId", "*.chatId", "userId", "*.userId",
  "answers", "*.answers", "update", "*.update", "payload", "*.payload", "location", "*.location",
];

export interface SerializedError {
  type: string;
  code?: string | number;
  /** The Bot API method of a GrammyError. */
  method?: string;
  /** Only for our own BeaconError classes, whose messages we write. */
  message?: string;
  at?: string;
  cause?: SerializedError;
}

// Names, codes and methods are identifiers; anything else in those fields is not trusted either.
const IDENTIFIER = /^[A-Za-z0-9_.$-]{1,64}$/;
// A stack frame line: `    at fn (file:line:col)`, `    at file:line:col`, or a native frame.
const FRAME = /^ {4}at \S.*(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/;
// Cause chains can be cyclic; this deep is plenty to see where a failure came from.
const MAX_CAUSE_DEPTH = 5;

/**
 * Errors are logged by type, code and where they were thrown; the message
 * only for our own typed errors. Every other message can quote data: Node's
 * argument errors quote the value received, JSON.parse quotes its input,
 * Redis echoes command arguments, and a GrammyError carries the payload we
 * sent (so for it: the method and Telegram's error code, not the text).
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error };
  const out: SerializedError = { type: identifier(error.name) ?? identifier(error.constructor.name) ?? "Error" };
  if (error instanceof GrammyError) {
    out.code = error.error_code;
    const method = identifier(error.method);
    if (method) out.method = method;
  } else {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "number" || (typeof code === "string" && IDENTIFIER.test(code))) out.code = code;
  }
  if (error instanceof BeaconError) out.message = error.message;
  const at = firstFrame(error);
  if (at) out.at = at;
  // HttpError keeps the network failure in `error`, not `cause`.
  const cause = error instanceof HttpError ? error.error : error.cause;
  if (cause !== undefined && depth < MAX_CAUSE_DEPTH) out.cause = serializeError(cause, depth + 1);
  return out;
}

function identifier(value: unknown): string | undefined {
  return typeof value === "string" && IDENTIFIER.test(value) ? value : undefined;
}

/** The first frame after the stack's header, which repeats the (untrusted) message and may span lines. */
function firstFrame(error: Error): string | undefined {
  const lines = error.stack?.split("\n") ?? [];
  const header = error.message ? error.message.split("\n").length : 1;
  return lines.slice(header).find((line) => FRAME.test(line))?.trim();
}

type PrettyFactory = (options: Record<string, unknown>) => DestinationStream;

/** pino-pretty, when installed (a devDependency: absent from a production install). */
function loadPinoPretty(): PrettyFactory {
  return createRequire(import.meta.url)("pino-pretty") as PrettyFactory;
}

/**
 * Readable lines for a developer's terminal (`npm start` outside production),
 * written to `destination` or stdout; undefined when pino-pretty cannot be
 * loaded, and the caller then writes JSON. Redaction runs before this, in pino.
 */
export function prettyDestination(options: { destination?: NodeJS.WritableStream; load?: () => PrettyFactory } = {}): DestinationStream | undefined {
  let build: PrettyFactory;
  try {
    build = (options.load ?? loadPinoPretty)();
  } catch {
    return undefined;
  }
  return build({
    colorize: options.destination === undefined && process.stdout.isTTY === true,
    translateTime: "SYS:HH:MM:ss",
    ignore: "pid,hostname,service",
    sync: true,
    ...(options.destination ? { destination: options.destination } : {}),
  });
}

/** `pretty`: readable lines (development) when pino-pretty is installed, JSON otherwise and always in production. */
export function createLogger(options: { level: string; destination?: DestinationStream; pretty?: boolean }): Logger {
  const destination = options.destination ?? (options.pretty ? prettyDestination() : undefined);
  return pino(
    {
      level: options.level,
      base: { service: "beacon" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      // `error` too: pino would otherwise write an Error's enumerable fields (a GrammyError's payload).
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // Given an error and no message, pino uses the error's own message as the line's `msg`.
        logMethod(args, method) {
          const [first, second] = args as unknown[];
          const withError = first instanceof Error || (typeof first === "object" && first !== null && ("err" in first || "error" in first));
          if (!withError || second !== undefined) return method.apply(this, args);
          const fields = first instanceof Error ? { err: first } : (first as object);
          return method.apply(this, [fields, "error"]);
        },
      },
    },
    destination,
  );
}

export type { Logger };
