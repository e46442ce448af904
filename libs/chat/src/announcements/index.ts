export { composeDelivery } from './compose-delivery';
export type { AnnouncementMessage } from './announcement-message';
