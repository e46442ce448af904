export { composeDelivery } from './compose-delivery';
export type { AnnouncementMessage } from './announcement-message';
export { isEmptyDigest, weeklyDigest, weeklyDigestContents } from './weekly-digest';
export type { WeeklyDigestContents } from './weekly-digest';
