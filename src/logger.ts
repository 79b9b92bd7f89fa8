import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Paths that could carry a person's words or a Telegram identity. Log calls
 * must not pass such data at all; this list is the second line of defence.
 */
export const REDACT_PATHS = [
  "text", "*.text", "caption", "*.caption", "message", "*.message.text",
  "from", "*.from", "chat", "*.chat", "user", "*.user", "username", "*.username",
  "first_name", "*.first_name", "last_name", "*.last_name", "chatId", "*.chatId", "userId", "*.userId",
  "answers", "*.answers", "update", "*.update", "payload", "*.payload",
  "phone_number", "*.phone_number", "location", "*.location",
];

/**
 * Errors are logged by type, code and where they were thrown. Messages only
 * for our own errors and Telegram's (which never quote what we sent): other
 * messages (a JSON.parse failure, say) can quote a person's words.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code ?? (error as { error_code?: unknown }).error_code;
  const trusted = error.name === "GrammyError" || error.constructor.name.endsWith("Error") && "code" in error && typeof code === "string";
  const at = error.stack?.split("\n").find((line) => line.trim().startsWith("at "))?.trim();
  return {
    type: error.name,
    code,
    message: trusted ? error.message : undefined,
    at,
    cause: error.cause instanceof Error ? serializeError(error.cause) : undefined,
  };
}

export function createLogger(options: { level: string; destination?: DestinationStream; pretty?: boolean }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: "beacon" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      // Error messages from Telegram may quote what we sent; keep only the type and code.
      serializers: {
        err: serializeError,
      },
    },
    options.destination,
  );
}

export type { Logger };
