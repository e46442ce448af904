/**
 * The Block Kit limits Slack enforces, checked by the fake the way Slack answers
 * `invalid_blocks`: a list of messages with a JSON pointer to the offending part. Only what
 * Glokal's surfaces use is checked (header, section, context, actions, divider, input and the
 * input elements of modals, and the modal view itself).
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
  viewButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
  messageText: 40000,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  textInputLength: 3000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  maxFiles: 10,
} as const;

/** The elements an input block may hold. */
const inputElements = new Set([
  'plain_text_input',
  'email_text_input',
  'url_text_input',
  'number_input',
  'rich_text_input',
  'datepicker',
  'timepicker',
  'datetimepicker',
  'static_select',
  'multi_static_select',
  'external_select',
  'multi_external_select',
  'users_select',
  'multi_users_select',
  'conversations_select',
  'multi_conversations_select',
  'channels_select',
  'multi_channels_select',
  'checkboxes',
  'radio_buttons',
  'file_input',
]);

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

const tooLong = (max: number, pointer: string) =>
  `[ERROR] must be less than ${max + 1} characters [json-pointer:${pointer}]`;

function optionProblems(option: unknown, path: string): string[] {
  if (!isObject(option)) return [`[ERROR] must be an object [json-pointer:${path}]`];
  const problems = textProblems(option['text'], `${path}/text`, blockKitLimits.optionText, [
    'plain_text',
  ]);
  const value = option['value'];
  if (typeof value !== 'string' || value.length === 0)
    problems.push(`[ERROR] must be more than 0 characters [json-pointer:${path}/value]`);
  else if (value.length > blockKitLimits.optionValue)
    problems.push(tooLong(blockKitLimits.optionValue, `${path}/value`));
  return problems;
}

/** Whether `chosen` is one of `options` (Slack wants the same value and text). */
function isOneOf(chosen: unknown, options: unknown[]): boolean {
  return options.some((option) => JSON.stringify(option) === JSON.stringify(chosen));
}

/** An input element: its kind, placeholder, lengths, options and initial values. */
function inputElementProblems(element: unknown, path: string): string[] {
  if (!isObject(element)) return [`[ERROR] missing required field: element [json-pointer:${path}]`];
  const type = element['type'];
  if (typeof type !== 'string' || !inputElements.has(type))
    return [`[ERROR] unsupported type: ${String(type)} [json-pointer:${path}/type]`];
  const problems: string[] = [];
  const actionId = element['action_id'];
  if (typeof actionId === 'string' && actionId.length > blockKitLimits.actionId)
    problems.push(tooLong(blockKitLimits.actionId, `${path}/action_id`));
  if (element['placeholder'] !== undefined)
    problems.push(
      ...textProblems(element['placeholder'], `${path}/placeholder`, blockKitLimits.placeholder, [
        'plain_text',
      ]),
    );
  for (const bound of ['min_length', 'max_length'] as const) {
    const length = element[bound];
    if (
      length !== undefined &&
      (typeof length !== 'number' ||
        !Number.isInteger(length) ||
        length < 0 ||
        length > blockKitLimits.textInputLength)
    )
      problems.push(
        `[ERROR] must be between 0 and ${blockKitLimits.textInputLength} [json-pointer:${path}/${bound}]`,
      );
  }
  const initialValue = element['initial_value'];
  const maxLength = element['max_length'];
  if (
    typeof initialValue === 'string' &&
    typeof maxLength === 'number' &&
    initialValue.length > maxLength
  )
    problems.push(tooLong(maxLength, `${path}/initial_value`));
  if (type === 'number_input' && typeof element['is_decimal_allowed'] !== 'boolean')
    problems.push(`[ERROR] missing required field: is_decimal_allowed [json-pointer:${path}]`);
  const date = element['initial_date'];
  if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)))
    problems.push(`[ERROR] must match YYYY-MM-DD [json-pointer:${path}/initial_date]`);
  const time = element['initial_time'];
  if (time !== undefined && (typeof time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)))
    problems.push(`[ERROR] must match HH:mm [json-pointer:${path}/initial_time]`);
  if (type === 'static_select' || type === 'multi_static_select') {
    const options = element['options'];
    if (
      !Array.isArray(options) ||
      options.length === 0 ||
      options.length > blockKitLimits.selectOptions
    ) {
      problems.push(
        `[ERROR] must be between 1 and ${blockKitLimits.selectOptions} items [json-pointer:${path}/options]`,
      );
    } else {
      options.forEach((option, index) =>
        problems.push(...optionProblems(option, `${path}/options/${index}`)),
      );
      const initial = element['initial_option'];
      if (initial !== undefined && !isOneOf(initial, options))
        problems.push(
          `[ERROR] must match one of the options [json-pointer:${path}/initial_option]`,
        );
      const initials = element['initial_options'];
      if (
        initials !== undefined &&
        (!Array.isArray(initials) || initials.some((chosen) => !isOneOf(chosen, options)))
      )
        problems.push(
          `[ERROR] must match one of the options [json-pointer:${path}/initial_options]`,
        );
    }
  }
  const maxFiles = element['max_files'];
  if (
    type === 'file_input' &&
    maxFiles !== undefined &&
    (typeof maxFiles !== 'number' || maxFiles < 1 || maxFiles > blockKitLimits.maxFiles)
  )
    problems.push(
      `[ERROR] must be between 1 and ${blockKitLimits.maxFiles} [json-pointer:${path}/max_files]`,
    );
  return problems;
}

