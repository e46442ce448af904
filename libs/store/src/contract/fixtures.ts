import type { ClusterDocument, ClusterEvent, GrantCall, Organisation } from '@glokal/domain';

/** A confirmed timed workshop; override what the test is about. */
export function anEvent(overrides: Partial<ClusterEvent> & { id: string }): ClusterEvent {
  return {
    title: `Warsztaty ${overrides.id}`,
    kind: 'workshop',
    timing: {
      allDay: false,
      start: '2026-06-10T08:00:00.000Z',
      end: '2026-06-10T10:00:00.000Z',
      timeZone: 'Europe/Warsaw',
    },
    status: 'confirmed',
    source: 'glokal',
    updatedAt: '2026-05-01T00:00:00.000Z',
    ...overrides,
  };
}

export function timed(
  start: string,
  end: string,
  timeZone = 'Europe/Warsaw',
): ClusterEvent['timing'] {
  return {
    allDay: false,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    timeZone,
  };
}

export function allDay(startDate: string, endDate: string): ClusterEvent['timing'] {
  return { allDay: true, startDate, endDate };
}

export function aGrantCall(overrides: Partial<GrantCall> & { id: string }): GrantCall {
  return {
    programme: 'Erasmus+',
    title: `Call ${overrides.id}`,
    deadline: { local: '2026-10-01T12:00', timeZone: 'Europe/Brussels' },
    status: 'open',
    ...overrides,
  };
}

export function anOrganisation(overrides: Partial<Organisation> & { id: string }): Organisation {
  return {
    name: `Organisation ${overrides.id}`,
    kind: 'school',
    membership: 'member',
    city: 'Łódź',
    region: 'łódzkie',
    country: 'PL',
    specialisations: [],
    languages: ['pl'],
    contact: {},
    ...overrides,
  };
}

export function aDocument(overrides: Partial<ClusterDocument> & { id: string }): ClusterDocument {
  return {
    name: `Dokument ${overrides.id}`,
    mimeType: 'application/vnd.google-apps.document',
    folderPath: '',
    modifiedAt: '2026-05-01T10:00:00.000Z',
    ...overrides,
  };
}
