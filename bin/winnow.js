#!/usr/bin/env node
// The CLI runs from the bundle (`npm run build` makes it: scripts/bundle-cli.mjs): a few files load
// faster than the ~70 modules tsc emits, and the pre-commit hook runs winnow once per commit.
import { main } from "../dist/bundle/cli.js";
main();
