import { writeFileSync } from 'node:fs';
import type { ClientName } from './clients';
import { fillStrangerPage, openStrangerSession, reportPathOf, type StrangerResult } from './harness';
import { loadRendering, renderingIds } from './serve';

/**
 * `npx tsx tests/strangers/run.ts [id …] [--json=file]`: every page of each blind rendering filled
 * by the built extension (.output/chrome-mv3, or BEIAN_EXTENSION) for both clients, and scored:
 * fields right over fields a person fills, and every wrong value written.
 */
export interface RenderingScore {
  id: string;
  library: string;
  right: number;
  present: number;
  wrong: number;
  results: StrangerResult[];
}

export async function scoreRendering(id: string): Promise<RenderingScore> {
  const rendering = await loadRendering(id);
  const session = await openStrangerSession(rendering);
  const results: StrangerResult[] = [];
  try {
    for (const client of ['company', 'blogger'] as ClientName[]) {
      for (const target of rendering.pages) results.push(await fillStrangerPage(session, target, client));
    }
  } finally {
    await session.close();
  }
  const sum = (pick: (result: StrangerResult) => number) => results.reduce((total, result) => total + pick(result), 0);
  return {
    id,
    library: rendering.library,
    right: sum((result) => result.comparison.right.length),
    present: sum((result) => result.present),
    wrong: sum((result) => result.comparison.wrong.length),
    results,
  };
}

const percent = (right: number, present: number) => (present ? `${((100 * right) / present).toFixed(1)}%` : '—');

export function describeScore(score: RenderingScore, verbose: boolean): string[] {
  const lines = [`${score.id.padEnd(18)} ${`${score.right}/${score.present}`.padStart(8)} ${percent(score.right, score.present).padStart(7)}  wrong values ${score.wrong}  (${score.library})`];
  if (!verbose) return lines;
  for (const result of score.results) {
    const { right, missed, partial, wrong } = result.comparison;
    if (missed.length === 0 && partial.length === 0 && wrong.length === 0 && !result.error) continue;
    lines.push(`  ${result.kind} · ${result.client}: ${right.length}/${result.present}, detected ${result.pageId ?? 'nothing'}${result.error ? `, error: ${result.error}` : ''}`);
    const entry = (key: string) => result.report?.entries.find((candidate) => candidate.path === reportPathOf(key));
    const said = (key: string) => {
      const line = entry(key);
      return line ? ` — report ${line.status}${line.reason ? ` ${JSON.stringify(line.reason)}` : ''}` : '';
    };
    for (const outcome of missed) lines.push(`    missed ${outcome.key}: ${JSON.stringify(outcome.after)}${said(outcome.key)}`);
    for (const outcome of partial) lines.push(`    partly ${outcome.key}: ${JSON.stringify(outcome.after)} (expected ${JSON.stringify(outcome.expected)})${said(outcome.key)}`);
    for (const outcome of wrong) lines.push(`    WRONG  ${outcome.key}: ${JSON.stringify(outcome.after)} (expected ${JSON.stringify(outcome.expected ?? 'nothing')})${said(outcome.key)}`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ids = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const json = process.argv.find((arg) => arg.startsWith('--json='))?.slice('--json='.length);
  const scores: RenderingScore[] = [];
  for (const id of ids.length ? ids : renderingIds()) {
    const score = await scoreRendering(id);
    scores.push(score);
    console.log(describeScore(score, true).join('\n'));
  }
  const right = scores.reduce((total, score) => total + score.right, 0);
  const present = scores.reduce((total, score) => total + score.present, 0);
  const wrong = scores.reduce((total, score) => total + score.wrong, 0);
  console.log(`${'all blind renderings'.padEnd(18)} ${`${right}/${present}`.padStart(8)} ${percent(right, present).padStart(7)}  wrong values ${wrong}`);
  if (json) writeFileSync(json, JSON.stringify(scores.map(({ results, ...score }) => ({ ...score, misses: results.flatMap((result) => [...result.comparison.missed, ...result.comparison.partial, ...result.comparison.wrong].map((outcome) => `${result.kind}/${result.client}/${outcome.key}`)) })), null, 2));
}
