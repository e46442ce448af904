import type { Organisation, Translator } from '@glokal/domain';
import { countryName } from '@glokal/domain/queries';
import type { ReplyItem } from '../reply';

function contactLine(organisation: Organisation): string | undefined {
  const { person, email, phone, website } = organisation.contact;
  const parts = [person, email, phone, website].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** One organisation: kind, membership, place, specialisations and how to reach it. */
export function organisationItem(organisation: Organisation, t: Translator): ReplyItem {
  const country = countryName(organisation.country, t.locale);
  const place = organisation.region
    ? t.t('directory:place_region', {
        city: organisation.city,
        region: organisation.region,
        country,
      })
    : t.t('directory:place', { city: organisation.city, country });
  const contact = contactLine(organisation);
  return {
    title: organisation.name,
    ...(organisation.contact.website ? { url: organisation.contact.website } : {}),
    ...(organisation.description ? { text: organisation.description } : {}),
    fields: [
      ...(organisation.specialisations.length > 0
        ? [
            {
              label: t.t('directory:specialisations'),
              value: organisation.specialisations.join(', '),
            },
          ]
        : []),
      ...(contact ? [{ label: t.t('directory:contact'), value: contact }] : []),
    ],
    context: [
      [
        t.t(`directory:kind.${organisation.kind}`),
        t.t(`directory:membership.${organisation.membership}`),
        place,
      ].join(' · '),
    ],
    actions: [],
  };
}
