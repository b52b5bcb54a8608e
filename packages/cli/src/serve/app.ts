// The routes of `kaigo serve` (Hono). Every form and every rule is served by the same few handlers.
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { runAgenda } from '@kaigo/core';
import type { RuleResult } from '@kaigo/core';
import type { FileLayout, FormFileMapping } from '@kaigo/careplan-csv';
import {
  FORM_FILE_MAPPINGS,
  layoutOf,
  readCsv,
  readForms,
  writeCsv,
  writeForms,
} from '@kaigo/careplan-csv';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import { InputError, parseJson } from '../input';
import { readLines } from '../lines';
import type { CliRegistry } from '../registry';
import {
  badInput,
  bodyChunks,
  checkDeclaredLength,
  isObject,
  readBody,
  readJson,
  requireMediaType,
} from './body';
import { buildCatalog, parameterJson } from './catalog';
import { HttpError, INTERNAL, errorBody, errorResponse } from './errors';
import { openApiDocument } from './openapi';

/** `kaigo serve` の上限。 */
export interface ServeLimits {
  /** JSON の本文1つ（と ndjson の1行）の上限バイト数（既定 8 MiB）。 */
  readonly jsonBodyBytes: number;
  /** ndjson と CSV の本文の上限バイト数（既定 32 MiB）。 */
  readonly streamBodyBytes: number;
  /** 1つの要求にかける時間の上限（ミリ秒、既定 30 秒）。 */
  readonly timeoutMs: number;
  /** 同時に処理する要求の数の上限（超えると 503、既定 16）。 */
  readonly maxConcurrent: number;
}

/** The defaults, the same as the CLI's input limits. */
export const DEFAULT_LIMITS: ServeLimits = {
  jsonBodyBytes: 8 * 1024 * 1024,
  streamBodyBytes: 32 * 1024 * 1024,
  timeoutMs: 30_000,
  maxConcurrent: 16,
};

/** One structured log line (no bodies, no query values, no personal data). */
export interface RequestLog {
  readonly time: string;
  readonly level: 'info' | 'warn' | 'error';
  readonly msg: 'request';
  readonly id: string;
  readonly method: string;
  readonly route: string | null;
  readonly status: number;
  readonly ms: number;
  readonly aborted?: true;
  readonly code?: string;
}

/** Options of {@link createApp}. */
export interface AppOptions {
  readonly registry: CliRegistry;
  readonly limits: ServeLimits;
  readonly token?: string;
  readonly version: string;
  readonly log: (entry: RequestLog) => void;
}

type Env = {
  Bindings: { outgoing?: ServerResponse; incoming?: IncomingMessage };
  Variables: { deadline: number; errorCode?: string };
};

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Constant-time comparison of the bearer token (hashes first: equal lengths, nothing learnt from timing). */
function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  return m !== null && timingSafeEqual(digest(m[1] ?? ''), digest(token));
}

const NDJSON = 'application/x-ndjson';
const encoder = new TextEncoder();

/** The route pattern that handled the request (`/forms/:formId/validate`), or null when none did. */
function routeOf(c: Context<Env>): string | null {
  const handlers = matchedRoutes(c).filter((r) => r.method !== 'ALL');
  return handlers[handlers.length - 1]?.path ?? null;
}

