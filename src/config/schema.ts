// The config file's JSON schema, built from the option table: schema/winnow.schema.json is this
// object as written by `npm run schema`, and tests/config/schema.test.ts holds the file to it.
import { OPTION_TABLE, type OptionSpec } from "../core/option-table.js";
import { REPORTER_NAMES } from "../report/reporter-names.js";

type Json = Record<string, unknown>;

/** One option's schema: its type and bounds, as the table states them. */
function optionSchema(spec: OptionSpec): Json {
  const description = spec.description;
  switch (spec.type) {
    case "integer":
      return { description, type: "integer", minimum: spec.min, maximum: spec.max };
    case "share":
      return spec.minInclusive ? { description, type: "number", minimum: spec.min, maximum: 1 } : { description, type: "number", exclusiveMinimum: spec.min, maximum: 1 };
    case "choice":
      return { description, enum: [...spec.choices] };
    case "boolean":
      return { description, type: "boolean" };
    case "names":
      return { description, type: "array", items: { type: "string", minLength: 1 } };
    case "rules":
      return { description, oneOf: [{ type: "string", minLength: 1 }, { type: "array", items: { $ref: "#/definitions/rule" } }] };
  }
}

export function configSchema(): Json {
  const options = Object.fromEntries(OPTION_TABLE.map((s) => [s.key, optionSchema(s)]));
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "winnow configuration",
    description:
      'Options for winnow, in .winnowrc.json, winnow.config.js/.mjs or the "winnow" key of package.json. Command-line flags win over these.',
    type: "object",
    definitions: {
      options: { type: "object", properties: options },
      rule: {
        type: "object",
        required: ["name", "pattern"],
        additionalProperties: false,
        properties: {
          name: { description: "Name shown in reports and accepted by disable.", type: "string", minLength: 1 },
          pattern: { description: "JavaScript regular expression, matched case-insensitively against a line.", type: "string", minLength: 1 },
          mode: { description: "line cuts the whole unit; prefix strips the match from its start.", enum: ["line", "prefix"] },
        },
      },
      globs: {
        oneOf: [
          { type: "string", minLength: 1 },
          { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
        ],
      },
    },
    allOf: [{ $ref: "#/definitions/options" }],
    properties: {
      $schema: { type: "string" },
      ...Object.fromEntries(OPTION_TABLE.map((s) => [s.key, true])),
      extensions: {
        description: "Extensions (without the dot) a directory expands to, besides txt, md, markdown and mdx.",
        type: "array",
        items: { type: "string", pattern: "^[^./\\\\]+(\\.[^./\\\\]+)*$" },
      },
      ignore: { description: "gitignore-style patterns, relative to this config file, of files never read.", type: "array", items: { type: "string" } },
      reporter: { description: "How findings are reported by --check.", enum: [...REPORTER_NAMES] },
      locales: {
        description: "Batch runs: in a tree laid out by locale (docs/en, docs/zh-cn, i18n/fr), compare only files of one locale (auto, the default), or every file with every other (off).",
        enum: ["auto", "off"],
      },
      overrides: {
        description:
          "Options for the files that match a glob (relative to this config file; a glob without a slash matches the file name at any depth). Later entries win.",
        type: "array",
        items: {
          type: "object",
          required: ["files", "options"],
          additionalProperties: false,
          properties: {
            files: { $ref: "#/definitions/globs" },
            excludeFiles: { $ref: "#/definitions/globs" },
            options: {
              type: "object",
              allOf: [{ $ref: "#/definitions/options" }],
              propertyNames: { enum: OPTION_TABLE.filter((s) => s.perFile).map((s) => s.key) },
            },
          },
        },
      },
    },
    additionalProperties: false,
  };
}
