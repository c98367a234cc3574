export { o as runPipe } from "./start-wbf25Jdb.js";
