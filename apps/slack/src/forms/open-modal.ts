import type { webApi } from '@slack/bolt';
import type { Logger } from '@glokal/config';
import type { ModalView } from '../render/render-form';

/**
 * Opens a modal for the person whose command or press gave `triggerId` (valid for 3 seconds,
 * once). False when Slack refused it (an expired trigger, a view it does not accept): the
 * caller tells the person in a message instead.
 */
export async function openModal(
  client: webApi.WebClient,
  triggerId: string,
  view: ModalView,
  logger: Logger,
): Promise<boolean> {
  try {
    await client.views.open({ trigger_id: triggerId, view });
    return true;
  } catch (error) {
    logger.warn({ err: error, callbackId: view.callback_id }, 'Slack did not open a form');
    return false;
  }
}
