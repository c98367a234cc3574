export { r as checkedStdout, i as stdoutError } from "./start-wbf25Jdb.js";
