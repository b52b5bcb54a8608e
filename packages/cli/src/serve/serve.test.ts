// `kaigo serve` over real HTTP: the server is started on an ephemeral loopback port and spoken to with fetch and
// node:http (for streaming and slow bodies). Results must be exactly what the SDK returns.
import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { Validator } from '@seriousme/openapi-schema-validator';
import { validateFast } from '@kaigo/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preventionPlanFixtures } from '../../../forms/test/fixtures/preventionForms.fixtures';
import { allCities, defaultRegistry, publishedJsonSchema, sdkForms } from '../registry';
import { startServer } from './server';
import type { RunningServer } from './server';

const MARKER = '架空花子_MARKER_1234567890';
const JAPANESE = /[぀-ヿ一-鿿]/;

const answers = Object.fromEntries(
  Array.from({ length: 25 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`)
    .filter((q) => q !== 'q12')
    .map((q) => [q, 'no']),
);
const checklist = (name: string): Record<string, unknown> => ({
  recordedDate: '2025-04-10',
  name,
  answers,
});

const rules = allCities().flatMap((c) => c.rules);
const parameters = [
  ...new Map(
    allCities()
      .flatMap((c) => [...c.parameters, ...c.rules.flatMap((r) => r.parameters ?? [])])
      .map((p) => [p.id, p] as const),
  ).values(),
];

let server: RunningServer;
const logs: string[] = [];

beforeAll(async () => {
  server = await startServer({ port: 0, log: (line) => logs.push(line) });
});
afterAll(async () => {
  await server.close();
});

const post = (
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function expectError(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(JAPANESE);
}

/** A raw HTTP request whose body is written by `write` (for streaming, slow and partial bodies). */
function rawRequest(
  url: string,
  path: string,
  headers: Record<string, string>,
): { req: ReturnType<typeof httpRequest>; response: Promise<IncomingMessage> } {
  const { hostname, port } = new URL(url);
  let req!: ReturnType<typeof httpRequest>;
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    req = httpRequest({ hostname, port, path, method: 'POST', headers }, resolve);
    req.on('error', reject);
  });
  return { req, response };
}

const readAll = async (res: IncomingMessage): Promise<string> => {
  let text = '';
  for await (const chunk of res) text += String(chunk);
  return text;
};

describe('kaigo serve: endpoints', () => {
  it('GET /health', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /openapi.json is a valid OpenAPI 3.1 document generated from every form and rule', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const form of sdkForms()) {
      expect(doc.components.schemas[`Form.${form.id}`]).toEqual(
        publishedJsonSchema(form, 'draft-2020-12'),
      );
      expect(doc.paths[`/forms/${form.id}/validate`]).toBeDefined();
    }
    for (const rule of rules) {
      expect(doc.paths[`/rules/${rule.id}/evaluate`]).toBeDefined();
      expect(doc.components.schemas[`RuleInput.${rule.id}`]).toHaveProperty('$schema');
    }
  });

  it('GET /forms and GET /forms/{formId}/schema (the published files)', async () => {
    const list = (await (await fetch(`${server.url}/forms`)).json()) as { id: string }[];
    expect(list.map((f) => f.id)).toEqual(sdkForms().map((f) => f.id));
    for (const form of sdkForms()) {
      const res = await fetch(`${server.url}/forms/${form.id}/schema`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(publishedJsonSchema(form, 'draft-2020-12'));
    }
  });

  it('POST /forms/{formId}/validate: the SDK result, valid and invalid', async () => {
    const form = sdkForms().find((f) => f.id === 'national.basicChecklist')!;
    for (const input of [
      checklist('架空 花子'),
      { ...checklist('架空 花子'), answers: { q01: 'maybe' } },
    ]) {
      const res = await post(`/forms/${form.id}/validate`, input);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(JSON.parse(JSON.stringify(validateFast(form, input))));
    }
  });

  it('POST /forms/{formId}/validate with application/x-ndjson: one result line per input line', async () => {
    const lines = [
      JSON.stringify(checklist('架空 一郎')),
      '',
      '{"recordedDate": 1}',
      'not json',
      JSON.stringify(checklist('架空 二郎')),
    ];
    const res = await post('/forms/national.basicChecklist/validate', `${lines.join('\n')}\n`, {
      'content-type': 'application/x-ndjson',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const out = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; ok?: boolean; error?: { code: string } });
    expect(out.map((o) => o.line)).toEqual([1, 3, 4, 5]);
    expect(out.map((o) => o.ok ?? o.error?.code)).toEqual([true, false, 'input.notJson', true]);
  });

  it('ndjson results are streamed back while the request is still being sent', async () => {
    const { req, response } = rawRequest(server.url, '/forms/national.basicChecklist/validate', {
      'content-type': 'application/x-ndjson',
    });
    req.write(`${JSON.stringify(checklist('架空 三郎'))}\n`);
    const res = await response;
    const first = await new Promise<string>((resolve) =>
      res.once('data', (d) => resolve(String(d))),
    );
    expect(JSON.parse(first)).toMatchObject({ line: 1, ok: true });
    req.end(`${JSON.stringify(checklist('架空 四郎'))}\n`);
    const rest = await readAll(res);
    expect(JSON.parse(rest)).toMatchObject({ line: 2, ok: true });
  });

  it('GET /rules: every rule of every city', async () => {
    const list = (await (await fetch(`${server.url}/rules`)).json()) as {
      id: string;
      city: string;
    }[];
    expect(list.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(list.every((r) => r.id.startsWith(`${r.city}.`))).toBe(true);
  });

  it('GET /rules/{ruleId}: title, sources, dated parameters with citations, input JSON Schema, examples', async () => {
    for (const rule of rules) {
      const res = await fetch(`${server.url}/rules/${rule.id}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({
        id: rule.id,
        title: rule.title,
        sources: JSON.parse(JSON.stringify(rule.sources)),
        examples: JSON.parse(JSON.stringify(rule.examples)),
      });
      expect((body['parameters'] as { id: string }[]).map((p) => p.id)).toEqual(
        (rule.parameters ?? []).map((p) => p.id),
      );
      for (const p of body['parameters'] as { citation: unknown; values: unknown[] }[]) {
        expect(p.citation).toBeDefined();
        expect(p.values.length).toBeGreaterThan(0);
      }
      expect(body['input']).toHaveProperty('$schema');
    }
  });

  it('POST /rules/{ruleId}/evaluate: every example gives the SDK result, trace included', async () => {
    for (const rule of rules)
      for (const example of rule.examples) {
        const res = await post(`/rules/${rule.id}/evaluate`, {
          input: example.input,
          context: example.context,
        });
        expect(res.status).toBe(200);
        const body = await res.json();
        expect(body).toEqual(
          JSON.parse(JSON.stringify(rule.evaluate(example.input, example.context))),
        );
        expect(body).toHaveProperty('trace');
      }
  });

  it('evaluate with a parameter override: the decision and the trace show it', async () => {
    const res = await post('/rules/kobayashi.fee/evaluate', {
      input: { officeKind: 'kyotaku', activity: 'communityCareMeeting', date: '2025-07-15' },
      context: {
        referenceDate: '2025-07-15',
        parameters: {
          'kobayashi.fees': {
            serviceProvider: { preAssessment: 3000, postAssessment: 7000 },
            careManagement: {
              preAssessment: 3000,
              postAssessment: 7000,
              assessmentSupport: 2500,
              shortTermIntensive: 2500,
              communityCareMeeting: 6000,
            },
          },
        },
      },
    });
    const body = (await res.json()) as {
      decision: { amount: number };
      trace: { kind: string; origin?: string }[];
    };
    expect(body.decision.amount).toBe(6000);
    expect(body.trace.find((s) => s.kind === 'parameter')?.origin).not.toBe('encoded');
  });

  it('GET /parameters and GET /parameters/{id}: values history and citation', async () => {
    const list = (await (await fetch(`${server.url}/parameters`)).json()) as { id: string }[];
    expect(new Set(list.map((p) => p.id))).toEqual(new Set(parameters.map((p) => p.id)));
    for (const p of parameters) {
      const body = (await (await fetch(`${server.url}/parameters/${p.id}`)).json()) as Record<
        string,
        unknown
      >;
      expect(body).toMatchObject({
        id: p.id,
        description: p.description,
        citation: JSON.parse(JSON.stringify(p.citation)),
        values: JSON.parse(JSON.stringify(p.values)),
      });
    }
  });

  it('POST /csv/write (rows, base64 and raw bytes) and POST /csv/read round trip', async () => {
    const fileName = 'DLTYOBO_0300000100_46_0300000005_A1_20250405100000.CSV';
    const request = {
      layout: 'DLTYOBO',
      fileName,
      records: [
        {
          csvVersion: '202407',
          insurerNumber: '039999',
          insuredNumber: '0000000001',
          planDate: '2025-04-01',
        },
      ],
    };
    const json = (await (await post('/csv/write', request)).json()) as {
      ok: boolean;
      files: { fileName: string; base64: string; size: number }[];
    };
    expect(json.ok).toBe(true);
    const bytes = Buffer.from(json.files[0]!.base64, 'base64');
    expect(bytes.toString('latin1')).toBe('202407,039999,0000000001,20250401\r\n');
    const raw = await post('/csv/write', request, { accept: 'text/csv' });
    expect(raw.headers.get('content-disposition')).toContain(fileName);
    expect(Buffer.from(await raw.arrayBuffer())).toEqual(bytes);
    const read = await fetch(`${server.url}/csv/read?fileName=${fileName}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    const r = (await read.json()) as {
      csv: { ok: boolean; layout: string; rows: { record: unknown }[] };
    };
    expect(r.csv).toMatchObject({ ok: true, layout: 'DLTYOBO' });
    expect(r.csv.rows[0]?.record).toEqual(request.records[0]);
  });

  it('POST /csv/write a form (main file and 別表) and read the main file back as forms', async () => {
    const plan = preventionPlanFixtures.valid[0]!.input;
    const w = (await (
      await post('/csv/write', {
        form: 'national.preventionPlan',
        forms: [plan],
        header: {
          sender: { officeNumber: '0300000100', serviceType: '46' },
          receiver: { officeNumber: '0300000005', serviceType: 'A1' },
          timestamp: '20250405100000',
        },
      })
    ).json()) as { ok: boolean; files: { fileName: string; base64: string }[] };
    expect(w.ok).toBe(true);
    expect(w.files.length).toBeGreaterThanOrEqual(1);
    const main = w.files[0]!;
    const r = (await (
      await fetch(`${server.url}/csv/read`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'x-file-name': main.fileName },
        body: Buffer.from(main.base64, 'base64'),
      })
    ).json()) as { csv: { ok: boolean }; forms: { forms: unknown[] } };
    expect(r.csv.ok).toBe(true);
    expect(r.forms.forms).toHaveLength(1);
    const raw = await post(
      '/csv/write',
      { form: 'national.preventionPlan', forms: [plan], header: {} },
      { accept: 'text/csv' },
    );
    expect(raw.status).toBe(422);
  });
});

describe('kaigo serve: errors are 4xx with { error: { code, message } }', () => {
  it('bad JSON, wrong content type, wrong body shape', async () => {
    await expectError(
      await post('/forms/national.basicChecklist/validate', '{"a":'),
      400,
      'input.notJson',
    );
    await expectError(
      await post('/forms/national.basicChecklist/validate', ''),
      400,
      'input.empty',
    );
    await expectError(
      await post('/forms/national.basicChecklist/validate', '{}', { 'content-type': 'text/plain' }),
      415,
      'content.type',
    );
    await expectError(
      await post('/rules/kobayashi.fee/evaluate', { inptu: {} }),
      400,
      'body.shape',
    );
    await expectError(await post('/rules/kobayashi.fee/evaluate', [1]), 400, 'body.shape');
    await expectError(await post('/csv/write', { nothing: true }), 400, 'body.shape');
    await expectError(
      await fetch(`${server.url}/csv/read`, { method: 'POST', body: 'x' }),
      415,
      'content.type',
    );
    const bin = await fetch(`${server.url}/forms/national.basicChecklist/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from([0xff, 0xfe, 0x7b, 0x00]),
    });
    await expectError(bin, 400, 'input.encoding.utf16');
  });

  it('unknown ids and routes are 404', async () => {
    await expectError(
      await fetch(`${server.url}/forms/national.nothing/schema`),
      404,
      'form.notFound',
    );
    await expectError(await post('/forms/nothing/validate', {}), 404, 'form.notFound');
    await expectError(await fetch(`${server.url}/rules/kobayashi.nothing`), 404, 'rule.notFound');
    await expectError(await post('/rules/nothing/evaluate', { input: {} }), 404, 'rule.notFound');
    await expectError(await fetch(`${server.url}/parameters/nothing`), 404, 'parameter.notFound');
    await expectError(await fetch(`${server.url}/nothing`), 404, 'route.notFound');
    await expectError(
      await post('/csv/write', { form: 'national.basicChecklist', forms: [] }),
      404,
      'csv.form.unsupported',
    );
  });

  it('a data error is never a 500: hostile rule inputs and contexts', async () => {
    for (const rule of rules)
      for (const body of [
        { input: null, context: null },
        { input: [], context: { referenceDate: 'x' } },
        {
          input: { [MARKER]: MARKER },
          context: {
            referenceDate: '2025-07-15',
            parameters: { [rule.parameters?.[0]?.id ?? 'x.y']: MARKER },
          },
        },
      ]) {
        const res = await post(`/rules/${rule.id}/evaluate`, body);
        expect(res.status, rule.id).toBe(200);
      }
  });
});

