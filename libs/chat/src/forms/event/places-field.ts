import { z } from 'zod';
import { MAX_PLACES, Places } from '@glokal/domain';
import { withoutControls } from '../../option-values';

/**
 * "Places": a whole number from 1 to 10,000 (spaces between digits allowed: `1 000`), or
 * empty for no limit; anything else is the field's error, in the person's language.
 */
export const placesField = z.unknown().transform((value, ctx): number | undefined => {
  const text =
    typeof value === 'string' ? withoutControls(value).replace(/\s/g, '') : (value ?? '');
  if (text === '') return undefined;
  const places =
    typeof text === 'string' && /^\d+$/.test(text) ? Places.safeParse(Number(text)) : undefined;
  if (places?.success) return places.data;
  ctx.addIssue({ code: 'custom', message: 'places:error.not_places', params: { max: MAX_PLACES } });
  return z.NEVER;
});
