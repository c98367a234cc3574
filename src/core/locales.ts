// Which locale each file of a tree laid out by locale belongs to (docs/en/…, content/zh-cn/…,
// i18n/fr/…): a translation copies its source's code, names and untranslated paragraphs, so files
// of different locales are never compared. Versioned documentation (docs/v1/…, docs/v2/…) is
// partitioned the same way: each version repeats the pages of the last. Worked out from the paths
// of the whole run alone.

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
  // Locale-named and version-named children of each folder; a folder with enough of them is a
  // locale (or version) parent.
  const locales = new Map<string, Set<string>>();
  const versions = new Map<string, Set<string>>();
  const split = paths.map((p) => p.split(/[\\/]/));
  for (const parts of split) {
    for (let k = 0; k < parts.length - 1; k++) {
      const name = parts[k] ?? "";
      const kind = isLocale(name) ? locales : isVersion(name) ? versions : null;
      if (!kind) continue;
      const parent = parts.slice(0, k).join("/");
      let set = kind.get(parent);
      if (!set) kind.set(parent, (set = new Set()));
      set.add(name.toLowerCase());
    }
  }
  paths.forEach((p, n) => {
    const parts = split[n] ?? [];
    // Every locale and version folder on the path: docs/v2/ja/… is docs/v2 in Japanese.
    const key: string[] = [];
    let last = -1;
    for (let k = 0; k < parts.length - 1; k++) {
      const name = parts[k] ?? "";
      const parent = parts.slice(0, k).join("/");
      if (isLocale(name) && ((locales.get(parent)?.size ?? 0) >= MIN_SIDE_BY_SIDE || LOCALE_PARENTS.test(parts[k - 1] ?? ""))) {
        key.push(...parts.slice(last + 1, k), name.toLowerCase().replace("_", "-"));
        last = k;
      } else if (isVersion(name) && (versions.get(parent)?.size ?? 0) >= MIN_SIDE_BY_SIDE) {
        key.push(...parts.slice(last + 1, k), name.toLowerCase());
        last = k;
      }
    }
    out.set(p, key.join("/"));
  });
  return out;
}

/**
 * A folder of one version of versioned documentation: v1, v2.3, 1.x, 2.0, version-1.4 (a bare
 * number, as blog/2024/, is no version). Side by side (two or more), each is compared with itself only:
 * the same page in two versions repeats its text on purpose.
 */
export function isVersion(name: string): boolean {
  return VERSION.test(name);
}

const VERSION = /^(?:v|version[-_]?)\d+(?:\.(?:\d+|x)){0,2}$|^\d+\.(?:\d+|x)(?:\.(?:\d+|x))?$/i;

/** A folder name that is a language tag of a language in LANGUAGES. */
export function isLocale(name: string): boolean {
  const m = TAG.exec(name);
  return !!m && LANGUAGES.has((m[1] ?? "").toLowerCase());
}
