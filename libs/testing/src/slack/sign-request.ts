import { createHmac } from 'node:crypto';

/**
 * Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the
 * app's signing secret (docs.slack.dev, "Verifying requests from Slack").
 */
export function slackSignature(
  signingSecret: string,
  timestamp: number | string,
  rawBody: string,
): string {
  const digest = createHmac('sha256', signingSecret)
    .update(`v0:${timestamp}:${rawBody}`)
    .digest('hex');
  return `v0=${digest}`;
}

/** The two headers Slack adds to every request it sends an app. */
export function signedHeaders(options: {
  signingSecret: string;
  rawBody: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
}): { 'x-slack-request-timestamp': string; 'x-slack-signature': string } {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(options.signingSecret, timestamp, options.rawBody),
  };
}

export interface SlackDelivery {
  body: string;
  contentType: 'application/x-www-form-urlencoded' | 'application/json';
}

/**
 * POSTs a body to an app the way Slack does: signed, with Slack's content type. `signing`
 * may be left out (missing headers), given a wrong secret, or an old timestamp, to test refusals.
 */
export async function sendToSlackApp(
  url: string,
  delivery: SlackDelivery,
  signing: { signingSecret: string; timestamp?: number } | 'unsigned',
): Promise<{ status: number; text: string; json: unknown }> {
  const headers: Record<string, string> = {
    'content-type': delivery.contentType,
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
  };
  if (signing !== 'unsigned') {
    Object.assign(headers, signedHeaders({ ...signing, rawBody: delivery.body }));
  }
  const response = await fetch(url, { method: 'POST', headers, body: delivery.body });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}
