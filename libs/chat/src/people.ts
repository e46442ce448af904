import {
  ChatPlatform,
  createTranslator,
  type ChatIdentity,
  type Locale,
  type Person,
  type Translator,
} from '@glokal/domain';
import type { ChatDeps } from './command';
import type { CommandRequest, Requester } from './request';

/** The words and formats of the person asking. */
export function translatorFor(request: Pick<CommandRequest, 'locale' | 'timeZone'>): Translator {
  return createTranslator(request.locale, request.timeZone);
}

/** The requester's chat identity; undefined on the console without `--platform`. */
export function identityOf(requester: Requester): ChatIdentity | undefined {
  const platform = ChatPlatform.safeParse(requester.platform);
  return platform.success ? { platform: platform.data, userId: requester.userId } : undefined;
}

/** The stored person asking, if they have been seen before (no write). */
export async function knownPerson(
  requester: Requester,
  deps: ChatDeps,
): Promise<Person | undefined> {
  if (requester.person) return requester.person;
  const identity = identityOf(requester);
  return identity ? deps.store.people.byChatIdentity(identity) : undefined;
}

/** The stored person asking, created the first time (for "I'm going", "Follow", settings). */
export async function ensurePerson(
  requester: Requester,
  deps: ChatDeps,
): Promise<Person | undefined> {
  const identity = identityOf(requester);
  if (!identity) return requester.person;
  return deps.store.people.ensure(identity, requester.displayName);
}

/**
 * The language and zone to answer in: the person's own choice (`/glokal settings`), else
 * what the platform says (`platformLocale`, e.g. Discord's interaction locale), else the
 * cluster's defaults. Adapters call this before building a `CommandRequest`.
 */
export async function preferencesFor(
  requester: Pick<Requester, 'platform' | 'userId'> & { person?: Person },
  defaults: { locale: Locale; timeZone: string; platformLocale?: Locale },
  deps: Pick<ChatDeps, 'store'>,
): Promise<{ locale: Locale; timeZone: string; person?: Person }> {
  const platform = ChatPlatform.safeParse(requester.platform);
  const person =
    requester.person ??
    (platform.success
      ? await deps.store.people.byChatIdentity({
          platform: platform.data,
          userId: requester.userId,
        })
      : undefined);
  return {
    locale: person?.locale ?? defaults.platformLocale ?? defaults.locale,
    timeZone: person?.timeZone ?? defaults.timeZone,
    ...(person ? { person } : {}),
  };
}

/** Coordinator rights: as the platform established them, or as stored for the person. */
export function isCoordinator(requester: Requester): boolean {
  return requester.isCoordinator || requester.person?.isCoordinator === true;
}
