import { createVerify, randomBytes } from 'node:crypto';
import { googleError, type FakeResponse } from './http-kit';

/** What a service account asked for in its signed assertion. */
export interface TokenGrant {
  iss: string;
  sub?: string;
  scope: string;
  aud: string;
  signatureValid: boolean;
}

/**
 * `POST /token`: Google's OAuth 2.0 token endpoint for the JWT-bearer grant a service account
 * uses. Checks the assertion's RS256 signature against the public key a test registered for
 * the account, records the grant, and issues an access token the fake APIs then accept.
 */
export class FakeTokenEndpoint {
  readonly grants: TokenGrant[] = [];
  private readonly publicKeys = new Map<string, string>();

  constructor(private readonly issue: (token: string) => void) {}

  trustServiceAccount(email: string, publicKeyPem: string): void {
    this.publicKeys.set(email, publicKeyPem);
  }

  handle(body: string): FakeResponse {
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      return {
        status: 400,
        body: { error: 'unsupported_grant_type', error_description: 'Invalid grant_type' },
      };
    }
    const [header, payload, signature] = (form.get('assertion') ?? '').split('.');
    if (!header || !payload || !signature)
      return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT' } };
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!isClaims(claims))
      return {
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Invalid JWT claims' },
      };
    const key = this.publicKeys.get(claims.iss);
    const signatureValid =
      key !== undefined &&
      createVerify('RSA-SHA256')
        .update(`${header}.${payload}`)
        .verify(key, Buffer.from(signature, 'base64url'));
    this.grants.push({ ...claims, signatureValid });
    if (!signatureValid)
      return {
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' },
      };
    const token = `ya29.fake-${randomBytes(12).toString('hex')}`;
    this.issue(token);
    return { status: 200, body: { access_token: token, expires_in: 3599, token_type: 'Bearer' } };
  }
}

function isClaims(
  value: unknown,
): value is { iss: string; sub?: string; scope: string; aud: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'iss' in value &&
    typeof value.iss === 'string' &&
    'scope' in value &&
    typeof value.scope === 'string' &&
    'aud' in value &&
    typeof value.aud === 'string'
  );
}

export const invalidCredentials = googleError(401, 'authError', 'Invalid Credentials', {
  location: 'Authorization',
  locationType: 'header',
});
