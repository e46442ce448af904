import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { auth } from 'googleapis/build/src/apis/calendar';
import { googleScopes, type GoogleCredentials } from './google-credentials';

/** The client googleapis signs requests with (a JWT client is one too). */
export type GoogleAuthClient = InstanceType<typeof auth.OAuth2>;

const googleTokenUrl = 'https://oauth2.googleapis.com/token';

/** The fields of a service-account key file (JSON from the Cloud console) that we use. */
const ServiceAccountKey = z.object({
  type: z.literal('service_account'),
  client_email: z.email(),
  private_key: z.string().includes('PRIVATE KEY'),
  private_key_id: z.string().optional(),
  token_uri: z.url().optional(),
});

/** Google cannot be signed in to as configured; the message says what to do. */
export class GoogleSetupError extends Error {
  override readonly name = 'GoogleSetupError';
}

/**
 * A signed-in client. With a key file, a JWT client for the service account (acting as
 * `impersonate` when set); its token requests go to the key's `token_uri` (Google's, unless a
 * proxy or a test says otherwise). With an access token, a client that sends that token.
 */
export async function createGoogleAuth(
  credentials: GoogleCredentials,
  scopes: readonly string[] = googleScopes,
): Promise<GoogleAuthClient> {
  if (credentials.kind === 'access-token') {
    const client = new auth.OAuth2();
    client.setCredentials({ access_token: credentials.accessToken });
    return client;
  }
  const key = await readKey(credentials.keyFile);
  const client = new auth.JWT({
    email: key.client_email,
    key: key.private_key,
    ...(key.private_key_id ? { keyId: key.private_key_id } : {}),
    scopes: [...scopes],
    ...(credentials.impersonate ? { subject: credentials.impersonate } : {}),
  });
  const tokenUri = key.token_uri;
  if (tokenUri && tokenUri !== googleTokenUrl) {
    client.transporter.interceptors.request.add({
      resolved: async (options) => {
        if (options.url.href === googleTokenUrl) options.url = new URL(tokenUri);
        return options;
      },
    });
  }
  return client;
}

async function readKey(path: string): Promise<z.infer<typeof ServiceAccountKey>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new GoogleSetupError(
      `GOOGLE_APPLICATION_CREDENTIALS names ${path}, which cannot be read. Put the service account's JSON key there (Google Cloud console → IAM & Admin → Service accounts → Keys → Add key → JSON).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = ServiceAccountKey.safeParse(json);
  if (!parsed.success) {
    throw new GoogleSetupError(
      `${path} is not a service-account key (a JSON file with "type": "service_account", "client_email" and "private_key"). Download a JSON key for the service account from the Google Cloud console.`,
    );
  }
  return parsed.data;
}
