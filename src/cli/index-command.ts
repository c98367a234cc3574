// `winnow index drop --run ID --index URL`: removes a run's claims from a shared store.
import { Command } from "commander";
import { UsageError } from "../base/errors.js";
import { MEMORY_INDEX, openClaimStore, redactUrl } from "../store/open-store.js";
import type { RunContext } from "./context.js";

export async function runIndexCommand(ctx: RunContext, argv: readonly string[]): Promise<number> {
  const program = new Command("winnow index")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void ctx.stdout.write(s),
      writeErr: (s) => void ctx.stderr.write(s),
      outputError: (s, write) => write(`winnow: ${s.replace(/^error: /, "").trimEnd()} (see \`winnow index --help\`)\n`),
    })
    .description("Manage the claims a sharded run keeps in a shared --index store.");
  let code = 0;
  program
    .command("drop")
    .description("remove every key of a run from the store")
    .requiredOption("--run <id>", "the run to remove")
    .option("--index <url>", "the store: redis://[user:password@]host:port[/db] or redis-cluster://host:port,...")
    .action(async (o: { run: string; index?: string }) => {
      const url = o.index ?? MEMORY_INDEX;
      if (url === MEMORY_INDEX) throw new UsageError("index drop: --index memory keeps nothing after a run: name the store with --index redis://host:port");
      const store = await openClaimStore(url, { run: o.run, ttlSeconds: 0 });
      try {
        await store.drop();
      } finally {
        await store.close();
      }
      ctx.stderr.write(`winnow: dropped run ${o.run} from ${redactUrl(url)}\n`);
      code = 0;
    });
  await program.parseAsync(argv as string[], { from: "user" });
  return code;
}
