import * as z from 'zod/mini';

/**
 * 指定 by showing how: what a person pressed, once, to set a field the helper could not set —
 * kept to be done again with the next client's value. Each press is in the field or in what the
 * page opened from it (a list, a dialog), on the option showing one part of the value (the
 * choice; a region's province, city or district), or on a button with these words (选择, 确定).
 * Never a client's words: an option is kept as the part of the value it was.
 */
const place = z.enum(['field', 'list']);
export const DemonstratedStepSchema = z.union([
  z.object({ at: place, part: z.int().check(z.gte(0), z.lte(9)) }),
  /** Empty words in the field: its control itself. */
  z.object({ at: place, words: z.string().check(z.maxLength(20)) }),
]);
export type DemonstratedStep = z.infer<typeof DemonstratedStepSchema>;

export const MAX_DEMONSTRATED_STEPS = 12;
export const DemonstrationSchema = z.array(DemonstratedStepSchema).check(z.minLength(1), z.maxLength(MAX_DEMONSTRATED_STEPS));
