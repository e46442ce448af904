/**
 * The Block Kit limits Slack enforces, checked by the fake the way Slack answers
 * `invalid_blocks`: a list of messages with a JSON pointer to the offending part. Only what
 * Glokal's surfaces use is checked (header, section, context, actions, divider, input).
 */
export const blockKitLimits = {
  messageBlocks: 50,
  viewBlocks: 100,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  viewTitle: 24,
  messageText: 40000,
} as const;

export type Surface = 'message' | 'modal' | 'home';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textProblems(
  value: unknown,
  path: string,
  max: number,
  types: readonly string[],
): string[] {
  if (!isObject(value)) return [`[ERROR] missing required field: text [json-pointer:${path}]`];
  const problems: string[] = [];
  if (typeof value['type'] !== 'string' || !types.includes(value['type'])) {
    problems.push(`[ERROR] must be one of ${types.join(', ')} [json-pointer:${path}/type]`);
  }
  const text = value['text'];
  if (typeof text !== 'string' || text.length === 0) {
    problems.push(`[ERROR] must be more than 0 characters [json-pointer:${path}/text]`);
  } else if (text.length > max) {
    problems.push(`[ERROR] must be less than ${max + 1} characters [json-pointer:${path}/text]`);
  }
  return problems;
}

function buttonProblems(element: Json, path: string): string[] {
  const problems = textProblems(element['text'], `${path}/text`, blockKitLimits.buttonText, [
    'plain_text',
  ]);
  const value = element['value'];
  if (typeof value === 'string' && value.length > blockKitLimits.buttonValue) {
    problems.push(
      `[ERROR] must be less than ${blockKitLimits.buttonValue + 1} characters [json-pointer:${path}/value]`,
    );
  }
  const url = element['url'];
  if (typeof url === 'string' && url.length > blockKitLimits.buttonUrl) {
    problems.push(
      `[ERROR] must be less than ${blockKitLimits.buttonUrl + 1} characters [json-pointer:${path}/url]`,
    );
  }
  return problems;
}

function elementProblems(element: unknown, path: string, seenActionIds: Set<string>): string[] {
  if (!isObject(element)) return [`[ERROR] must be an object [json-pointer:${path}]`];
  const problems: string[] = [];
  const actionId = element['action_id'];
  if (typeof actionId === 'string') {
    if (actionId.length > blockKitLimits.actionId) {
      problems.push(
        `[ERROR] must be less than ${blockKitLimits.actionId + 1} characters [json-pointer:${path}/action_id]`,
      );
    }
    if (seenActionIds.has(actionId)) {
      problems.push(
        `[ERROR] action_id already exists: ${actionId} [json-pointer:${path}/action_id]`,
      );
    }
    seenActionIds.add(actionId);
  }
  if (element['type'] === 'button') problems.push(...buttonProblems(element, path));
  return problems;
}

function blockProblems(block: unknown, path: string): string[] {
  if (!isObject(block)) return [`[ERROR] must be an object [json-pointer:${path}]`];
  const problems: string[] = [];
  const blockId = block['block_id'];
  if (typeof blockId === 'string' && blockId.length > blockKitLimits.blockId) {
    problems.push(
      `[ERROR] must be less than ${blockKitLimits.blockId + 1} characters [json-pointer:${path}/block_id]`,
    );
  }
  switch (block['type']) {
    case 'header':
      problems.push(
        ...textProblems(block['text'], `${path}/text`, blockKitLimits.headerText, ['plain_text']),
      );
      break;
    case 'section': {
      const fields = block['fields'];
      if (block['text'] === undefined && fields === undefined) {
        problems.push(`[ERROR] must provide either text or fields [json-pointer:${path}]`);
      }
      if (block['text'] !== undefined) {
        problems.push(
          ...textProblems(block['text'], `${path}/text`, blockKitLimits.sectionText, [
            'plain_text',
            'mrkdwn',
          ]),
        );
      }
      if (fields !== undefined) {
        if (!Array.isArray(fields) || fields.length > blockKitLimits.sectionFields) {
          problems.push(
            `[ERROR] must be less than ${blockKitLimits.sectionFields + 1} items [json-pointer:${path}/fields]`,
          );
        } else {
          fields.forEach((field, index) =>
            problems.push(
              ...textProblems(field, `${path}/fields/${index}`, blockKitLimits.fieldText, [
                'plain_text',
                'mrkdwn',
              ]),
            ),
          );
        }
      }
      if (block['accessory'] !== undefined) {
        problems.push(...elementProblems(block['accessory'], `${path}/accessory`, new Set()));
      }
      break;
    }
    case 'context': {
      const elements = block['elements'];
      if (
        !Array.isArray(elements) ||
        elements.length === 0 ||
        elements.length > blockKitLimits.contextElements
      ) {
        problems.push(
          `[ERROR] must be between 1 and ${blockKitLimits.contextElements} items [json-pointer:${path}/elements]`,
        );
      } else {
        elements.forEach((element, index) => {
          if (isObject(element) && element['type'] === 'image') return;
          problems.push(
            ...textProblems(element, `${path}/elements/${index}`, blockKitLimits.contextText, [
              'plain_text',
              'mrkdwn',
            ]),
          );
        });
      }
      break;
    }
    case 'actions': {
      const elements = block['elements'];
      if (
        !Array.isArray(elements) ||
        elements.length === 0 ||
        elements.length > blockKitLimits.actionsElements
      ) {
        problems.push(
          `[ERROR] must be between 1 and ${blockKitLimits.actionsElements} items [json-pointer:${path}/elements]`,
        );
      } else {
        const blockActionIds = new Set<string>();
        elements.forEach((element, index) =>
          problems.push(...elementProblems(element, `${path}/elements/${index}`, blockActionIds)),
        );
      }
      break;
    }
    case 'divider':
    case 'input':
    case 'image':
    case 'rich_text':
      break;
    default:
      problems.push(
        `[ERROR] unsupported type: ${String(block['type'])} [json-pointer:${path}/type]`,
      );
  }
  return problems;
}

/** The problems Slack would report for these blocks on this surface; empty when Slack accepts them. */
export function blockKitProblems(blocks: unknown, surface: Surface): string[] {
  if (!Array.isArray(blocks)) return ['[ERROR] must be an array [json-pointer:/blocks]'];
  const max = surface === 'message' ? blockKitLimits.messageBlocks : blockKitLimits.viewBlocks;
  const problems: string[] = [];
  if (blocks.length > max)
    problems.push(`[ERROR] must be less than ${max + 1} items [json-pointer:/blocks]`);
  blocks.forEach((block, index) => problems.push(...blockProblems(block, `/blocks/${index}`)));
  return problems;
}
