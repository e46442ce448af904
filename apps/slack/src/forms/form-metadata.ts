import { z } from 'zod';

/** Slack keeps at most this much `private_metadata` on a view. */
export const MAX_PRIVATE_METADATA = 3000;

/**
 * What a Glokal modal carries through Slack and back: the form, what it is about, and the
 * channel it was opened from (where the confirmation goes). Short keys: it is sent twice.
 */
const FormMetadataSchema = z.object({
  f: z.string().min(1).max(64),
  s: z.string().min(1).max(200).optional(),
  c: z
    .string()
    .regex(/^[CGD][A-Z0-9]{2,30}$/)
    .optional(),
});

export interface FormMetadata {
  form: string;
  subject?: string;
  channelId?: string;
}

/** The metadata as the string Slack keeps for the view. */
export function encodeFormMetadata(metadata: FormMetadata): string {
  const encoded = JSON.stringify({
    f: metadata.form,
    ...(metadata.subject ? { s: metadata.subject } : {}),
    ...(metadata.channelId ? { c: metadata.channelId } : {}),
  });
  if (encoded.length > MAX_PRIVATE_METADATA)
    throw new Error(`form metadata is ${encoded.length} characters, more than Slack keeps`);
  return encoded;
}

/** The metadata a submission brought back, checked; undefined when it is not Glokal's. */
export function decodeFormMetadata(text: string): FormMetadata | undefined {
  if (text.length > MAX_PRIVATE_METADATA) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = FormMetadataSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { f, s, c } = parsed.data;
  return { form: f, ...(s ? { subject: s } : {}), ...(c ? { channelId: c } : {}) };
}
