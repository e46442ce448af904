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

/** The same target, whatever its language or zone: the channel, or the person. */
export function sameTarget(a: ReminderTarget, b: ReminderTarget): boolean {
  if (a.kind === 'channel' && b.kind === 'channel')
    return a.platform === b.platform && a.channelId === b.channelId;
  return a.kind === 'person' && b.kind === 'person' && a.personId === b.personId;
}
