import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const TOURS = {
  driver: fileURLToPath(new URL('../tours/driver-tour.ts', import.meta.url)),
  shepherd: fileURLToPath(new URL('../tours/shepherd-tour.ts', import.meta.url)),
};

export type LibraryTool = keyof typeof TOURS;
export const LIBRARY_TOOLS = Object.keys(TOURS) as LibraryTool[];

/**
 * Bundle each page-script tour (library + its CSS + the tour) into one minified IIFE, the way a
 * site would ship it, with the same minifier settings Vite uses for the extension.
 */
export async function buildTourBundles(): Promise<Record<LibraryTool, string>> {
  const out = {} as Record<LibraryTool, string>;
  for (const tool of LIBRARY_TOOLS) {
    const result = (await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry: TOURS[tool], formats: ['iife'], name: `bench_${tool}`, fileName: () => `${tool}-tour.js` },
        rollupOptions: { output: { inlineDynamicImports: true } },
      },
    })) as Rollup.RollupOutput[];
    const chunk = result[0]?.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
    if (!chunk) throw new Error(`No bundle for the ${tool} tour`);
    out[tool] = chunk.code;
  }
  return out;
}
