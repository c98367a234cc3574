#!/usr/bin/env node
// Runs the commands given as JSON argv lists at once and waits for all of them: the bench's
// "two independent processes" row (the most two of anything get from this machine). Exits with the
// first failing command's code.
import { spawn } from "node:child_process";

const commands = JSON.parse(process.argv[2] ?? "[]");
const codes = await Promise.all(
  commands.map(
    (argv) =>
      new Promise((resolve) => {
        const p = spawn(argv[0], argv.slice(1), { stdio: ["ignore", "ignore", "inherit"] });
        p.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
      }),
  ),
);
process.exit(codes.find((c) => c !== 0 && c !== 1) ?? 0);