describe('kaigo serve: limits', () => {
  let small: RunningServer;
  beforeAll(async () => {
    small = await startServer({
      port: 0,
      limits: { jsonBodyBytes: 1024, streamBodyBytes: 4096, timeoutMs: 800, maxConcurrent: 1 },
      log: () => undefined,
    });
  });
  afterAll(() => small.close());

  it('a JSON body over the limit is 413 (declared or streamed)', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(2000) });
    await expectError(
      await fetch(`${small.url}/forms/national.basicChecklist/validate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      }),
      413,
      'body.tooLarge',
    );
    // Chunked (no Content-Length): refused while reading.
    const { req, response } = rawRequest(small.url, '/forms/national.basicChecklist/validate', {
      'content-type': 'application/json',
    });
    req.end(big);
    const res = await response;
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(await readAll(res))).toMatchObject({ error: { code: 'body.tooLarge' } });
  });

  it('an ndjson body: a long line is reported and skipped, the whole body is capped', async () => {
    const line = JSON.stringify(checklist('架空 花子'));
    const body = `${line}\n${'x'.repeat(1500)}\n${line}\n`;
    const out = await (
      await fetch(`${small.url}/forms/national.basicChecklist/validate`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body,
      })
    ).text();
    const parsed = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => p['line'])).toEqual([1, 2, 3]);
    expect(parsed[1]).toMatchObject({ error: { code: 'input.lineTooLong' } });
    // Over the total: the stream ends with one error line.
    const { req, response } = rawRequest(small.url, '/forms/national.basicChecklist/validate', {
      'content-type': 'application/x-ndjson',
    });
    req.end(`${line}\n`.repeat(40));
    const res = await response;
    const lines = (await readAll(res)).trim().split('\n');
    expect(JSON.parse(lines[lines.length - 1]!)).toMatchObject({
      error: { code: 'body.tooLarge' },
    });
  });

  it('a body that never finishes is cut at the time limit (408); a second request meanwhile is 503', async () => {
    const { req, response } = rawRequest(small.url, '/forms/national.basicChecklist/validate', {
      'content-type': 'application/json',
    });
    req.write('{"name":');
    await new Promise((r) => setTimeout(r, 100));
    const busy = await fetch(`${small.url}/forms`);
    await expectError(busy, 503, 'server.busy');
    expect(busy.headers.get('retry-after')).toBe('1');
    const res = await response;
    expect(res.statusCode).toBe(408);
    expect(JSON.parse(await readAll(res))).toMatchObject({ error: { code: 'request.timeout' } });
    req.destroy();
  });
});

describe('kaigo serve: bearer token', () => {
  let secured: RunningServer;
  beforeAll(async () => {
    secured = await startServer({ port: 0, token: 's3cret-token', log: () => undefined });
  });
  afterAll(() => secured.close());

  it('every route but /health needs Authorization: Bearer <token>', async () => {
    expect((await fetch(`${secured.url}/health`)).status).toBe(200);
    await expectError(await fetch(`${secured.url}/forms`), 401, 'auth.required');
    await expectError(await fetch(`${secured.url}/nothing`), 401, 'auth.required');
    await expectError(
      await fetch(`${secured.url}/forms`, { headers: { authorization: 'Bearer wrong' } }),
      401,
      'auth.required',
    );
    const ok = await fetch(`${secured.url}/forms`, {
      headers: { authorization: 'Bearer s3cret-token' },
    });
    expect(ok.status).toBe(200);
  });
});

describe('kaigo serve: logs', () => {
  it('one JSON line per request (id, method, route pattern, status, ms) and never a body, a query or a name', async () => {
    logs.length = 0;
    await post('/forms/national.basicChecklist/validate', checklist(MARKER));
    await post('/forms/national.basicChecklist/validate', `{"name":"${MARKER}"`);
    await post('/rules/kobayashi.fee/evaluate', {
      input: { name: MARKER },
      context: { referenceDate: MARKER },
    });
    await fetch(`${server.url}/csv/read?fileName=${encodeURIComponent(MARKER)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'x-file-name': encodeURIComponent(MARKER) },
      body: MARKER,
    });
    await fetch(`${server.url}/forms/${encodeURIComponent(MARKER)}/schema`);
    await new Promise((r) => setTimeout(r, 50));
    expect(logs).toHaveLength(5);
    for (const line of logs) {
      expect(line).not.toContain('MARKER');
      expect(line).not.toContain(encodeURIComponent('架空'));
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining(['id', 'method', 'route', 'status', 'ms']),
      );
    }
    expect(logs.map((l) => (JSON.parse(l) as { route: string }).route)).toEqual([
      '/forms/:formId/validate',
      '/forms/:formId/validate',
      '/rules/:ruleId/evaluate',
      '/csv/read',
      '/forms/:formId/schema',
    ]);
  });
});

// The default registry is what the bin serves; it must be the one the tests compare against.
it('the default registry has every SDK form', () => {
  expect(defaultRegistry().forms.map((f) => f.id)).toEqual(sdkForms().map((f) => f.id));
});
