import { GrantCall, GrantCallStatus } from '@glokal/domain';
import type { CsvFormat } from './validate-rows';

/** `2026-10-01 12:00` or `2026-10-01T12:00` as the schema's local time. */
function localTime(value: string | undefined): string | undefined {
  return value?.replace(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/, '$1T$2');
}

/** `grants.csv`: grant calls with their deadlines in the funder's zone (see docs/csv-import.md). */
export const grantsFormat: CsvFormat<GrantCall> = {
  what: 'grant calls',
  columns: [
    {
      name: 'id',
      required: true,
      meaning: 'a short stable id, e.g. `erasmus-ka220-vet-2027` (an existing id is updated)',
    },
    {
      name: 'programme',
      required: true,
      meaning: 'e.g. `Erasmus+ KA2`, `Interreg Europe`, `FERS`, `CERV`',
    },
    { name: 'call_code', required: false, meaning: "the funder's code, e.g. `KA220-VET`" },
    { name: 'title', required: true, meaning: "the call's title" },
    { name: 'url', required: false, meaning: "the call's page, with `https://`" },
    { name: 'opens_on', required: false, meaning: 'the day it opens, `YYYY-MM-DD`' },
    {
      name: 'deadline',
      required: true,
      meaning: 'local time of the deadline, `YYYY-MM-DD HH:mm`, e.g. `2027-03-05 12:00`',
    },
    {
      name: 'deadline_time_zone',
      required: true,
      meaning: 'the zone the deadline is in, e.g. `Europe/Brussels`, `Europe/Warsaw`',
    },
    {
      name: 'status',
      required: false,
      meaning: `${GrantCallStatus.options.join(', ')} (default open)`,
    },
    { name: 'funding', required: false, meaning: 'free text, e.g. `lump sum 60 000 EUR`' },
    { name: 'description', required: false, meaning: 'up to 4000 characters' },
  ],
  toCandidate: (cell) => ({
    id: cell('id'),
    programme: cell('programme'),
    callCode: cell('call_code'),
    title: cell('title'),
    url: cell('url'),
    opensOn: cell('opens_on'),
    deadline: { local: localTime(cell('deadline')), timeZone: cell('deadline_time_zone') },
    status: cell('status')?.toLowerCase(),
    funding: cell('funding'),
    description: cell('description'),
  }),
  schema: GrantCall,
  columnOf: (path) => {
    const [field, inner] = path;
    if (field === 'deadline') return inner === 'timeZone' ? 'deadline_time_zone' : 'deadline';
    if (field === 'callCode') return 'call_code';
    if (field === 'opensOn') return 'opens_on';
    return String(field ?? 'id');
  },
};
