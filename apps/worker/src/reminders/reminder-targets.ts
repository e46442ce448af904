import type { ClusterStore, Locale, Person, ReminderTarget } from '@glokal/domain';

/** Where reminders of a call go now: channels subscribed to `grants`, and its followers. */
export async function reminderTargets(
  store: Pick<ClusterStore, 'subscriptions' | 'follows'>,
  grantId: string,
  cluster: { timeZone: string; locale: Locale },
): Promise<ReminderTarget[]> {
  const [channels, followers] = await Promise.all([
    store.subscriptions.forTopic('grants'),
    store.follows.followers(grantId),
  ]);
  return [
    ...channels.map((channel): ReminderTarget => ({
      kind: 'channel',
      platform: channel.platform,
      workspaceId: channel.workspaceId,
      channelId: channel.channelId,
      locale: channel.locale,
      ...(channel.reminderOffsets ? { offsets: channel.reminderOffsets } : {}),
    })),
    ...followers.filter(canBeMessaged).map((person) => personTarget(person, cluster)),
  ];
}

/** A follower Glokal can write to: someone with a Slack or Discord identity. */
function canBeMessaged(person: Person): boolean {
  return Boolean(person.slackUserId ?? person.discordUserId);
}

export function personTarget(
  person: Person,
  cluster: { timeZone: string; locale: Locale },
): ReminderTarget {
  return {
    kind: 'person',
    personId: person.id,
    timeZone: person.timeZone ?? cluster.timeZone,
    locale: person.locale ?? cluster.locale,
  };
}

/**
 * The target a planned reminder names, as it stands now (its channel's offsets and language,
 * the person's zone): undefined when the channel no longer subscribes to `grants` or the
 * person no longer follows the call. Reads that one channel or the call's followers only, so
 * a due reminder costs one small query, whatever the number of channels.
 */
export async function currentTarget(
  store: Pick<ClusterStore, 'subscriptions' | 'follows'>,
  grantId: string,
  planned: ReminderTarget,
  cluster: { timeZone: string; locale: Locale },
): Promise<ReminderTarget | undefined> {
  if (planned.kind === 'channel') {
    const subscription = await store.subscriptions.forChannel(planned);
    if (!subscription?.topics.includes('grants')) return undefined;
    return {
      kind: 'channel',
      platform: subscription.platform,
      workspaceId: subscription.workspaceId,
      channelId: subscription.channelId,
      locale: subscription.locale,
      ...(subscription.reminderOffsets ? { offsets: subscription.reminderOffsets } : {}),
    };
  }
  const person = (await store.follows.followers(grantId)).find(
    (follower) => follower.id === planned.personId,
  );
  return person && canBeMessaged(person) ? personTarget(person, cluster) : undefined;
}
