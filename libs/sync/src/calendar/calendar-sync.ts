import {
  eventInterval,
  type CalendarChange,
  type CalendarListMode,
  type CalendarSource,
  type CalendarWindow,
  type Clock,
} from '@glokal/domain';
import { silentLog, type CalendarSyncStore, type SyncLog } from '../ports/sync-store';
import { applyEventPage } from './apply-event-page';
import { sweepEvents } from './sweep-events';
import { calendarSourceKey, defaultCalendarWindow } from './sync-window';
import { emptyReport, type SyncReport } from './sync-report';

export interface CalendarSyncDeps {
  source: CalendarSource;
  store: CalendarSyncStore;
  /**
   * Announce items new to the store (default true). Never on a source's first successful
   * sync, which only copies what is already there; benchmarks and tools turn it off.
   */
  announce?: boolean;
  clock: Clock;
  clusterTimeZone: string;
  log?: SyncLog;
  window?: (now: Date) => CalendarWindow;
}

/** The source ended a listing without a sync token: nothing can be resumed from there. */
export class MissingSyncToken extends Error {
  override readonly name = 'MissingSyncToken';
}

/**
 * Brings the store's copy of one calendar up to date, the way Google documents incremental
 * sync: a full listing in a window the first time (and whenever the kept token expired),
 * then only the changes since the last token. Pages are written as they arrive; the token is
 * saved only after the last page, so a sync that fails or is killed half-way simply runs
 * again from the previous token and converges (every write is an idempotent upsert/remove).
 *
 * The first successful sync of a calendar announces nothing (that would flood the channels
 * with the whole calendar); later syncs announce events that are new to the store: each page
 * writes its events and an `announce` outbox message per new event in one transaction, so a
 * sync killed between the two can neither lose an announcement nor make one twice.
 */
export async function syncCalendar(
  calendarId: string,
  deps: CalendarSyncDeps,
): Promise<SyncReport> {
  const { store, clock } = deps;
  const log = deps.log ?? silentLog;
  const sourceKey = calendarSourceKey(calendarId);
  const state = await store.syncState.get(sourceKey);
  const announce = Boolean(state?.lastSuccessAt) && (deps.announce ?? true);
  try {
    const cursor = state?.cursor;
    let report = cursor
      ? await pass(calendarId, { mode: 'incremental', syncToken: cursor }, deps, announce)
      : undefined;
    if (!report || report === 'cursor-expired') {
      if (report === 'cursor-expired')
        log.warn({ source: sourceKey }, 'sync token expired; running a full sync');
      const window = (deps.window ?? defaultCalendarWindow)(clock.now());
      const full = await pass(calendarId, { mode: 'full', window }, deps, announce);
      if (full === 'cursor-expired')
        throw new Error('the calendar answered "token expired" to a full listing');
      report = { ...full, fullAfterExpiry: Boolean(cursor) };
    }
    await store.syncState.saveCursor(sourceKey, report.cursor, clock.now());
    const { cursor: _saved, ...summary } = report;
    log.info(summary, 'calendar synced');
    return summary;
  } catch (error) {
    await store.syncState.recordError(sourceKey, describe(error), clock.now());
    throw error;
  }
}

async function pass(
  calendarId: string,
  mode: CalendarListMode,
  deps: CalendarSyncDeps,
  announce: boolean,
): Promise<(SyncReport & { cursor: string }) | 'cursor-expired'> {
  const report = emptyReport(calendarSourceKey(calendarId), mode.mode);
  const listed =
    mode.mode === 'full'
      ? { seen: new Set<string>(), writtenInWindow: new Set<string>() }
      : undefined;
  let pageToken: string | undefined;
  let syncToken: string | undefined;
  do {
    const page = await deps.source.listEvents({
      ...mode,
      calendarId,
      ...(pageToken ? { pageToken } : {}),
    });
    if (page.status === 'cursor-expired') return 'cursor-expired';
    if (listed && mode.mode === 'full')
      remember(page.changes, listed, mode.window, deps.clusterTimeZone);
    const outcome = await applyEventPage(page.changes, {
      store: deps.store,
      now: deps.clock.now(),
      clusterTimeZone: deps.clusterTimeZone,
      announce,
    });
    report.pages += 1;
    report.upserted += outcome.upserted;
    report.removed += outcome.removed;
    report.skipped += outcome.skipped;
    report.announced += outcome.announced;
    pageToken = page.nextPageToken;
    syncToken = page.nextSyncToken;
  } while (pageToken);
  if (!syncToken)
    throw new MissingSyncToken(`the last page of ${calendarId} carried no nextSyncToken`);
  if (mode.mode === 'full' && listed)
    report.swept = await sweepEvents(deps.store, mode.window, listed);
  return { ...report, cursor: syncToken };
}

/** Ids a full listing saw, and those it wrote into the window as the store counts it. */
function remember(
  changes: readonly CalendarChange[],
  listed: { seen: Set<string>; writtenInWindow: Set<string> },
  window: CalendarWindow,
  clusterTimeZone: string,
): void {
  for (const change of changes) {
    if (change.kind !== 'upsert') {
      listed.seen.add(change.eventId);
      listed.writtenInWindow.delete(change.eventId);
      continue;
    }
    listed.seen.add(change.event.id);
    const { start, end } = eventInterval(change.event.timing, clusterTimeZone);
    if (end > window.from && start < window.to) listed.writtenInWindow.add(change.event.id);
    else listed.writtenInWindow.delete(change.event.id);
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(
    0,
    1000,
  );
}
