// Which locale each file of a tree laid out by locale belongs to (docs/en/…, content/zh-cn/…,
// i18n/fr/…): a translation copies its source's code, names and untranslated paragraphs, so files
// of different locales are never compared. Worked out from the paths of the whole run alone.

/** "auto" finds locale folders among the run's paths; "off" compares every file with every other. */
export type LocaleMode = "auto" | "off";

/** A BCP 47 language tag as a folder name: language, then script and region (zh-Hans-CN, pt_BR). */
const TAG = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i;
/**
 * Languages documentation is translated into. Codes that are also common folder names and rarely
 * a site's language (io, os, ml, ts, ps, ci) are left out.
 */
const LANGUAGES = new Set(
  ("af am ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi fil fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko ky lo lt lv mk mn mr ms my nb ne nl nn no pa pl pt ro ru si sk sl sq sr sv sw ta te th tl tr uk ur uz vi yo zh zu").split(" "),
);
/** Folders whose children are locales whatever their number: i18n/fr/…, locales/de/…. */
const LOCALE_PARENTS = /^(?:i18n|l10n|locales?|translations?|langs?|languages?)$/i;
/** At least this many locale folders side by side make a tree laid out by locale. */
const MIN_SIDE_BY_SIDE = 2;

/** Each path's locale ("" for none), by path; paths with POSIX or Windows separators. */
export function localesOf(paths: readonly string[], mode: LocaleMode = "auto"): Map<string, string> {
  const out = new Map<string, string>();
  if (mode === "off") {
    for (const p of paths) out.set(p, "");
    return out;
  }
  // Locale-named children of each folder; a folder with enough of them is a locale parent.
  const children = new Map<string, Set<string>>();
  const split = paths.map((p) => p.split(/[\\/]/));
  for (const parts of split) {
    for (let k = 0; k < parts.length - 1; k++) {
      if (!isLocale(parts[k] ?? "")) continue;
      const parent = parts.slice(0, k).join("/");
      let set = children.get(parent);
      if (!set) children.set(parent, (set = new Set()));
      set.add((parts[k] ?? "").toLowerCase());
    }
  }
  paths.forEach((p, n) => {
    const parts = split[n] ?? [];
    let locale = "";
    for (let k = 0; k < parts.length - 1 && locale === ""; k++) {
      const name = parts[k] ?? "";
      if (!isLocale(name)) continue;
      const parent = parts.slice(0, k).join("/");
      const side = children.get(parent)?.size ?? 0;
      if (side >= MIN_SIDE_BY_SIDE || LOCALE_PARENTS.test(parts[k - 1] ?? "")) locale = `${parent}/${name.toLowerCase().replace("_", "-")}`;
    }
    out.set(p, locale);
  });
  return out;
}

/** A folder name that is a language tag of a language in LANGUAGES. */
export function isLocale(name: string): boolean {
  const m = TAG.exec(name);
  return !!m && LANGUAGES.has((m[1] ?? "").toLowerCase());
}