function inputBlockProblems(block: Json, path: string): string[] {
  const problems = textProblems(block['label'], `${path}/label`, blockKitLimits.inputLabel, [
    'plain_text',
  ]);
  if (block['hint'] !== undefined)
    problems.push(
      ...textProblems(block['hint'], `${path}/hint`, blockKitLimits.inputHint, ['plain_text']),
    );
  if (block['optional'] !== undefined && typeof block['optional'] !== 'boolean')
    problems.push(`[ERROR] must be a boolean [json-pointer:${path}/optional]`);
  problems.push(...inputElementProblems(block['element'], `${path}/element`));
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
    case 'input':
      problems.push(...inputBlockProblems(block, path));
      break;
    case 'divider':
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
  const seen = new Set<string>();
  blocks.forEach((block, index) => {
    const blockId = isObject(block) ? block['block_id'] : undefined;
    if (typeof blockId !== 'string') return;
    if (seen.has(blockId))
      problems.push(
        `[ERROR] duplicate block_id: ${blockId} [json-pointer:/blocks/${index}/block_id]`,
      );
    seen.add(blockId);
  });
  return problems;
}

/**
 * The problems Slack would report for a modal view (`views.open`, `views.update`, or a
 * `response_action: "update"`): its title, submit and close buttons (24 characters; submit is
 * required once there is an input), `private_metadata`, `callback_id`, then its blocks.
 */
export function modalProblems(view: unknown): string[] {
  if (!isObject(view)) return ['[ERROR] missing required field: view [json-pointer:/view]'];
  const problems: string[] = [];
  if (view['type'] !== 'modal') problems.push('[ERROR] must be modal [json-pointer:/view/type]');
  problems.push(
    ...textProblems(view['title'], '/view/title', blockKitLimits.viewTitle, ['plain_text']),
  );
  const blocks = view['blocks'];
  const hasInput =
    Array.isArray(blocks) && blocks.some((block) => isObject(block) && block['type'] === 'input');
  if (view['submit'] !== undefined)
    problems.push(
      ...textProblems(view['submit'], '/view/submit', blockKitLimits.viewButton, ['plain_text']),
    );
  else if (hasInput)
    problems.push(
      '[ERROR] submit is required when an input block is within the blocks array [json-pointer:/view/submit]',
    );
  if (view['close'] !== undefined)
    problems.push(
      ...textProblems(view['close'], '/view/close', blockKitLimits.viewButton, ['plain_text']),
    );
  const metadata = view['private_metadata'];
  if (
    metadata !== undefined &&
    (typeof metadata !== 'string' || metadata.length > blockKitLimits.privateMetadata)
  )
    problems.push(tooLong(blockKitLimits.privateMetadata, '/view/private_metadata'));
  const callbackId = view['callback_id'];
  if (
    callbackId !== undefined &&
    (typeof callbackId !== 'string' || callbackId.length > blockKitLimits.callbackId)
  )
    problems.push(tooLong(blockKitLimits.callbackId, '/view/callback_id'));
  problems.push(
    ...blockKitProblems(blocks, 'modal').map((problem) =>
      problem.replace('json-pointer:/blocks', 'json-pointer:/view/blocks'),
    ),
  );
  return problems;
}
