import { createServer, type Server } from 'node:http';
import { FakeCalendarWrites } from './calendar-writes';
import { FakeCalendar } from './fake-calendar';
import { FakeDrive } from './fake-drive';
import { FakeFaults } from './fake-faults';
import { FakeFreeBusy } from './fake-freebusy';
import { FakeTokenEndpoint, invalidCredentials } from './fake-token-endpoint';
import { notFound, readRequest, send, type FakeRequest, type FakeResponse } from './http-kit';

/** One request the fake answered, for tests that check what the client asked. */
export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
}

export interface FakeGoogle {
  /** For googleapis' `rootUrl` option (ends with `/`). */
  rootUrl: string;
  /** For a service-account key file's `token_uri`. */
  tokenUrl: string;
  calendar: FakeCalendar;
  /** Event writes (insert, patch, get) and the update e-mails they sent (`writes.sent`). */
  writes: FakeCalendarWrites;
  /** `freebusy.query`, and busy blocks of people who are not calendars of the fake. */
  freeBusy: FakeFreeBusy;
  drive: FakeDrive;
  faults: FakeFaults;
  tokens: FakeTokenEndpoint;
  requests: LoggedRequest[];
  /** The most `events.list` requests that were in flight at once for one calendar. */
  maxConcurrentListings(calendarId: string): number;
  /** Every answer waits this long first (to make overlaps and kills mid-sync likely). */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

export interface FakeGoogleOptions {
  /** Access tokens the APIs accept; default: any bearer token. */
  accessTokens?: string[];
}

/**
 * A loopback Google: Calendar v3 and Drive v3 at the paths googleapis calls, plus the OAuth
 * token endpoint, on 127.0.0.1 with a random port. Point the real client at it with
 * `rootUrl`. Tests edit `calendar` and `drive` (the truth) and plan failures in `faults`.
 */
export async function startFakeGoogle(options: FakeGoogleOptions = {}): Promise<FakeGoogle> {
  const calendar = new FakeCalendar();
  const writes = new FakeCalendarWrites(calendar);
  const freeBusy = new FakeFreeBusy(calendar);
  const drive = new FakeDrive();
  const faults = new FakeFaults();
  const accepted = options.accessTokens ? new Set(options.accessTokens) : undefined;
  const tokens = new FakeTokenEndpoint((token) => accepted?.add(token));
  const requests: LoggedRequest[] = [];
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  let latencyMs = 0;
  /** Held answers, released when the fake closes. */
  const holds = new Set<() => void>();
  const held = (ms: number) =>
    new Promise<void>((release) => {
      const done = () => {
        clearTimeout(timer);
        holds.delete(done);
        release();
      };
      const timer = setTimeout(done, ms);
      holds.add(done);
    });

  const route = async (request: FakeRequest): Promise<FakeResponse> => {
    if (request.method === 'POST' && request.path === '/token') return tokens.handle(request.body);
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer || (accepted && !accepted.has(bearer))) return invalidCredentials;
    const fault = faults.take(request.path, request.method);
    if (fault) {
      if (fault.holdMs) await held(fault.holdMs);
      return fault;
    }

    if (request.method === 'POST' && request.path === '/calendar/v3/freeBusy')
      return freeBusy.query(request);
    const event = /^\/calendar\/v3\/calendars\/([^/]+)\/events\/([^/]+)$/.exec(request.path);
    if (event?.[1] && event[2]) {
      const [calendarId, eventId] = [decodeURIComponent(event[1]), decodeURIComponent(event[2])];
      if (request.method === 'PATCH') return writes.patch(calendarId, eventId, request);
      if (request.method === 'GET') return writes.get(calendarId, eventId);
      return notFound(request.path);
    }
    const events = /^\/calendar\/v3\/calendars\/([^/]+)\/events$/.exec(request.path);
    if (events?.[1]) {
      const calendarId = decodeURIComponent(events[1]);
      if (request.method === 'POST') return writes.insert(calendarId, request);
      const running = (inFlight.get(calendarId) ?? 0) + 1;
      inFlight.set(calendarId, running);
      maxInFlight.set(calendarId, Math.max(running, maxInFlight.get(calendarId) ?? 0));
      try {
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        return calendar.list(calendarId, request.query);
      } finally {
        inFlight.set(calendarId, (inFlight.get(calendarId) ?? 1) - 1);
      }
    }
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (request.path === '/drive/v3/changes/startPageToken')
      return drive.startPageToken(request.query);
    if (request.path === '/drive/v3/changes') return drive.listChanges(request.query);
    if (request.path === '/drive/v3/files') return drive.listFiles(request.query);
    const file = /^\/drive\/v3\/files\/([^/]+)$/.exec(request.path);
    if (file?.[1]) return drive.getFile(decodeURIComponent(file[1]), request.query);
    return notFound(request.path);
  };

  const server: Server = createServer((incoming, outgoing) => {
    readRequest(incoming)
      .then(async (request) => {
        const reply = await route(request);
        requests.push({
          method: request.method,
          path: request.path,
          query: request.query,
          status: reply.status,
        });
        send(outgoing, reply);
      })
      .catch((error: unknown) =>
        send(outgoing, { status: 500, body: { error: { code: 500, message: String(error) } } }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('the fake Google did not get a TCP port');
  const base = `http://127.0.0.1:${address.port}`;

  return {
    rootUrl: `${base}/`,
    tokenUrl: `${base}/token`,
    calendar,
    writes,
    freeBusy,
    drive,
    faults,
    tokens,
    requests,
    maxConcurrentListings: (calendarId) => maxInFlight.get(calendarId) ?? 0,
    setLatency: (ms) => {
      latencyMs = ms;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const release of [...holds]) release();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
