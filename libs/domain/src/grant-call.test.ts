import { describe, expect, it } from 'vitest';
import { callStatusAt, GrantCall } from './grant-call';

const call = (status: GrantCall['status']) =>
  GrantCall.parse({
    id: 'ka220',
    programme: 'Erasmus+',
    title: 'Cooperation partnerships',
    // 17:00 in Brussels is 15:00 UTC in summer.
    deadline: { local: '2026-06-12T17:00', timeZone: 'Europe/Brussels' },
    status,
  });

describe('callStatusAt', () => {
  it('reads an open or announced call as closed from its deadline on', () => {
    for (const status of ['open', 'forthcoming'] as const) {
      expect(callStatusAt(call(status), new Date('2026-06-12T14:59:59Z'))).toBe(status);
      expect(callStatusAt(call(status), new Date('2026-06-12T15:00:00Z'))).toBe('closed');
      expect(callStatusAt(call(status), new Date('2026-07-01T00:00:00Z'))).toBe('closed');
    }
  });

  it('keeps a closed or cancelled call as it is, before and after the deadline', () => {
    for (const status of ['closed', 'cancelled'] as const) {
      expect(callStatusAt(call(status), new Date('2026-06-01T00:00:00Z'))).toBe(status);
      expect(callStatusAt(call(status), new Date('2026-07-01T00:00:00Z'))).toBe(status);
    }
  });
});
