// Extensions a directory expands to when none are configured (apart from expand-paths.ts, which loads fast-glob).
export const DEFAULT_EXTENSIONS: readonly string[] = ["txt", "md", "markdown", "mdx"];
