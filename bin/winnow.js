#!/usr/bin/env node
// The CLI runs from the bundle (`npm run build` makes it: scripts/bundle-cli.mjs): a few files load
// faster than the ~70 modules tsc emits, and the pre-commit hook runs winnow once per commit. The
// bundle is CommonJS, so that its chunks run from the compiled code the build made (src/io/code-cache.ts).
import { createRequire } from "node:module";

createRequire(import.meta.url)("../dist/bundle/cli.cjs").main();
