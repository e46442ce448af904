/**
 * The BullMQ job id of a delivery: its key, with `%` and `:` escaped (BullMQ ids may not
 * contain `:`, and our keys read `announce:event:<id>:slack:<channel>`). The same key always
 * gives the same id, so a delivery already waiting in the queue is never added twice.
 */
export function deliveryJobId(key: string): string {
  return `delivery-${key.replace(/[%:]/g, (char) => (char === '%' ? '%25' : '%3A'))}`;
}
