import { Organisation, organisationKinds } from '@glokal/domain';
import { listCell, type CsvFormat } from './validate-rows';

/** `members.csv`: member organisations and partners (see docs/csv-import.md). */
export const membersFormat: CsvFormat<Organisation> = {
  what: 'members',
  columns: [
    {
      name: 'id',
      required: true,
      meaning: 'a short stable id, e.g. `zsz2-lodz` (an existing id is updated)',
    },
    { name: 'name', required: true, meaning: 'the full name' },
    { name: 'kind', required: true, meaning: organisationKinds.join(', ') },
    { name: 'membership', required: false, meaning: '`member` (default) or `partner`' },
    { name: 'city', required: true, meaning: 'the city' },
    { name: 'region', required: false, meaning: 'the region, e.g. `łódzkie`' },
    { name: 'country', required: true, meaning: 'ISO 3166 two-letter code, e.g. `PL`, `PT`' },
    {
      name: 'specialisations',
      required: false,
      meaning: 'a list separated by `|`, e.g. `mechatronika|automatyka`',
    },
    { name: 'languages', required: false, meaning: 'a list separated by `|`, e.g. `pl|en|de`' },
    { name: 'contact_person', required: false, meaning: 'who to talk to' },
    { name: 'email', required: false, meaning: 'an e-mail address' },
    { name: 'phone', required: false, meaning: 'a phone number' },
    { name: 'website', required: false, meaning: 'a URL with `https://`' },
    { name: 'description', required: false, meaning: 'up to 2000 characters' },
  ],
  toCandidate: (cell) => ({
    id: cell('id'),
    name: cell('name'),
    kind: cell('kind')?.toLowerCase(),
    membership: cell('membership')?.toLowerCase() ?? 'member',
    city: cell('city'),
    region: cell('region'),
    country: cell('country'),
    specialisations: listCell(cell('specialisations')),
    languages: listCell(cell('languages')),
    contact: {
      person: cell('contact_person'),
      email: cell('email'),
      phone: cell('phone'),
      website: cell('website'),
    },
    description: cell('description'),
  }),
  schema: Organisation,
  columnOf: (path) => {
    const [field, inner] = path;
    if (field === 'contact')
      return inner === 'person' ? 'contact_person' : String(inner ?? 'email');
    return String(field ?? 'id');
  },
};
