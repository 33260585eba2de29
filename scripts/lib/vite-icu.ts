/**
 * Compiles the message catalogues (src/content/i18n/{en,hi,ru}.ts) at build time, as FormatJS
 * documents for a bundle without the ICU parser ("Advanced Usage": pre-compile messages into
 * AST, then resolve the parser to its `no-parser` build;
 * https://formatjs.github.io/docs/guides/advanced-usage): each message is parsed here into
 * FormatJS's AST, and the app's bundle gets the AST, never the parser. A message without
 * arguments, plurals or tags stays plain text. A message that does not parse fails the build
 * (and the unit tests, which run this plugin too), naming its key.
 *
 * The catalogue modules are data: one exported object of strings each, no imports but types.
 * Their declared types still say string, which is what their authors write; only the
 * translator (src/lib/i18n/translator.ts) reads the values, and it takes either form.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/**
 * The catalogue files this plugin compiles: each part's English source (`en.ts`, the planner's
 * `planner-en.ts`, which loads with the planner) and its translations (`hi.ts`, `planner-ru.ts`…).
 */
export const CATALOGUE_FILE = /[\\/]src[\\/]content[\\/]i18n[\\/](planner-)?(en|hi|ru)\.ts$/;

/** One message compiled: its text when it has no arguments, plurals or tags, else its AST. */
export function compileMessage(key: string, message: string): string | MessageFormatElement[] {
  let ast: MessageFormatElement[];
  try {
    ast = parse(message, { requiresOtherClause: true, shouldParseSkeletons: true });
  } catch (error) {
    throw new Error(
      `Message "${key}" is not valid ICU MessageFormat: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  if (ast.every((el) => el.type === TYPE.literal)) return ast.map((el) => el.value).join('');
  return ast;
}

/** Every message of a catalogue object compiled, keys in their order. */
export function compileCatalogue(
  messages: Record<string, unknown>,
): Record<string, string | MessageFormatElement[]> {
  const out: Record<string, string | MessageFormatElement[]> = {};
  for (const [key, message] of Object.entries(messages)) {
    if (typeof message !== 'string') throw new Error(`Message "${key}" is not a string`);
    out[key] = compileMessage(key, message);
  }
  return out;
}

/** The keys of an English catalogue file, in order, read from its source (one key per line). */
export function catalogueKeys(source: string): string[] {
  return [...source.matchAll(/^ {2}(['"])([\w.]+)\1:/gm)].map((m) => m[2]!);
}

/**
 * Short ids for the message keys, as the bundle carries them (issue #31): a key such as
 * `routes.stat.shortest` is written once in the catalogue and again at each use, so the build
 * writes `m1g` for it in both (the planner's part `p…`), the way FormatJS's own tools hash ids. A
 * letter first keeps every id a string key, so objects keep the catalogue's order.
 */
export function messageIds(root: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [file, prefix] of [
    ['src/content/i18n/en.ts', 'm'],
    ['src/content/i18n/planner-en.ts', 'p'],
  ] as const) {
    catalogueKeys(readFileSync(resolve(root, file), 'utf8')).forEach((key, i) => {
      if (ids.has(key)) throw new Error(`Message key "${key}" is in two catalogue parts`);
      ids.set(key, `${prefix}${i.toString(36)}`);
    });
  }
  return ids;
}

/** `code` with every string literal that is exactly a message key replaced by its short id. */
export function shortenKeys(code: string, ids: ReadonlyMap<string, string>): string {
  return code.replace(
    /(['"`])([a-zA-Z][\w]*(?:\.[\w]+)+)\1/g,
    (literal, quote: string, key: string) => {
      const id = ids.get(key);
      return id ? `${quote}${id}${quote}` : literal;
    },
  );
}

/**
 * The plugin. `shortKeys` (the build's and the dev server's): keys become short ids in the
 * catalogues, the page and the code; the unit tests compile the catalogues with their keys.
 */
export function icuCatalogues({
  root = process.cwd(),
  shortKeys = true,
}: { root?: string; shortKeys?: boolean } = {}): Plugin {
  let ids: Map<string, string> | null = null;
  const keyIds = () => (ids ??= shortKeys ? messageIds(root) : new Map<string, string>());
  return {
    name: 'corridor-atlas:icu-catalogues',
    // After TypeScript is stripped: the module is then plain JavaScript with one object literal.
    enforce: 'post',
    // The page's own texts (index.html `data-i18n="page.tagline"`) name their keys too.
    transformIndexHtml: (html) =>
      !shortKeys
        ? html
        : html.replace(/(data-i18n(?:-label)?=")([\w.]+)"/g, (_all, attr: string, key: string) => {
            const id = keyIds().get(key);
            if (!id) throw new Error(`index.html: no message "${key}"`);
            return `${attr}${id}"`;
          }),
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!CATALOGUE_FILE.test(file)) {
        if (!shortKeys || !/[\\/]src[\\/].*\.ts$/.test(file)) return null;
        const shortened = shortenKeys(code, keyIds());
        return shortened === code ? null : { code: shortened, map: null };
      }
      const [, part = '', lang] = CATALOGUE_FILE.exec(id.split('?')[0]!)!;
      const source = lang === 'en';
      const module = (await import(
        `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
      )) as Record<string, unknown>;
      const exports = Object.entries(module).map(([name, value]) => {
        if (typeof value !== 'object' || value === null) {
          throw new Error(`${id}: export ${name} is not a catalogue object`);
        }
        const compiled = compileCatalogue(value as Record<string, unknown>);
        const shortIds = keyIds();
        const byId = (record: Record<string, unknown>) =>
          Object.fromEntries(
            Object.entries(record).map(([key, message]) => [shortIds.get(key) ?? key, message]),
          );
        // JSON.parse of a string literal: parsed faster than the same object as JavaScript.
        const parse = (data: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
        if (source) return `export const ${name} = ${parse(byId(compiled))};`;
        // A translation ships its messages only, in the English catalogue's key order (the same
        // keys in the same order: tests/i18n/catalogues.test.ts), and takes the keys from it: the
        // keys are in the page already, and a language's chunk is a tenth smaller without them.
        const values = Object.values(compiled);
        const sourceName = name.replace(/(HI|RU)$/, 'EN');
        return (
          `import { ${sourceName} as __source } from './${part}en';\n` +
          `const __values = ${parse(values)};\n` +
          `export const ${name} = Object.fromEntries(` +
          `Object.keys(__source).map((key, i) => [key, __values[i]]));`
        );
      });
      return { code: exports.join('\n'), map: null };
    },
  };
}
