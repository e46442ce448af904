import type { Reply } from '@glokal/chat';
import type { Translator } from '@glokal/domain';
import type { ModalView } from './render-form';
import { modalLimits } from './render-form';
import { renderReply } from './render-reply';
import { plainText } from './slack-text';

/**
 * A small modal that only says something (a refused form, a failure): the reply's blocks
 * without buttons (a modal has no `response_url` to answer them through) and a close button.
 */
export function noticeModal(reply: Reply, t: Translator): ModalView {
  const { blocks } = renderReply(reply, { t });
  return {
    type: 'modal',
    title: { type: 'plain_text', text: plainText(reply.title, modalLimits.title), emoji: true },
    close: {
      type: 'plain_text',
      text: plainText(t.t('slack:form.done'), modalLimits.button),
      emoji: true,
    },
    blocks: blocks.filter((block) => block.type !== 'actions'),
  };
}
