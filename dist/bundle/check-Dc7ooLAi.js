export { t as finishCheck } from "./check-HgrI0Oww.js";
