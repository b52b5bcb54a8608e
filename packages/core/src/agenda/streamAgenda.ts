import type { Finding } from '../result/types';
import { compareAgendaItems } from './compareAgendaItems';
import { MAX_CASE_REF_LENGTH } from './defaultHorizon';
import { parseAgendaContext } from './parseAgendaContext';
import type {
  Agenda,
  AgendaCaseOutcome,
  AgendaEnv,
  AgendaItem,
  AgendaItemDraft,
  AgendaItemsOutcome,
} from './types';

const INTERNAL: Finding = {
  code: 'internal.error',
  severity: 'error',
  message: '予定表の項目を作る途中で予期しない誤りがありました。入力を確認してください。',
};

function invalid(
  index: number,
  findings: readonly Finding[],
  caseRef?: string,
  group?: string,
): AgendaCaseOutcome {
  return {
    index,
    ...(caseRef === undefined ? {} : { caseRef }),
    ...(group === undefined ? {} : { group }),
    status: 'invalid',
    items: [],
    beyondHorizon: [],
    findings,
  };
}

/** 事例 `{ caseRef, group?, input }` を読む。読めなければ指摘。 */
function readCase(value: unknown): { caseRef: string; group?: string; input: unknown } | Finding {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return {
        code: 'agenda.case.type',
        severity: 'error',
        message: '事例は { "caseRef": "…", "input": { … } } の形のオブジェクトで指定してください。',
        path: [],
      };
    const caseRef = (value as { caseRef?: unknown }).caseRef;
    if (typeof caseRef !== 'string' || caseRef.length === 0 || caseRef.length > MAX_CASE_REF_LENGTH)
      return {
        code: 'agenda.caseRef.invalid',
        severity: 'error',
        message: `事例の参照（caseRef）は 1 から ${MAX_CASE_REF_LENGTH} 文字の文字列で指定してください。`,
        path: ['caseRef'],
      };
    const group = (value as { group?: unknown }).group;
    if (
      group !== undefined &&
      (typeof group !== 'string' || group.length === 0 || group.length > MAX_CASE_REF_LENGTH)
    )
      return {
        code: 'agenda.group.invalid',
        severity: 'error',
        message: `事例のまとまり（group）は 1 から ${MAX_CASE_REF_LENGTH} 文字の文字列で指定してください。`,
        path: ['group'],
      };
    return {
      caseRef,
      ...(group === undefined ? {} : { group }),
      input: (value as { input?: unknown }).input,
    };
  } catch {
    return {
      code: 'agenda.case.unreadable',
      severity: 'error',
      message: '事例を読み取れません（値を返さない項目があります）。',
      path: [],
    };
  }
}

function toItem(
  caseRef: string,
  group: string | undefined,
  draft: AgendaItemDraft,
  env: AgendaEnv,
): AgendaItem {
  const soon = draft.status === 'pending' && draft.due !== undefined && draft.due <= env.horizonEnd;
  return {
    caseRef,
    ruleId: draft.ruleId,
    itemId: draft.id,
    what: draft.what,
    ...(group === undefined ? {} : { group }),
    ...(draft.due === undefined ? {} : { due: draft.due }),
    ...(draft.opensOn === undefined ? {} : { opensOn: draft.opensOn }),
    status: soon ? 'dueSoon' : draft.status,
    ...(draft.late === true ? { late: true } : {}),
    citation: draft.citation,
    missing: [...(draft.missing ?? [])],
  };
}

function draftsOf(outcome: AgendaItemsOutcome): {
  drafts: readonly AgendaItemDraft[];
  findings: readonly Finding[];
} {
  if (Array.isArray(outcome)) return { drafts: outcome, findings: [] };
  const o = outcome as Exclude<AgendaItemsOutcome, readonly AgendaItemDraft[]>;
  return { drafts: o.items, findings: o.findings ?? [] };
}

/**
 * 事例1件から予定表の項目を作る（{@link streamAgenda} の1件分）。例外は投げない。
 *
 * @example
 * ```ts
 * const env = parseAgendaContext({ referenceDate: '2025-07-01' });
 * if (env.ok) agendaCase(agenda, { caseRef: 'K-001', input }, 0, env.value).items.length;
 * ```
 */
export function agendaCase<C>(
  agenda: Agenda<C>,
  value: unknown,
  index: number,
  env: AgendaEnv,
): AgendaCaseOutcome {
  const read = readCase(value);
  if ('code' in read) return invalid(index, [read]);
  const { caseRef, group } = read;
  try {
    const parsed = agenda.caseInput.parse(read.input);
    if (!parsed.ok)
      return invalid(
        index,
        parsed.findings.map((f) => ({ ...f, path: ['input', ...(f.path ?? [])] })),
        caseRef,
        group,
      );
    const { drafts, findings } = draftsOf(agenda.items(parsed.data, env));
    const items: AgendaItem[] = [];
    const beyondHorizon: AgendaItem[] = [];
    for (const d of drafts) {
      const item = toItem(caseRef, group, d, env);
      if (item.status === 'pending' && item.due !== undefined && item.due > env.horizonEnd)
        beyondHorizon.push(item);
      else items.push(item);
    }
    items.sort(compareAgendaItems);
    const failed = drafts.length === 0 && findings.some((f) => f.severity === 'error');
    return {
      index,
      caseRef,
      ...(group === undefined ? {} : { group }),
      status: failed ? 'invalid' : 'ok',
      items,
      beyondHorizon,
      findings: [...findings],
    };
  } catch {
    return invalid(index, [INTERNAL], caseRef, group);
  }
}

/**
 * 事例を1件ずつ読み、予定表の項目を事例ごとに返す生成器。事例を溜めないので、10万件でもメモリは一定。
 * 読めない事例は `status: 'invalid'` と指摘を返し、次の事例に進む。例外は投げない（`cases` の反復が投げたときは
 * 指摘を1件返して終わる）。文脈（`{ referenceDate, horizonDays?, parameters? }`）は {@link parseAgendaContext} で読み、
 * 不正なら `index: -1` の `invalid` を1件だけ返す。
 *
 * @example
 * ```ts
 * for (const c of streamAgenda(agenda, readJsonLines(file), { referenceDate: '2025-07-01' })) write(c.items);
 * ```
 */
export function* streamAgenda<C>(
  agenda: Agenda<C>,
  cases: Iterable<unknown>,
  context: unknown,
): Generator<AgendaCaseOutcome, void, undefined> {
  const parsed = parseAgendaContext(context);
  if (!parsed.ok) {
    yield invalid(-1, [parsed.error]);
    return;
  }
  const env = parsed.value;
  let index = 0;
  let iterator: Iterator<unknown>;
  try {
    iterator = cases[Symbol.iterator]();
  } catch {
    yield invalid(0, [unreadableCaseload()]);
    return;
  }
  for (;;) {
    let next: IteratorResult<unknown>;
    try {
      next = iterator.next();
    } catch {
      yield invalid(index, [unreadableCaseload()]);
      return;
    }
    if (next.done === true) return;
    yield agendaCase(agenda, next.value, index, env);
    index++;
  }
}

function unreadableCaseload(): Finding {
  return {
    code: 'agenda.caseload.unreadable',
    severity: 'error',
    message: '事例一覧を最後まで読み取れませんでした。',
    path: [],
  };
}
