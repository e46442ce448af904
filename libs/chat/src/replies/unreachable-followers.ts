import type { GrantCall, Translator } from '@glokal/domain';
import type { ChatDeps } from '../command';

/** At most this many names in the line (the rest are counted in the deliveries, not named). */
const MAX_NAMES = 10;

/**
 * For coordinators: the followers whose direct-message reminders of the call were given up
 * (DMs closed, the bot blocked), by name — the people to ask to open their DMs. Empty when
 * every reminder reached its follower.
 */
export async function unreachableFollowers(
  call: GrantCall,
  deps: Pick<ChatDeps, 'store'>,
  t: Translator,
): Promise<string[]> {
  const failed = await deps.store.deliveries.undeliverable(`reminder:${call.id}:`, 50);
  const names = new Map<string, string>();
  for (const delivery of failed) {
    const id = `${delivery.platform}:${delivery.channelId}`;
    if (names.has(id) || names.size >= MAX_NAMES) continue;
    const person = await deps.store.people.byChatIdentity({
      platform: delivery.platform,
      userId: delivery.channelId,
    });
    if (person) names.set(id, person.displayName);
  }
  if (names.size === 0) return [];
  return [t.t('grants:unreachable', { count: names.size, names: [...names.values()].join(', ') })];
}