/** The Hono application of `kaigo serve` (routes, token, limits, logs). */
export function createApp(options: AppOptions): Hono<Env> {
  const { registry, limits, token, log } = options;
  /** The JSON body within the CLI's limit and the request's deadline. */
  const jsonBody = (c: Context<Env>): Promise<unknown> =>
    readJson(c.req.raw, limits.jsonBodyBytes, c.get('deadline'), c.env?.incoming);
  /** A JSON object body with only `keys`; anything else is a 400 `body.shape` saying what the body should be. */
  const envelope = async (
    c: Context<Env>,
    keys: readonly string[],
    shape: string,
  ): Promise<Record<string, unknown>> => {
    const body = await jsonBody(c);
    if (!isObject(body) || !Object.keys(body).every((k) => keys.includes(k)))
      throw new HttpError(400, 'body.shape', shape);
    return body;
  };
  const catalog = buildCatalog(registry);
  let openapi: string | undefined;
  let inFlight = 0;
  const app = new Hono<Env>();

  // Bounded concurrency, the per-request deadline, request id and the log line (written when the response is done).
  app.use('*', async (c, next) => {
    const started = performance.now();
    const id = randomUUID();
    c.set('deadline', Date.now() + limits.timeoutMs);
    const outgoing = c.env?.outgoing;
    let route: string | null = null;
    let logged = false;
    const finish = (status: number, aborted: boolean): void => {
      if (logged) return;
      logged = true;
      inFlight -= 1;
      const code = c.get('errorCode');
      log({
        time: new Date().toISOString(),
        level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
        msg: 'request',
        id,
        method: c.req.method,
        route,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(aborted ? { aborted: true as const } : {}),
        ...(code === undefined ? {} : { code }),
      });
    };
    inFlight += 1;
    // A stuck response (a client that never reads) is cut a little after the deadline.
    const hard = setTimeout(() => outgoing?.destroy(), limits.timeoutMs + 5_000);
    hard.unref();
    outgoing?.once('close', () => {
      clearTimeout(hard);
      finish(outgoing.statusCode, !outgoing.writableFinished);
    });
    if (inFlight > limits.maxConcurrent) {
      c.set('errorCode', 'server.busy');
      c.res = errorResponse(
        new HttpError(
          503,
          'server.busy',
          '同時に処理できる要求の数の上限に達しました。少し待ってから再試行してください。',
          { 'retry-after': '1' },
        ),
      );
    } else {
      await next();
      route = routeOf(c);
    }
    c.res.headers.set('x-request-id', id);
    if (!outgoing) {
      clearTimeout(hard);
      finish(c.res.status, false);
    }
  });

  app.use('*', async (c, next) => {
    if (token === undefined || c.req.path === '/health') return next();
    if (!tokenMatches(c.req.header('authorization'), token))
      throw new HttpError(
        401,
        'auth.required',
        'Authorization: Bearer <トークン> が必要です（トークンがないか、違います）。',
        { 'www-authenticate': 'Bearer' },
      );
    return next();
  });

  app.onError((error, c) => {
    const http = error instanceof HttpError ? error : INTERNAL();
    c.set('errorCode', http.code);
    return errorResponse(http);
  });
  app.notFound((c) => {
    c.set('errorCode', 'route.notFound');
    return c.json(
      errorBody(
        'route.notFound',
        'そのパスはありません。GET /openapi.json で一覧を確認してください。',
      ),
      404,
    );
  });

  const findForm = (id: string) => {
    const form = catalog.forms.get(id);
    if (!form)
      throw new HttpError(
        404,
        'form.notFound',
        '様式 id が見つかりません。GET /forms で一覧を確認してください。',
      );
    return form;
  };
  const findRule = (id: string) => {
    const rule = catalog.rules.get(id);
    if (!rule)
      throw new HttpError(
        404,
        'rule.notFound',
        'ルール id が見つかりません。GET /rules で一覧を確認してください。',
      );
    return rule;
  };

  app.get('/health', (c) => c.json({ ok: true, version: options.version }));

  app.get('/openapi.json', (c) => {
    openapi ??= JSON.stringify(openApiDocument(catalog, options.version));
    return c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8' });
  });

  app.get('/forms', (c) =>
    c.json(
      registry.forms.map((f) => ({
        id: f.id,
        title: f.title,
        typeName: f.typeName,
        version: f.version,
        modelled: f.modelled,
        ...(f.city === undefined ? {} : { city: f.city }),
      })),
    ),
  );

  app.get('/forms/:formId/schema', (c) => {
    const form = findForm(c.req.param('formId'));
    let schema: unknown;
    try {
      schema = catalog.formSchema(form);
    } catch {
      throw new HttpError(
        500,
        'schema.notFound',
        'この様式の JSON Schema ファイルが見つかりません（パッケージのビルドを確認してください）。',
      );
    }
    return c.json(schema as object, 200, {
      'content-type': 'application/schema+json; charset=utf-8',
    });
  });

  app.post('/forms/:formId/validate', async (c) => {
    const form = findForm(c.req.param('formId'));
    const type = requireMediaType(c.req.raw, ['application/json', NDJSON]);
    if (type !== NDJSON) {
      const value = await jsonBody(c);
      return c.json(registry.validate(form, value));
    }
    checkDeclaredLength(c.req.raw, limits.streamBodyBytes);
    const lines = readLines(
      bodyChunks(c.req.raw, limits.streamBodyBytes, c.get('deadline'), c.env?.incoming),
      {
        maxLineBytes: limits.jsonBodyBytes,
        maxSkipBytes: limits.streamBodyBytes,
      },
    )[Symbol.asyncIterator]();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        let out = '';
        try {
          while (out.length < 16_384) {
            const next = await lines.next();
            if (next.done) break;
            const line = next.value;
            if ('error' in line) {
              out += `${JSON.stringify({ line: line.lineNo, ...errorBody(line.error.code, line.error.message) })}\n`;
              continue;
            }
            if (line.text.trim() === '') continue;
            let value: unknown;
            try {
              value = parseJson(line.text);
            } catch (error) {
              const bad = badInput(error);
              out += `${JSON.stringify({ line: line.lineNo, ...errorBody(bad.code, bad.message) })}\n`;
              continue;
            }
            out += `${JSON.stringify({ line: line.lineNo, ...registry.validate(form, value) })}\n`;
            // Hand the results over as they come: the client reads while it is still sending.
            if (out.length > 0) break;
          }
          if (out === '') {
            controller.close();
            return;
          }
        } catch (error) {
          // The input stops here (too large, a line that never ends, timeout): one last line says why.
          const stop = badInput(error);
          const lineNo = error instanceof InputError ? error.line : undefined;
          out += `${JSON.stringify({ ...(lineNo === undefined ? {} : { line: lineNo }), ...errorBody(stop.code, stop.message) })}\n`;
          controller.enqueue(encoder.encode(out));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(out));
      },
      async cancel() {
        await lines.return?.(undefined);
      },
    });
    return c.body(body, 200, { 'content-type': `${NDJSON}; charset=utf-8` });
  });

  app.get('/rules', (c) =>
    c.json(
      [...catalog.rules.values()].map(({ rule, city, cityName }) => ({
        id: rule.id,
        title: rule.title,
        city,
        cityName,
        sources: rule.sources,
      })),
    ),
  );

  app.get('/rules/:ruleId', (c) => {
    const { rule, city, cityName } = findRule(c.req.param('ruleId'));
    const input = catalog.ruleInputSchema(rule);
    return c.json({
      id: rule.id,
      title: rule.title,
      ...(rule.description === undefined ? {} : { description: rule.description }),
      city,
      cityName,
      sources: rule.sources,
      parameters: (rule.parameters ?? []).map((p) => parameterJson(p)),
      ...(input === undefined ? {} : { input }),
      examples: rule.examples,
    });
  });

  app.post('/rules/:ruleId/evaluate', async (c) => {
    const { rule } = findRule(c.req.param('ruleId'));
    const body = await envelope(
      c,
      ['input', 'context'],
      '本文は { "input": …, "context": { "referenceDate": "YYYY-MM-DD", "parameters": {…} } } の形にしてください。',
    );
    let result: RuleResult<unknown>;
    try {
      result = rule.evaluate(body['input'], body['context']);
    } catch {
      throw new HttpError(
        500,
        'rule.threw',
        'ルールの実行中に例外が発生しました（SDK の不具合です）。',
      );
    }
    return c.json(result);
  });

  // The agenda of a city: { cases: [{ caseRef, group?, input }], context: { referenceDate, horizonDays?, parameters? } }
  // → runAgenda's result (items by due date, per-case reports, summary by status, rule and group).
  app.post('/cities/:cityId/agenda', async (c) => {
    const found = catalog.agendas.get(c.req.param('cityId'));
    if (!found)
      throw new HttpError(
        404,
        'agenda.notFound',
        'その市の事例一覧の期限（agenda）はありません（GET /openapi.json に一覧）。',
      );
    const body = await envelope(
      c,
      ['cases', 'context'],
      '本文は { "cases": [{ "caseRef": "…", "input": { … } }], "context": { "referenceDate": "YYYY-MM-DD" } } の形にしてください。',
    );
    const result = runAgenda(found.agenda, body['cases'], body['context']);
    const problem = result.findings[0];
    if (problem) throw new HttpError(400, problem.code, problem.message);
    return c.json(result);
  });

  app.get('/parameters', (c) =>
    c.json([...catalog.parameters.values()].map((p) => parameterJson(p.parameter, p.city))),
  );

  app.get('/parameters/:parameterId', (c) => {
    const found = catalog.parameters.get(c.req.param('parameterId'));
    if (!found)
      throw new HttpError(
        404,
        'parameter.notFound',
        'パラメータ id が見つかりません。GET /parameters で一覧を確認してください。',
      );
    return c.json(parameterJson(found.parameter, found.city));
  });

  app.post('/csv/read', async (c) => {
    requireMediaType(c.req.raw, ['application/octet-stream', 'text/csv']);
    const fileName = c.req.query('fileName') ?? c.req.header('x-file-name');
    const bytes = await readBody(
      c.req.raw,
      limits.streamBodyBytes,
      c.get('deadline'),
      c.env?.incoming,
    );
    const { layout, ...csv } = readCsv(bytes, fileName === undefined ? {} : { fileName });
    const mapping =
      layout && fileName !== undefined
        ? FORM_FILE_MAPPINGS.find((m) => m.layouts.includes(layout))
        : undefined;
    const forms = mapping
      ? readForms(mapping, [{ fileName: fileName as string, bytes }])
      : undefined;
    return c.json({
      csv: { ...(layout ? { layout: layout.prefix } : {}), ...csv },
      ...(forms ? { forms } : {}),
    });
  });

  app.post('/csv/write', async (c) => {
    const body = await jsonBody(c);
    const shape = new HttpError(
      400,
      'body.shape',
      '本文は { "form": 様式id, "forms": [...], "header": {...} } か { "layout": ファイルID, "records": [...], "fileName"?: ... } の形にしてください。',
    );
    if (!isObject(body)) throw shape;
    const options =
      body['substitutions'] === undefined
        ? undefined
        : { substitutions: body['substitutions'] as Record<string, string> };
    let result: { ok: boolean; issues: readonly unknown[] };
    let files: { fileName?: string; bytes: Uint8Array }[] = [];
    if (typeof body['form'] === 'string' && Array.isArray(body['forms'])) {
      const mapping: FormFileMapping | undefined = FORM_FILE_MAPPINGS.find(
        (m) => m.form.id === body['form'],
      );
      if (!mapping)
        throw new HttpError(
          404,
          'csv.form.unsupported',
          'この様式は CSV（ケアプランデータ連携標準仕様 V4）に対応していません。',
        );
      const w = writeForms(mapping, body['forms'] as unknown[], body['header'] as never, options);
      result = w;
      if (w.ok) files = w.files.map((f) => ({ fileName: f.fileName, bytes: f.bytes }));
    } else if (typeof body['layout'] === 'string' && Array.isArray(body['records'])) {
      const layout: FileLayout | undefined = layoutOf(body['layout']);
      if (!layout)
        throw new HttpError(
          404,
          'csv.layout.notFound',
          'ファイルの ID（レイアウト）が見つかりません。',
        );
      const fileName = typeof body['fileName'] === 'string' ? body['fileName'] : undefined;
      const w = writeCsv(layout, body['records'] as unknown[], {
        ...(fileName === undefined ? {} : { fileName }),
        ...options,
      });
      result = w;
      if (w.ok) files = [{ ...(fileName === undefined ? {} : { fileName }), bytes: w.bytes }];
    } else throw shape;

    const raw = /\btext\/csv\b/i.test(c.req.header('accept') ?? '');
    if (raw) {
      if (!result.ok) return c.json({ ok: false, issues: result.issues }, 422);
      const [file] = files;
      if (files.length !== 1 || !file)
        throw new HttpError(
          406,
          'csv.notSingleFile',
          'ファイルが2つ以上（主ファイルと別表）になるので、Accept: text/csv では返せません。JSON（base64）で受け取ってください。',
        );
      return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'text/csv; charset=Shift_JIS',
        ...(file.fileName === undefined
          ? {}
          : {
              'content-disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`,
            }),
      });
    }
    return c.json({
      ok: result.ok,
      ...(result.ok
        ? {
            files: files.map((f) => ({
              ...(f.fileName === undefined ? {} : { fileName: f.fileName }),
              size: f.bytes.byteLength,
              base64: Buffer.from(f.bytes).toString('base64'),
            })),
          }
        : {}),
      issues: result.issues,
    });
  });

  return app;
}
