import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeScore, scoreRendering } from '../strangers/run';
import { renderingIds } from '../strangers/serve';

/**
 * The blind renderings (tests/strangers): each filled by the built extension for both clients,
 * every page, and scored on the form's own state — fields right over fields a person fills,
 * fields half filled, wrong values written — beside the first score each had, with the engine as
 * it was before anything was changed for them (first-scores.json).
 */
interface FirstScores {
  engine: string;
  renderings: Record<string, { right: number; present: number; partial: number; wrong: number }>;
}

const percent = (right: number, present: number) => (present ? `${((100 * right) / present).toFixed(1)}%` : '—');

export async function benchStrangers(): Promise<string[]> {
  const first = JSON.parse(readFileSync(resolve(import.meta.dirname, '../strangers/first-scores.json'), 'utf8')) as FirstScores;
  const lines: string[] = [];
  let right = 0;
  let present = 0;
  let wrong = 0;
  let partial = 0;
  let firstRight = 0;
  let firstPresent = 0;
  let firstWrong = 0;
  for (const id of renderingIds()) {
    const score = await scoreRendering(id);
    const halves = score.results.reduce((total, result) => total + result.comparison.partial.length, 0);
    const before = first.renderings[id];
    right += score.right;
    present += score.present;
    wrong += score.wrong;
    partial += halves;
    if (before) {
      firstRight += before.right;
      firstPresent += before.present;
      firstWrong += before.wrong;
    }
    const [headline, ...details] = describeScore(score, true);
    lines.push(`  ${headline}   half filled ${halves}   first ${before ? `${before.right}/${before.present} ${percent(before.right, before.present)}, wrong ${before.wrong}` : 'not recorded'}`);
    lines.push(...details.map((detail) => `    ${detail}`));
  }
  lines.unshift(
    `blind renderings: ${right}/${present} fields right (${percent(right, present)}), ${partial} half filled, ${wrong} wrong values written, on ${renderingIds().length} renderings × 3 pages × 2 clients   (target: 98% or better, 0 wrong)`,
    `  first scores (engine ${first.engine}, before any change for them): ${firstRight}/${firstPresent} (${percent(firstRight, firstPresent)}), ${firstWrong} wrong`,
  );
  return lines;
}
