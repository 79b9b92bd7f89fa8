/**
 * Send options that put a desk message under the case's card as a reply, so
 * the group reads it in the case's thread; none when the case has no card
 * (the message then stands on its own, still naming the case).
 */
export function underCard(cardMessageId: number | undefined): { reply_parameters?: { message_id: number; allow_sending_without_reply: true } } {
  return cardMessageId ? { reply_parameters: { message_id: cardMessageId, allow_sending_without_reply: true } } : {};
}
