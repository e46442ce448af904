import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import { createGoogleCalendarSource } from '../calendar/google-calendar-source';
import { GoogleApiError } from '../errors/google-failure';
import { createGoogleAuth, GoogleSetupError } from './create-google-auth';

const calendarId = 'klaster@group.calendar.google.com';
const window = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
let fake: FakeGoogle;
let directory: string;

beforeAll(async () => {
  fake = await startFakeGoogle({ accessTokens: ['ya29.given'] });
  fake.calendar.ensureCalendar(calendarId);
  directory = await mkdtemp(join(tmpdir(), 'glokal-google-auth-'));
});
afterAll(async () => {
  await fake.close();
  await rm(directory, { recursive: true, force: true });
});

/** A service-account key file like the one the Cloud console downloads, with a throwaway key. */
async function keyFile(
  email: string,
  tokenUri: string,
): Promise<{ path: string; publicKey: string }> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const path = join(directory, `${email.split('@')[0]}.json`);
  await writeFile(
    path,
    JSON.stringify({
      type: 'service_account',
      project_id: 'glokal-test',
      private_key_id: 'a1b2c3d4e5f6',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      client_email: email,
      client_id: '100000000000000000001',
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: tokenUri,
    }),
  );
  return { path, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

describe('createGoogleAuth', () => {
  it("signs a service-account assertion, gets a token from the key file's token endpoint and uses it", async () => {
    const email = 'glokal-sync@glokal-test.iam.gserviceaccount.com';
    const key = await keyFile(email, fake.tokenUrl);
    fake.tokens.trustServiceAccount(email, key.publicKey);
    const auth = await createGoogleAuth({
      kind: 'service-account',
      keyFile: key.path,
      impersonate: 'koordynator@klaster.example.org',
    });
    const source = createGoogleCalendarSource({
      auth,
      rootUrl: fake.rootUrl,
      clusterTimeZone: 'Europe/Warsaw',
    });

    expect((await source.listEvents({ calendarId, mode: 'full', window })).status).toBe('page');
    expect(fake.tokens.grants).toEqual([
      expect.objectContaining({
        iss: email,
        sub: 'koordynator@klaster.example.org',
        signatureValid: true,
      }),
    ]);
    expect(fake.tokens.grants[0]?.scope).toContain('https://www.googleapis.com/auth/calendar');
  });

  it('sends a ready access token, and an unknown one is refused as unauthorised', async () => {
    const given = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.given' });
    const stranger = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.unknown' });
    const options = { rootUrl: fake.rootUrl, clusterTimeZone: 'Europe/Warsaw' };
    expect(
      (
        await createGoogleCalendarSource({ ...options, auth: given }).listEvents({
          calendarId,
          mode: 'full',
          window,
        })
      ).status,
    ).toBe('page');
    const refused = await createGoogleCalendarSource({ ...options, auth: stranger })
      .listEvents({ calendarId, mode: 'full', window })
      .catch((error: unknown) => error);
    expect(refused instanceof GoogleApiError && refused.failure.code).toBe('unauthorised');
  });

  it('explains a key file that is missing or is not a service-account key', async () => {
    await expect(
      createGoogleAuth({ kind: 'service-account', keyFile: join(directory, 'missing.json') }),
    ).rejects.toThrow(GoogleSetupError);
    const wrong = join(directory, 'oauth-client.json');
    await writeFile(wrong, JSON.stringify({ installed: { client_id: 'x' } }));
    await expect(createGoogleAuth({ kind: 'service-account', keyFile: wrong })).rejects.toThrow(
      /not a service-account key/,
    );
  });
});
