// @ts-check
/**
 * ESLint's view of the import table (scripts/lib/layers.js): a local rule, `atlas/layers`, that
 * resolves each relative import of a file in src/ and reports what the table does not allow, and
 * run-time imports of packages kept to one folder (maplibre-gl: src/map).
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { importProblem, RUNTIME_PACKAGES } from './layers.js';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

/** The file an import names: as written, or with .ts or /index.ts added. */
function resolveImport(/** @type {string} */ file, /** @type {string} */ spec) {
  const base = resolve(dirname(file), spec.split('?')[0] ?? spec);
  return [base, `${base}.ts`, `${base}/index.ts`].find((p) => existsSync(p) && !p.endsWith(sep));
}

const toSrc = (/** @type {string} */ path) => relative(SRC, path).split(sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the table of scripts/lib/layers.js' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    if (toSrc(file).startsWith('..')) return {};
    const from = toSrc(file);
    /** @param {import('estree').Node & { source?: unknown, importKind?: string, exportKind?: string }} node */
    const check = (node) => {
      const source = /** @type {{ value?: unknown } | null | undefined} */ (node.source);
      const spec = source?.value;
      if (typeof spec !== 'string') return;
      if (!spec.startsWith('.')) {
        const allowed = RUNTIME_PACKAGES[/** @type {keyof typeof RUNTIME_PACKAGES} */ (spec)];
        const typeOnly = node.importKind === 'type' || node.exportKind === 'type';
        if (allowed && !typeOnly && !allowed.some((f) => from.startsWith(`${f}/`))) {
          context.report({
            node,
            message: `Only src/${allowed.join(', src/')} imports ${spec} at run time; elsewhere use the doors in src/state (or \`import type\`).`,
          });
        }
        return;
      }
      const target = resolveImport(file, spec);
      if (!target) return;
      const problem = importProblem(from, toSrc(target));
      if (problem) context.report({ node, message: `${problem} (docs/architecture.md).` });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

export const atlasPlugin = { rules: { layers } };
