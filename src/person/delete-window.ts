/** Telegram lets a bot delete a message only within 48 hours of sending. */
export const DELETE_WINDOW_MS = 48 * 3600 * 1000;
