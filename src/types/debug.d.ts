// `debug` (the logger ioredis writes through) ships no types: only what redis-transport.ts calls.
declare module "debug" {
  interface Debug {
    /** Turns every namespace off and returns the ones that were on ("a,b,-c"). */
    disable(): string;
    enable(namespaces: string): void;
  }
  const debug: Debug;
  export default debug;
}
