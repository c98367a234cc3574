interface Base {
    /** The key in Options and in a config file (options.ts holds the type; importing it here would close a cycle). */
    key: string;
    /** One sentence for --help and the schema's description. */
    description: string;
    /** The flag as typed, or null for an option the command line does not take (format comes from the extension). */
    flag: string | null;
    /** Config overrides may set it for some files (false: only for the whole run). */
    perFile: boolean;
}
/** A whole number from min to max. */
export interface IntSpec extends Base {
    type: "integer";
    min: number;
    max: number;
    /** The flag's value name in --help. */
    value: string;
}
/** A share: greater than `min` (or at least `min` when `minInclusive`), at most 1. */
export interface ShareSpec extends Base {
    type: "share";
    min: 0;
    minInclusive: boolean;
    value: string;
}
export interface ChoiceSpec extends Base {
    type: "choice";
    choices: readonly string[];
    value: string;
}
/** On by default, a `--no-...` flag; or off by default, a plain flag. */
export interface BooleanSpec extends Base {
    type: "boolean";
}
/** Rule names (`--disable`, repeatable or comma-separated), or rules (`--rules FILE`). */
export interface ListSpec extends Base {
    type: "names" | "rules";
    value: string;
}
export type OptionSpec = IntSpec | ShareSpec | ChoiceSpec | BooleanSpec | ListSpec;
export declare const OPTION_TABLE: readonly OptionSpec[];
/** Why `value` is not allowed for `spec`, or null when it is. Numbers and choices only; lists are checked where they are read. */
export declare function optionProblem(spec: OptionSpec, value: unknown): string | null;
/** The option's spec by key. */
export declare function optionSpec(key: string): OptionSpec;
export {};
