/**
 * The BullMQ job id of an outbox message: its key, with `%` and `:` escaped (BullMQ ids may
 * not contain `:`). The same key always gives the same id, so a message relayed twice (the
 * relay died between queueing and marking) is still one job.
 */
export function outboxJobId(key: string): string {
  return `outbox-${key.replace(/[%:]/g, (char) => (char === '%' ? '%25' : '%3A'))}`;
}
