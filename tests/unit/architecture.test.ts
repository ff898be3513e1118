import { describe, expect, it } from 'vitest';
import { API_MESSAGES, areaOf, importCycles, importGraph, lineCount, productFiles } from '../helpers/imports';

/**
 * The code map of ARCHITECTURE.md, held: which area may import which (each area may always import
 * itself), no import cycle, no file longer than a screen or two. A new area must be placed here.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  // Page knowledge is data: which page this is, which caption means which field.
  'lib/pages': [],
  // The DOM engine runs in the platform's page and never sees the book.
  'lib/fill': ['lib/pages'],
  'lib/errors': [],
  // A mapping the person taught keeps the page's demonstration as it was recorded.
  'lib/model': ['lib/pages'],
  'lib/rules': ['lib/model', 'lib/pages'],
  'lib/scans': ['lib/model'],
  'lib/spreadsheet': [],
  'lib/settings': ['lib/model'],
  // Storage depends on nothing above the model.
  'lib/store': ['lib/model', 'lib/errors'],
  // Each area's message schemas: what crosses between the pages, the content script and the background (the fill's report included).
  'lib/api/messages': ['lib/model', 'lib/errors', 'lib/fill', 'lib/pages'],
  // The transport assembles the areas' messages into one protocol.
  'lib/messaging': ['lib/api/messages', 'lib/model', 'lib/errors'],
  'lib/i18n': ['lib/api/messages', 'lib/model', 'lib/errors', 'lib/fill', 'lib/pages'],
  // What the background knows of a tab: asking it, judging its page, reading its lists.
  'lib/tab': ['lib/api/messages', 'lib/model', 'lib/pages', 'lib/fill', 'lib/rules', 'lib/errors'],
  // The background's message handlers: the top of lib.
  'lib/api': ['lib/api/messages', 'lib/model', 'lib/pages', 'lib/fill', 'lib/rules', 'lib/store', 'lib/errors', 'lib/i18n', 'lib/messaging', 'lib/tab', 'lib/settings', 'lib/scans', 'lib/spreadsheet'],
  'lib/test-hook': [],
  // Extension pages talk to the book and the tabs through messages only.
  components: ['lib/api/messages', 'lib/messaging', 'lib/model', 'lib/pages', 'lib/rules', 'lib/errors', 'lib/i18n', 'lib/scans', 'lib/settings', 'lib/spreadsheet'],
};

/** Files only the background runs (lib/api but its messages): an extension page or the content script importing one would carry the book's code with it. */
const backgroundOnly = (file: string) => file.startsWith('lib/api/') && !API_MESSAGES.test(file);

const MAX_LINES = 300;

describe('the code map', () => {
  const graph = importGraph();

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('has every area of lib placed, and each imports only the areas below it', () => {
    const wrong: string[] = [];
    for (const [file, imported] of graph) {
      const area = areaOf(file);
      if (area === 'entrypoints') continue;
      const allowed = MAY_IMPORT[area];
      if (!allowed) {
        wrong.push(`${file}: its area ${area} is not on the code map`);
        continue;
      }
      for (const target of imported) {
        const targetArea = areaOf(target);
        if (targetArea !== area && !allowed.includes(targetArea)) wrong.push(`${file} imports ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the background’s handlers out of the extension pages and the content script', () => {
    const wrong = [...graph]
      .filter(([file]) => file.startsWith('components/') || /^entrypoints\/(?!background)/.test(file))
      .flatMap(([file, imported]) => imported.filter(backgroundOnly).map((target) => `${file} imports ${target}`));
    expect(wrong).toEqual([]);
  });

  it(`has no file over ${MAX_LINES} lines`, () => {
    expect(productFiles().filter((file) => lineCount(file) > MAX_LINES).map((file) => `${file}: ${lineCount(file)} lines`)).toEqual([]);
  });
});
