import type { Translator } from '@glokal/domain';
import { reply, type Refusal, type Reply } from '../reply';

/**
 * A reply for bad input, a refusal or "not found": what happened, then how to go on (an
 * example or a hint). Renderers show notices plainly and only to the person who asked.
 */
export function notice(
  t: Translator,
  message: string,
  options: { title?: string; example?: string; hint?: string; refusal?: Refusal } = {},
): Reply {
  const lines = [message];
  if (options.hint) lines.push(options.hint);
  if (options.example) lines.push(t.t('chat:problem.example', { example: options.example }));
  return reply({
    title: options.title ?? t.t('chat:problem.title'),
    summary: lines.join('\n'),
    tone: 'notice',
    ...(options.refusal ? { refusal: options.refusal } : {}),
  });
}
