import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // The `lintas` bin (shebang kept by tsup, file made executable).
    cli: 'src/cli/main.ts',
    // The piscina worker for annotateMany({ jobs > 1 }); index.js and cli.js find it as ./worker.js.
    worker: 'src/batch/worker.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // import.meta.url in the CommonJS build (the lexicon loader finds its files through it).
  shims: true,
  splitting: false,
  esbuildOptions(options, { format }) {
    // ESM only (CommonJS splitting is experimental in tsup): index, cli and worker share chunks instead of
    // three copies of the pipeline, and the CLI's on-demand import of the annotator becomes its own
    // chunk, so `lintas --help` does not load the NLP dependencies.
    if (format === 'esm') options.splitting = true;
  },
});
