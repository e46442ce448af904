import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { Logger } from '@glokal/config';
import { createTranslator, EventKind, Locale, type Translator } from '@glokal/domain';
import { deadlinesFeed, eventsFeed, personalFeed, type FeedDeps } from './feeds';

export interface PublicServerOptions extends FeedDeps {
  /** `PUBLIC_PORT` (0: any free port, for tests). */
  port: number;
  /** Where to listen (default every interface: calendar apps fetch feeds from outside). */
  host?: string;
  /** The language of a feed asked for without `?lang` (`DEFAULT_LOCALE`). */
  defaultLocale: Locale;
  logger: Logger;
}

export interface RunningPublicServer {
  port: number;
  close(): Promise<void>;
}

/** How long calendar apps and proxies may keep a feed before asking again (with its ETag). */
const MAX_AGE_SECONDS = 300;

const FeedQuery = z.object({ lang: Locale.optional() });
const EventsQuery = FeedQuery.extend({ kind: EventKind.optional() });
const DeadlinesQuery = FeedQuery.extend({ kind: z.enum(['deadline', 'internal']).optional() });

/** A strong ETag from the body: the same feed text is the same tag in every process. */
function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether `If-None-Match` names this tag (or `*`); weak and strong tags compare alike here. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function sendFeed(request: Request, response: Response, body: string, personal: boolean) {
  const etag = etagOf(body);
  response.set({
    ETag: etag,
    // A personal feed is for its owner's calendar app alone: shared caches must not keep it.
    'Cache-Control': `${personal ? 'private' : 'public'}, max-age=${MAX_AGE_SECONDS}`,
  });
  if (matches(request.get('If-None-Match'), etag)) {
    response.status(304).end();
    return;
  }
  response.status(200).type('text/calendar; charset=utf-8').send(body);
}

function notFound(response: Response, t: Translator) {
  response
    .status(404)
    .set('Cache-Control', 'no-store')
    .type('text/plain; charset=utf-8')
    .send(`${t.t('feeds:not_found')}\n`);
}

/**
 * The public port (`PUBLIC_PORT`): calendar feeds and nothing else. `/feeds/events.ics` and
 * `/feeds/deadlines.ics` (`?lang=pl|en`, `?kind=`) for everyone, `/feeds/p/<token>.ics` for
 * the person whose token it is. Every answer carries an ETag from its text, and a request
 * with a matching `If-None-Match` gets 304, so calendar apps polling often cost little.
 * Anything else is 404: the operations routes and the dashboard live on their own port.
 */
export async function startPublicServer(
  options: PublicServerOptions,
): Promise<RunningPublicServer> {
  const { logger, defaultLocale, clusterTimeZone } = options;
  const app = express();
  app.disable('x-powered-by');
  // The feeds set their own ETags (express's would be computed from a different hash).
  app.disable('etag');

  const translator = (lang: unknown) => {
    const locale = Locale.safeParse(lang);
    return createTranslator(locale.success ? locale.data : defaultLocale, clusterTimeZone);
  };

  const route =
    <Query extends z.ZodType<{ lang?: Locale | undefined }>>(
      name: string,
      query: Query,
      answer: (parsed: z.output<Query>, request: Request) => Promise<string | undefined>,
      personal = false,
    ) =>
    async (request: Request, response: Response) => {
      const parsed = query.safeParse(request.query);
      if (!parsed.success) {
        const t = translator(request.query['lang']);
        // Name the first wrong option, what was given and what it takes.
        const issue = parsed.error.issues[0];
        const option = String(issue?.path[0] ?? 'kind');
        const allowed = (issue as { values?: unknown[] } | undefined)?.values ?? [];
        const given = request.query[option];
        response
          .status(400)
          .set('Cache-Control', 'no-store')
          .type('text/plain; charset=utf-8')
          .send(
            `${t.t(option === 'lang' ? 'feeds:bad_lang' : 'feeds:bad_kind', {
              given: Array.isArray(given) ? given.join(',') : String(given ?? ''),
              allowed: allowed.join(', '),
            })}\n`,
          );
        return;
      }
      try {
        const body = await answer(parsed.data, request);
        if (body === undefined) return notFound(response, translator(parsed.data.lang));
        sendFeed(request, response, body, personal);
      } catch (error) {
        // The feed's name, never its path: a personal path holds the person's secret.
        logger.error({ err: error, feed: name }, 'calendar feed failed');
        response
          .status(500)
          .set('Cache-Control', 'no-store')
          .type('text/plain; charset=utf-8')
          .send(`${translator(request.query['lang']).t('feeds:unavailable')}\n`);
      }
    };

  app.get(
    '/feeds/events.ics',
    route('events', EventsQuery, (query) =>
      eventsFeed(options, { locale: query.lang ?? defaultLocale, kind: query.kind }),
    ),
  );
  app.get(
    '/feeds/deadlines.ics',
    route('deadlines', DeadlinesQuery, (query) =>
      deadlinesFeed(options, { locale: query.lang ?? defaultLocale, kind: query.kind }),
    ),
  );
  app.get(
    '/feeds/p/:file',
    route(
      'personal',
      FeedQuery,
      async (query, request) => {
        const file = String(request.params['file'] ?? '');
        if (!file.endsWith('.ics')) return undefined;
        return personalFeed(options, file.slice(0, -'.ics'.length), {
          locale: query.lang ?? defaultLocale,
        });
      },
      true,
    ),
  );
  app.use((request, response) => notFound(response, translator(request.query['lang'])));

  const host = options.host ?? '0.0.0.0';
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  logger.info({ port, host }, 'calendar feeds listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
