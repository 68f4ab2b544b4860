import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`...`)` call with the generated document it stands for, written into
 * the calling module. The codegen client preset's `graphql()` looks documents up in one map of
 * every document in the app, which no bundler can split, so every page shipped all of them;
 * written in place, each page's chunk carries only its own documents (each generated document
 * is whole: an operation includes the fragments it spreads). This is what the preset's Babel
 * optimizer does, for a build that has no Babel.
 */
export function treeShakeDocuments(gqlDir: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'doppelcart-tree-shake-documents',
    apply: 'build',
    // Before TypeScript is compiled away, while the calls are as written.
    enforce: 'pre',
    buildStart() {
      const names = documentNames(readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8'));
      const bodies = documentBodies(readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8'));
      documents = new Map([...names].map(([text, name]) => [text, bodies.get(name) ?? '']));
    },
    transform(code, id) {
      if (id.startsWith(gqlDir) || !/\.tsx?$/.test(id) || !code.includes('graphql(')) return null;
      let found = false;
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, text: string) => {
        const body = documents.get(text);
        if (!body) this.error(`${id}: a graphql() document is not generated; run pnpm codegen`);
        found = true;
        return `(${body} as any)`;
      });
      return found ? { code: replaced, map: null } : null;
    },
  };
}

/** Document text to the name of its export, from the map in the generated gql.ts. */
function documentNames(gqlSource: string): Map<string, string> {
  const start = gqlSource.search(/const documents(: \w+)? = \{/);
  if (start < 0) throw new Error('src/gql/gql.ts has no documents map: was codegen run?');
  const body = gqlSource.slice(start, gqlSource.indexOf('\n};', start));
  const names = new Map<string, string>();
  for (const match of body.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    names.set(JSON.parse(match[1]!) as string, match[2]!);
  }
  return names;
}

/** Export name to the document's JSON, from the generated graphql.ts (one line each). */
function documentBodies(graphqlSource: string): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const match of graphqlSource.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
    bodies.set(match[1]!, match[2]!);
  }
  return bodies;
}
