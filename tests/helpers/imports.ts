import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository's root, and the folders of product code (what ships in the extension). */
export const ROOT = resolve(import.meta.dirname, '../..');
export const PRODUCT_FOLDERS = ['lib', 'components', 'entrypoints'] as const;

/** Every TypeScript file of the product, as a path relative to the root. */
export function productFiles(): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(join(ROOT, folder))) {
      const path = join(folder, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const folder of PRODUCT_FOLDERS) walk(folder);
  return files.sort();
}

const IMPORT = /(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The product file an import names, or undefined for a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(ROOT, dirname(from), specifier);
  else return undefined;
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((path) => existsSync(path) && statSync(path).isFile());
  return found && relative(ROOT, found);
}

/** Each product file and the product files it imports (type-only imports included: they tie the code as much). */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of productFiles()) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const imported = [...text.matchAll(IMPORT)].flatMap((match) => resolveImport(file, (match[1] ?? match[2] ?? match[3])!) ?? []);
    graph.set(file, [...new Set(imported)]);
  }
  return graph;
}

/** The import cycles: groups of files each reachable from every other (Tarjan's strongly connected components). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    order.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const imported of graph.get(file) ?? []) {
      if (!order.has(imported)) {
        visit(imported);
        low.set(file, Math.min(low.get(file)!, low.get(imported)!));
      } else if (onStack.has(imported)) low.set(file, Math.min(low.get(file)!, order.get(imported)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) cycles.push(group.sort());
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return cycles;
}

/** The messages of one area of lib/api (schemas only): below the transport and the pages that send them, unlike the area's handlers. */
export const API_MESSAGES = /^lib\/api\/[^/]+\/messages\.ts$/;

/**
 * A file's area: `lib/fill` for everything under it, `lib/settings` for a file at lib's top,
 * `lib/api/messages` for an area's message schemas (the rest of lib/api is the background's
 * handlers), else its top folder.
 */
export function areaOf(file: string): string {
  if (API_MESSAGES.test(file)) return 'lib/api/messages';
  const parts = file.split('/');
  if (parts[0] !== 'lib') return parts[0]!;
  return `lib/${parts[1]!.replace(/\.tsx?$/, '')}`;
}

/** How many lines a file has. */
export function lineCount(file: string): number {
  return readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1;
}
