// Phase 0 of readCsv: read the options once and settle the file name, the layout version and the layout.
import type { CsvIssue } from '../../codec/issue';
import type { CsvFileName } from '../../fileName/fileName';
import { buildFileName, parseFileName } from '../../fileName/fileName';
import type { FileLayout } from '../../layout/layout';
import { V4_LAYOUTS } from '../../layout/registry';
import type { LayoutVersion } from '../../layout/version';

/** What the later phases need from the options. */
export interface ReadSetup {
  readonly at: { readonly file?: string };
  readonly fileName?: CsvFileName;
  /** The layout the caller gave (never replaced by the version of the file). */
  readonly givenLayout?: unknown;
  /** The registered versions, the first being the default. */
  readonly versions: readonly LayoutVersion[];
  /** The version the caller forced (by id), if any. */
  readonly forcedVersion?: LayoutVersion;
}

const UNREADABLE_OPTIONS: CsvIssue = {
  code: 'options.unreadable',
  severity: 'error',
  message: 'オプションを読み取れません（値の読み取りで例外が発生しました）。',
};

function isParsedName(v: unknown): v is CsvFileName {
  return (
    v !== null && typeof v === 'object' && typeof (v as { prefix?: unknown }).prefix === 'string'
  );
}

/** Reads the options (a getter or a Proxy trap can throw only here) and parses the file name at most once. */
export function resolveRead(optionsIn: unknown, issues: CsvIssue[]): ReadSetup | undefined {
  let o: Record<string, unknown> = {};
  if (typeof optionsIn === 'object' && optionsIn !== null) {
    try {
      const r = optionsIn as Record<string, unknown>;
      o = {
        fileName: r.fileName,
        parsedFileName: r.parsedFileName,
        layout: r.layout,
        versions: r.versions,
        version: r.version,
      };
    } catch {
      issues.push(UNREADABLE_OPTIONS);
      return undefined;
    }
  }
  let versions: readonly LayoutVersion[] = [V4_LAYOUTS];
  if (Array.isArray(o.versions) && o.versions.length > 0)
    versions = [...(o.versions as LayoutVersion[])];
  let forcedVersion: LayoutVersion | undefined;
  if (typeof o.version === 'string') {
    forcedVersion = versions.find((v) => v.id === o.version);
    if (!forcedVersion) {
      issues.push({
        code: 'options.version',
        severity: 'error',
        message: '指定の版（version）が登録されていません。',
      });
      return undefined;
    }
  }
  // An already-parsed name (readForms parsed it to pick the mapping) is used as it is.
  const parsedIn = isParsedName(o.parsedFileName)
    ? o.parsedFileName
    : isParsedName(o.fileName)
      ? o.fileName
      : undefined;
  let file = typeof o.fileName === 'string' ? o.fileName : undefined;
  if (file === undefined && parsedIn) {
    const built = buildFileName(parsedIn);
    if (built.ok) file = built.value;
  }
  const at = file === undefined ? {} : { file };
  let fileName: CsvFileName | undefined = parsedIn;
  if (!fileName && file !== undefined) {
    const parsed = parseFileName(file);
    if (parsed.ok) fileName = parsed.value;
    else
      issues.push({
        code: parsed.error.code,
        severity: 'error',
        message: parsed.error.message,
        ...at,
      });
  }
  return {
    at,
    ...(fileName === undefined ? {} : { fileName }),
    ...(o.layout === undefined || o.layout === null ? {} : { givenLayout: o.layout }),
    versions,
    ...(forcedVersion === undefined ? {} : { forcedVersion }),
  };
}

/** The layout of a file: the given one, else the file ID's layout in the forced, detected or default version. */
export function layoutFor(
  setup: ReadSetup,
  csvVersion: string | undefined,
): { layout?: FileLayout; version?: LayoutVersion } {
  if (setup.givenLayout !== undefined) return { layout: setup.givenLayout as FileLayout };
  const version =
    setup.forcedVersion ??
    (csvVersion === undefined
      ? undefined
      : setup.versions.find((v) => v.csvVersions.includes(csvVersion))) ??
    setup.versions[0];
  const prefix = setup.fileName?.prefix;
  const layout = version?.layouts.find((l) => l.prefix === prefix);
  return { ...(layout ? { layout } : {}), ...(version ? { version } : {}) };
}
