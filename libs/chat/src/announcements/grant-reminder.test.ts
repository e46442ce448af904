import { describe, expect, it } from 'vitest';
import { createTranslator, type GrantCall } from '@glokal/domain';
import { replyText } from '../testing/request.fixture';
import { grantReminder } from './grant-reminder';

const call: GrantCall = {
  id: 'ka220-vet-2027',
  programme: 'Erasmus+ KA2',
  title: 'Partnerstwa współpracy',
  url: 'https://erasmus-plus.ec.europa.eu/',
  deadline: { local: '2027-04-02T12:00', timeZone: 'Europe/Brussels' },
  status: 'open',
};
const message = {
  type: 'grant-reminder' as const,
  grantId: call.id,
  which: 'deadline' as const,
  deadline: call.deadline,
  late: false,
};

describe('a grant reminder', () => {
  it("says the deadline in the funder's zone and the reader's, with days left in Polish plurals", () => {
    const reply = grantReminder(
      call,
      message,
      createTranslator('pl', 'Europe/Lisbon'),
      new Date('2027-03-30T10:00:00Z'),
    );
    expect(reply.title).toBe('Przypomnienie o terminie: Partnerstwa współpracy');
    expect(reply.summary).toContain('12:00 Bruksela, 11:00 Lizbona');
    expect(reply.summary).toContain('zostały 3 dni');
    expect(reply.items[0]?.url).toBe('https://erasmus-plus.ec.europa.eu/');
  });

  it('reads the same in English from Warsaw, and says when it comes late', () => {
    const reply = grantReminder(
      call,
      { ...message, late: true },
      createTranslator('en', 'Europe/Warsaw'),
      new Date('2027-04-01T10:00:00Z'),
    );
    expect(reply.summary).toContain('12:00 Brussels, 12:00 Warsaw');
    expect(reply.summary).toContain('1 day left');
    expect(replyText(reply)).toContain('We were offline: this reminder is late.');
  });

  it('counts hours when less than a day is left', () => {
    const reply = grantReminder(
      call,
      message,
      createTranslator('pl', 'Europe/Warsaw'),
      new Date('2027-04-02T07:00:00Z'),
    );
    expect(reply.summary).toContain('zostały 3 godziny');
  });
});
