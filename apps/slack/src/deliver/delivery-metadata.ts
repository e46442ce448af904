import { z } from 'zod';

/** The metadata event type Glokal puts on every delivery it posts. */
export const DELIVERY_EVENT_TYPE = 'glokal_delivery';

/** `chat.postMessage` metadata naming the delivery, so a retry can find the message by its key. */
export function deliveryMetadata(key: string) {
  return { event_type: DELIVERY_EVENT_TYPE, event_payload: { key } };
}

const DeliveryMetadata = z.object({
  event_type: z.literal(DELIVERY_EVENT_TYPE),
  event_payload: z.object({ key: z.string() }),
});

/** The delivery key a listed message carries, if it is one of Glokal's deliveries. */
export function deliveryKeyOf(message: { metadata?: unknown }): string | undefined {
  const parsed = DeliveryMetadata.safeParse(message.metadata);
  return parsed.success ? parsed.data.event_payload.key : undefined;
}
