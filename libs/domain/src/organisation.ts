import { z } from 'zod';

export const organisationKinds = [
  'school',
  'vocational_centre',
  'university',
  'ngo',
  'business',
  'local_government',
  'other',
] as const;
export const OrganisationKind = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/** `member` belongs to the cluster; `partner` is an organisation abroad the cluster works with. */
export const Membership = z.enum(['member', 'partner']);
export type Membership = z.infer<typeof Membership>;

/** ISO 3166-1 alpha-2, upper case (`PL`, `PT`, `DE`). */
export const CountryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'a two-letter country code such as PL')
  .transform((code) => code.toUpperCase());

export const Contact = z.object({
  person: z.string().trim().min(1).optional(),
  email: z.email().optional(),
  phone: z.string().trim().min(3).optional(),
  website: z.url().optional(),
});
export type Contact = z.infer<typeof Contact>;

/** A member organisation of the cluster, or one of its European partners. */
export const Organisation = z.object({
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  kind: OrganisationKind,
  membership: Membership,
  city: z.string().trim().min(1),
  region: z.string().trim().min(1).optional(),
  country: CountryCode,
  specialisations: z.array(z.string().trim().min(1)).default([]),
  languages: z.array(z.string().trim().min(2)).default([]),
  contact: Contact.default({}),
  description: z.string().trim().max(2000).optional(),
});
export type Organisation = z.infer<typeof Organisation>;
