import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { FakeCalendar } from './fake-calendar';
import { FakeDrive } from './fake-drive';
import { FakeFaults } from './fake-faults';
import { FakeTokenEndpoint, invalidCredentials } from './fake-token-endpoint';
import {
  googleError,
  notFound,
  readRequest,
  send,
  type FakeRequest,
  type FakeResponse,
} from './http-kit';

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
  const drive = new FakeDrive();
  const faults = new FakeFaults();
  const accepted = options.accessTokens ? new Set(options.accessTokens) : undefined;
  const tokens = new FakeTokenEndpoint((token) => accepted?.add(token));
  const requests: LoggedRequest[] = [];
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  let latencyMs = 0;

  const route = async (request: FakeRequest): Promise<FakeResponse> => {
    if (request.method === 'POST' && request.path === '/token') return tokens.handle(request.body);
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer || (accepted && !accepted.has(bearer))) return invalidCredentials;
    const fault = faults.take(request.path);
    if (fault) return fault;

    const events = /^\/calendar\/v3\/calendars\/([^/]+)\/events$/.exec(request.path);
    if (events?.[1]) {
      const calendarId = decodeURIComponent(events[1]);
      if (request.method === 'POST') return insertEvent(calendar, calendarId, request);
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
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** `POST /calendars/{id}/events` (events.insert), with a Meet link when one is requested. */
function insertEvent(
  calendar: FakeCalendar,
  calendarId: string,
  request: FakeRequest,
): FakeResponse {
  if (!calendar.has(calendarId)) return notFound(calendarId);
  const parsed = EventInsertBody.safeParse(JSON.parse(request.body || '{}'));
  if (!parsed.success) return googleError(400, 'required', 'Missing end time.');
  const { conferenceData, ...input } = parsed.data;
  const meet =
    request.query.get('conferenceDataVersion') === '1' && conferenceData ? meetLink() : undefined;
  const id = calendar.addEvent(calendarId, { ...input, ...(meet ? { hangoutLink: meet } : {}) });
  const created = calendar.truth(calendarId).find((event) => event.id === id);
  return {
    status: 200,
    body: meet
      ? {
          ...created,
          conferenceData: {
            entryPoints: [
              { entryPointType: 'video', uri: meet, label: meet.replace('https://', '') },
            ],
            conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
          },
        }
      : created,
  };
}

const EventTimeBody = z.union([
  z.object({ dateTime: z.string(), timeZone: z.string().optional() }),
  z.object({ date: z.string() }),
]);

const EventInsertBody = z.object({
  summary: z.string().optional(),
  description: z.string().optional(),
  location: z.string().optional(),
  start: EventTimeBody,
  end: EventTimeBody,
  recurrence: z.array(z.string()).optional(),
  extendedProperties: z
    .object({
      shared: z.record(z.string(), z.string()).optional(),
      private: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  conferenceData: z.unknown().optional(),
});

function meetLink(): string {
  const letters = (count: number) =>
    randomBytes(count).toString('hex').replace(/[0-9]/g, 'x').slice(0, count);
  return `https://meet.google.com/${letters(3)}-${letters(4)}-${letters(3)}`;
}
