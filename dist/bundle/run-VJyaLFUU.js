export { a as run } from "./start-wbf25Jdb.js";
