// import() of a file that is not part of winnow (a user's winnow.config.js), from a module the CLI
// bundle loads before its code cache is in place (scripts/bundle-cli.mjs puts it in `boot`): node 20
// runs import() from code compiled through vm (src/io/code-cache.ts) only with --experimental-vm-modules.
export function importFile(url: string): Promise<unknown> {
  return import(url);
}
