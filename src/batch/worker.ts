// The entry of a batch worker thread: the bundle's chunks it loads run from the compiled code the
// build made (io/code-cache.ts) once the hook is in, so the worker itself (worker-thread.ts) is
// loaded after it. Messages from the main thread wait in the port until worker-thread.ts listens.
import { useCodeCache } from "../io/code-cache.js";

useCodeCache(import.meta.url);
void import("./worker-thread.js");
