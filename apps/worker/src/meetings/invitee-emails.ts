import type { ChatPerson, ChatPlatform, ClusterStore } from '@glokal/domain';

export interface InviteeEmails {
  /** The e-mails the store knows, in the invitees' order, each once. */
  emails: string[];
  /** How many invitees have no e-mail in Glokal (not attendees in Google). */
  withoutEmail: number;
}

/**
 * A meeting's invitees (chat user ids, as the request keeps them) as the e-mails people gave
 * Glokal, read when the write runs: an e-mail set after scheduling is invited by the next write.
 */
export async function inviteeEmails(
  store: Pick<ClusterStore, 'people'>,
  invitees: readonly ChatPerson[],
): Promise<InviteeEmails> {
  // The console has no people of its own to give e-mails.
  const platforms = [...new Set(invitees.map((invitee) => invitee.platform))].filter(
    (platform): platform is ChatPlatform => platform !== 'console',
  );
  const known = new Map(
    await Promise.all(
      platforms.map(
        async (platform) =>
          [
            platform,
            await store.people.emailsOf(
              platform,
              invitees.filter((invitee) => invitee.platform === platform).map((i) => i.userId),
            ),
          ] as const,
      ),
    ),
  );
  const emails = new Set<string>();
  let withoutEmail = 0;
  for (const invitee of invitees) {
    const email = known.get(invitee.platform as ChatPlatform)?.get(invitee.userId);
    if (email) emails.add(email.toLowerCase());
    else withoutEmail += 1;
  }
  return { emails: [...emails], withoutEmail };
}
