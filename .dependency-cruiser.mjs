/**
 * Arrows point down the layers (docs: STYLE.md "The shape of the house"): no import cycles, and
 * nothing in src/ reaches the Payload config back up, except the one module that loads it
 * lazily. `npm run lint:deps`; also a check of `npm test` (tooling/test.ts).
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module cycle works only while nothing in it is read at load time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'config-through-one-module',
      severity: 'error',
      comment:
        'The config imports the collections and through them most of src/: src/lib/payload.ts loads it on first use.',
      from: { path: '^(src|collections|globals)/', pathNot: '^src/lib/payload\\.ts$' },
      to: { path: '^payload\\.config\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|\\.next-bench|\\.data|src/migrations)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.cjs', '.d.ts'],
    },
  },
}
