import { sampleCompany } from '@/lib/model/sample';
import { sampleImageRefs } from './sample-images';

/**
 * Inputs built to find super-linear work: long runs of what patterns look for (digits, road
 * words and door numbers, dots and hyphens of domains, Chinese text), 100,000 characters each.
 * Shared by the property tests and `npm run bench`.
 */
export const LONG = 100_000;

export const ADVERSARIAL: Record<string, string> = {
  digits: '1'.repeat(LONG),
  'road and door numbers': '文三路1'.repeat(LONG / 4),
  'digits then spaces': `1${' '.repeat(LONG - 2)}x`,
  'domain labels': 'a-'.repeat(LONG / 2),
  dots: 'a.'.repeat(LONG / 2),
  chinese: '杭州青梧数字科技有限公司'.repeat(LONG / 12),
  'at signs': 'a@'.repeat(LONG / 2),
  mixed: 'ICP备浙2023号-'.repeat(LONG / 12),
};

/** A client whose every string — names, numbers, codes, addresses — is replaced. */
export function clientWithEveryString(replace: (original: string, path: string) => string): unknown {
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') return replace(value, path);
    if (Array.isArray(value)) return value.map((item, index) => walk(item, `${path}.${index}`));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, path ? `${path}.${key}` : key)]));
    return value;
  };
  return walk(sampleCompany(sampleImageRefs()), '');
}
