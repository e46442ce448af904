/**
 * A suggested free time as the subject of the schedule form a button opens from the
 * suggestions: `slot:<YYYY-MM-DDTHH:mm>:<minutes>`, the start on the coordinator's wall clock.
 * Short enough for a button (Discord's 100 characters).
 */
export function slotSubject(local: string, minutes: number): string {
  return `slot:${local}:${minutes}`;
}

const pattern = /^slot:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):(\d{1,4})$/;

/** The start and length a slot subject names; undefined for anything else. */
export function readSlotSubject(subject: string): { local: string; minutes: number } | undefined {
  const match = pattern.exec(subject);
  if (!match) return undefined;
  const minutes = Number(match[2]);
  return minutes > 0 ? { local: match[1]!, minutes } : undefined;
}
