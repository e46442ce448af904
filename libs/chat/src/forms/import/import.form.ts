import { z } from 'zod';
import type { FormDefinition, FormOutcome } from '../form';
import { fieldsFor } from '../fields';
import { translatorFor } from '../../people';
import { reply } from '../../reply';
import { writeFromChat } from '../../writes/write';
import { checkImport, importKinds, type ImportKind } from '../../import/importers';
import { importProblemText } from '../../import/import-problem';

const kindChoices = importKinds.map((value) => ({
  value,
  label: `forms:import.${value}` as const,
}));

/** Problems shown in chat at most; the rest are counted (the command line shows them all). */
const SHOWN_PROBLEMS = 10;

/**
 * `/glokal import members|grants` (coordinators): a CSV file checked exactly as
 * `npm run import` checks it — every row first, problems by line, nothing imported if any
 * row is wrong — and written in one transaction with its audit entry.
 */
export const importForm: FormDefinition<{
  kind: ImportKind;
  files: { name: string; text: string }[];
}> = {
  id: 'import',
  audience: 'coordinator',
  title: 'forms:import.title',
  submit: 'forms:import.submit',
  sections: [
    [
      {
        name: 'kind',
        kind: 'one-of',
        required: true,
        label: 'forms:import.kind.label',
        choices: kindChoices,
      },
      {
        name: 'file',
        kind: 'file',
        required: true,
        label: 'forms:import.file.label',
        hint: 'forms:import.file.hint',
      },
    ],
  ],
  schema: (context) => {
    const f = fieldsFor(context);
    return z
      .object({
        kind: f.oneOf(kindChoices, true) as z.ZodType<ImportKind>,
        file: f.files(true),
      })
      .transform(({ kind, file }) => ({ kind, files: file }));
  },
  async apply(input, _subject, context, deps): Promise<FormOutcome> {
    const t = translatorFor(context);
    const at = deps.clock.now();
    const [file] = input.files;
    if (!file)
      return { type: 'invalid', errors: [{ field: 'file', message: 'forms:error.required' }] };
    const checked = checkImport(input.kind, file.text, at);
    if (!checked.ok) {
      const shown = checked.problems
        .slice(0, SHOWN_PROBLEMS)
        .map((problem) => importProblemText(problem, t));
      const more = checked.problems.length - shown.length;
      return {
        type: 'invalid',
        errors: [
          {
            field: 'file',
            message: 'forms:import.problems',
            values: {
              count: checked.problems.length,
              problems: [...shown, ...(more > 0 ? [`… (+${more})`] : [])].join('; '),
            },
          },
        ],
      };
    }
    const { prepared } = checked;
    await writeFromChat(context.requester, deps, async (store) => ({
      result: undefined,
      record: {
        audit: {
          action: `import.${prepared.kind}`,
          subject: file.name,
          detail: { rows: prepared.count },
        },
        tell: await prepared.write(store),
      },
    }));
    return {
      type: 'done',
      reply: reply({
        title: t.t('forms:import.done_title'),
        summary: t.t(
          prepared.kind === 'members' ? 'forms:import.done_members' : 'forms:import.done_grants',
          {
            count: prepared.count,
            file: file.name,
          },
        ),
      }),
    };
  },
};
