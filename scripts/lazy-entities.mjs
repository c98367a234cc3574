// decode-named-character-reference builds the HTML standard's table of named character references
// (the character-entities package, 2,231 names) when it is loaded, which every run of the command
// line did (src/core/entities.ts imports it), although only a text that holds a reference such as
// "&eacute;" reads it. The CLI bundle (scripts/bundle-cli.mjs) gets in its place this module: the
// same decoder over the same table, kept as one JSON string and parsed on first use.

/** The source of the stand-in for decode-named-character-reference, over `characterEntities`. */
export function lazyDecoderModule(characterEntities) {
  return [
    "// decode-named-character-reference over character-entities, the table parsed on first use (scripts/lazy-entities.mjs).",
    `const TABLE = ${JSON.stringify(JSON.stringify(characterEntities))};`,
    "let table;",
    "export function decodeNamedCharacterReference(value) {",
    "  table ??= JSON.parse(TABLE);",
    "  return Object.hasOwn(table, value) ? table[value] : false;",
    "}",
    "",
  ].join("\n");
}
