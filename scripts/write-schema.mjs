#!/usr/bin/env node
// Writes schema/winnow.schema.json from the option table (run `npm run schema` after changing
// src/core/option-table.ts; tests/config/schema.test.ts fails until the file matches).
import { writeFileSync } from "node:fs";
import { configSchema } from "../dist/config/schema.js";

writeFileSync(new URL("../schema/winnow.schema.json", import.meta.url), JSON.stringify(configSchema(), null, 2) + "\n");
