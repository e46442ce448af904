import type { Requester } from '@glokal/chat';
import { localeFromTag, type Locale, type Person, type StoreChanges } from '@glokal/domain';
import type { ProfileEmails } from './profile-email';
import type { SlackPeople, SlackUserFacts } from './slack-people';
import type { StoredPeople } from '@glokal/chat/caching';

/** Who pressed or typed, in which language and zone, with which rights. */
export interface Viewer {
  requester: Requester;
  locale: Locale;
  timeZone: string;
  /**
   * The store's change version, read first thing in the request (before any row), that the
   * caches key on; absent when caching is off.
   */
  version?: bigint;
}

export interface ViewerDeps {
  stored: StoredPeople;
  /** Where the change version is read; absent: caches are off and it is never read. */
  changes?: StoreChanges;
  people: SlackPeople;
  cluster: { timeZone: string; defaultLocale: Locale };
  /** `SLACK_COORDINATORS`: member ids (`U…`, `W…`) and user groups (`S…`). */
  coordinators: readonly string[];
  /** Keeps a stored person's Slack profile e-mail when they gave none; absent: never kept. */
  emails?: ProfileEmails;
}

async function isCoordinator(
  userId: string,
  person: Person | undefined,
  facts: SlackUserFacts | undefined,
  deps: ViewerDeps,
) {
  if (person?.isCoordinator || facts?.isAdmin || deps.coordinators.includes(userId)) return true;
  const groups = deps.coordinators.filter((id) => id.startsWith('S'));
  const members = await Promise.all(groups.map((group) => deps.people.groupMembers(group)));
  return members.some((list) => list.includes(userId));
}

/**
 * Language and zone: the person's own setting in Glokal, else what Slack says (`users.info`
 * locale and tz), else `DEFAULT_LOCALE` and `CLUSTER_TIMEZONE`. `ensurePerson` records the
 * person first (before buttons that write: attend, follow, language). The store's change
 * version is read once, before the person's row, and travels with the viewer. A stored person
 * with no e-mail in Glokal gets their Slack profile's, for meeting invitations.
 */
export async function resolveViewer(
  user: { id: string; name: string },
  deps: ViewerDeps,
  options: { ensurePerson: boolean },
): Promise<Viewer> {
  const storedAt = async () => {
    const version = await deps.changes?.version();
    return { version, person: await deps.stored.get(user.id, version) };
  };
  const [{ version, person: stored }, facts] = await Promise.all([
    storedAt(),
    deps.people.facts(user.id),
  ]);
  const displayName = facts?.displayName ?? user.name;
  const person =
    stored ?? (options.ensurePerson ? await deps.stored.ensure(user.id, displayName) : undefined);
  if (person && facts?.email) await deps.emails?.remember(person, facts.email);
  const locale =
    person?.locale ??
    (facts?.locale
      ? localeFromTag(facts.locale, deps.cluster.defaultLocale)
      : deps.cluster.defaultLocale);
  const timeZone = person?.timeZone ?? facts?.timeZone ?? deps.cluster.timeZone;
  const requester: Requester = {
    platform: 'slack',
    userId: user.id,
    displayName,
    isCoordinator: await isCoordinator(user.id, person, facts, deps),
    ...(person ? { person } : {}),
  };
  return { requester, locale, timeZone, ...(version === undefined ? {} : { version }) };
}
