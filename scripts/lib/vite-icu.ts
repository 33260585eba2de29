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
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/** The catalogue files this plugin compiles. */
export const CATALOGUE_FILE = /[\\/]src[\\/]content[\\/]i18n[\\/](en|hi|ru)\.ts$/;

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

export function icuCatalogues(): Plugin {
  return {
    name: 'corridor-atlas:icu-catalogues',
    // After TypeScript is stripped: the module is then plain JavaScript with one object literal.
    enforce: 'post',
    async transform(code, id) {
      if (!CATALOGUE_FILE.test(id.split('?')[0]!)) return null;
      const module = (await import(
        `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
      )) as Record<string, unknown>;
      const exports = Object.entries(module).map(([name, value]) => {
        if (typeof value !== 'object' || value === null) {
          throw new Error(`${id}: export ${name} is not a catalogue object`);
        }
        const compiled = JSON.stringify(compileCatalogue(value as Record<string, unknown>));
        // JSON.parse of a string literal: parsed faster than the same object as JavaScript.
        return `export const ${name} = JSON.parse(${JSON.stringify(compiled)});`;
      });
      return { code: exports.join('\n'), map: null };
    },
  };
}
