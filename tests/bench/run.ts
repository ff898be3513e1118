// `npm run bench`: prints what the product's performance targets are measured by.
import { checkProfile } from '../../lib/rules';
import { RULES } from '../../lib/rules/registry';
import { ADVERSARIAL, clientWithEveryString } from '../helpers/adversarial';
import { sampleClients } from '../../lib/model/sample';
import { GALLERY_SEED } from '../gallery/renderings';
import { benchBook, benchEncryptedBook } from './book';
import { benchAgency } from './agency';
import { calibrate, withRatios } from './calibration';
import { benchFill } from './fill';
import { benchGallery } from './gallery';
import { benchStrangers } from './strangers';
import { generateClients } from './generate';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(3)} ms`;

function timeEach(profiles: readonly Parameters<typeof checkProfile>[0][], rounds: number, context = {}): number[] {
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const profile of profiles) {
      const start = performance.now();
      checkProfile(profile, context);
      timings.push(performance.now() - start);
    }
  }
  return timings.sort((a, b) => a - b);
}

const image = { id: 'x', name: 'x.png', type: 'image/png', size: 24_000, width: 428, height: 270 };
const samples = sampleClients({
  principalFront: image, principalBack: image, liaisonScan: image, securityScan: image,
  bloggerFront: image, bloggerBack: image, topology: image,
});
const generated = generateClients(1_000);

const firstCalibration = calibrate();
console.log(`calibration: ${firstCalibration.toFixed(1)} ms for a fixed CPU-bound workload (median of 7; taken again before each section, every time below followed by its ratio to it as "cal")`);
let calibration = firstCalibration;
/** Prints a section's lines, each time with its ratio to a calibration taken just before the section ran. */
const print = (lines: readonly string[]) => {
  for (const line of lines) console.log(withRatios(line, calibration));
  calibration = calibrate();
};

timeEach(generated, 3);
const perProfile = timeEach([...samples, ...generated], 20);
print([
  `checkProfile, one profile (${samples.length} samples + ${generated.length} generated, 20 rounds)`,
  `  median ${ms(quantile(perProfile, 0.5))}   p99 ${ms(quantile(perProfile, 0.99))}   (target: under 0.2 ms)`,
]);

const book = generateClients(10_000);
const start = performance.now();
let findings = 0;
for (const client of book) findings += checkProfile(client, { book, clientId: client.id }).length;
const total = performance.now() - start;
print([
  `checkProfile over a book of ${book.length.toLocaleString('en')} clients, agency rules on`,
  `  total ${ms(total)}   per client ${ms(total / book.length)}   findings ${findings}   (target: under 2 s)`,
]);

// Every rule on a client whose every field is 100,000 characters of what some pattern looks for:
// the median of five runs per input, so one collection or compilation pause is not taken for the rule's cost.
const ADVERSARIAL_RUNS = 5;
const slowest = new Map<string, { ms: number; kind: string }>();
for (const [kind, text] of Object.entries(ADVERSARIAL)) {
  const profile = clientWithEveryString(() => text) as Parameters<typeof checkProfile>[0];
  const input = { profile, subject: profile.subject ?? {}, knownSubject: profile.subject ?? {}, nature: profile.subject?.nature, context: {}, today: new Date() };
  for (const [id, rule] of Object.entries(RULES)) {
    const runs: number[] = [];
    for (let run = 0; run < ADVERSARIAL_RUNS; run++) {
      const start = performance.now();
      rule(input);
      runs.push(performance.now() - start);
    }
    const took = runs.sort((a, b) => a - b)[Math.floor(ADVERSARIAL_RUNS / 2)]!;
    if (took > (slowest.get(id)?.ms ?? -1)) slowest.set(id, { ms: took, kind });
  }
}
const ranked = [...slowest].sort((a, b) => b[1].ms - a[1].ms);
print([
  `rules on 100,000-character fields (${Object.keys(ADVERSARIAL).length} kinds of input): slowest ${ranked[0]![0]} ${ms(ranked[0]![1].ms)} on ${ranked[0]![1].kind}   (target: under 5 ms)`,
  `  next: ${ranked.slice(1, 4).map(([id, { ms: took, kind }]) => `${id} ${took.toFixed(2)} ms (${kind})`).join(', ')}`,
]);

print(await benchFill());
print(await benchBook());
print(await benchEncryptedBook());
print(await benchAgency());
for (const seed of [GALLERY_SEED, `fresh-${new Date().toISOString().slice(0, 10)}`]) print(await benchGallery(seed));
print(await benchStrangers());
console.log(`calibration at the start ${firstCalibration.toFixed(1)} ms, at the end ${calibration.toFixed(1)} ms: figures of runs whose calibrations differ much are compared by their ratios`);
