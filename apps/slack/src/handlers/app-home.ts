import type { App, webApi } from '@slack/bolt';
import { createTranslator, type Clock, type ClusterStore } from '@glokal/domain';
import type { Logger } from '@glokal/config';
import { renderHome } from '../render/render-home';
import { resolveViewer, type ViewerDeps } from '../viewer/resolve-viewer';

export interface HomeDeps {
  client: webApi.WebClient;
  store: Pick<ClusterStore, 'attendance' | 'follows'>;
  clock: Clock;
  viewer: ViewerDeps;
  logger: Logger;
}

/** Builds and publishes one person's Home tab (`views.publish`); failures are logged, never thrown. */
export function homePublisher(
  deps: HomeDeps,
): (user: { id: string; name: string }) => Promise<void> {
  return async (user) => {
    try {
      const viewer = await resolveViewer(user, deps.viewer, { ensurePerson: true });
      const person = viewer.requester.person;
      const now = deps.clock.now();
      const [events, grants] = person
        ? await Promise.all([
            deps.store.attendance.upcomingFor(person.id, now, 15),
            deps.store.follows.followedBy(person.id, now),
          ])
        : [[], []];
      const view = renderHome({
        t: createTranslator(viewer.locale, viewer.timeZone),
        now,
        events,
        grants,
      });
      await deps.client.views.publish({ user_id: user.id, view });
    } catch (error) {
      deps.logger.error({ err: error, userId: user.id }, 'could not publish the Home tab');
    }
  };
}

/** `app_home_opened` on the Home tab: publish it fresh. */
export function registerAppHome(
  app: App,
  publishHome: (user: { id: string; name: string }) => Promise<void>,
): void {
  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    await publishHome({ id: event.user, name: event.user });
  });
}
