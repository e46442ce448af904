import { describe, expect, it } from 'vitest';
import { signedHeaders, slackSignature } from './sign-request';

/**
 * Slack's documented signing example ("Verifying requests from Slack"): the secret, the
 * timestamp, the raw slash-command body and the signature Slack computes for them.
 */
const documented = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  rawBody:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

describe('signing requests as Slack does', () => {
  it("reproduces the signature of Slack's documented example", () => {
    expect(slackSignature(documented.signingSecret, documented.timestamp, documented.rawBody)).toBe(
      documented.signature,
    );
  });

  it('gives a different signature when one byte of the body changes', () => {
    expect(
      slackSignature(documented.signingSecret, documented.timestamp, `${documented.rawBody}------`),
    ).not.toBe(documented.signature);
  });

  it('puts the timestamp it signed into the timestamp header', () => {
    const headers = signedHeaders({ ...documented });
    expect(headers).toEqual({
      'x-slack-request-timestamp': '1531420618',
      'x-slack-signature': documented.signature,
    });
  });
});
