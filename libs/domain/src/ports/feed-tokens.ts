/**
 * The secret in a person's calendar feed address (`/feeds/p/<token>.ics`): whoever has the
 * address reads the events the person goes to and the calls they follow, so the person can
 * renew it, and the old address stops working at once.
 */
export interface FeedTokenRepository {
  /** The person's token, made the first time it is asked for. */
  forPerson(personId: string): Promise<string>;
  /** Replaces the person's token with a new one; the old one no longer finds them. */
  renew(personId: string): Promise<string>;
  /** Whose feed a token opens; undefined for a token that is unknown or was renewed. */
  personOf(token: string): Promise<string | undefined>;
}
