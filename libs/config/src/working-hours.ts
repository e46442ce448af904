import { z } from 'zod';
import { readWorkingHours, type WorkingHoursProblem } from '@glokal/domain';

const problems: Record<WorkingHoursProblem, string> = {
  unreadable: 'days, then a time range, e.g. Mon-Fri 09:00-17:00',
  'unknown-day': 'days as Mon Tue Wed Thu Fri Sat Sun (or pn wt sr cz pt so nd), e.g. Mon-Fri',
  'bad-time': 'times as HH:mm from 00:00 to 24:00, e.g. 09:00-17:00',
  'end-not-after-start': 'the end after the start on the same day, e.g. 09:00-17:00',
};

/**
 * `WORKING_HOURS`: when meeting suggestions may fall, on the cluster zone's wall clock, e.g.
 * `Mon-Fri 09:00-17:00` or `Mon,Wed,Fri 08:30-16:00`.
 */
export const WorkingHoursSetting = z
  .string()
  .trim()
  .transform((text, context) => {
    const reading = readWorkingHours(text);
    if (reading.ok) return reading.value;
    context.addIssue({ code: 'custom', message: `${problems[reading.code]} (got "${text}")` });
    return z.NEVER;
  });
