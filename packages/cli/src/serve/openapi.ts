// The OpenAPI 3.1 document, generated from the registry: every form's request body is its published JSON Schema,
// every rule's input is the JSON Schema of its zod schema. Only the envelopes (errors, results) are written here.
import type { Catalog } from './catalog';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description: string): Json => ({
  description,
  content: { 'application/json': { schema } },
});
const errorResponses = (...statuses: number[]): Json =>
  Object.fromEntries(
    statuses.map((s) => [String(s), json(ref('Error'), ERROR_TEXT[s] ?? 'エラー')] as const),
  );

const ERROR_TEXT: Record<number, string> = {
  400: '本文が JSON でない・形が違う',
  401: 'トークンがない・違う（KAIGO_SERVE_TOKEN を設定したとき）',
  404: 'id が見つからない',
  408: '時間の上限を超えた',
  413: '本文が大きすぎる',
  415: 'Content-Type が違う',
  503: '同時に処理できる要求の上限に達した（Retry-After のあとで再試行）',
};
const COMMON = [401, 503];

/** Path segment names: ids contain dots, never slashes. */
const idParam = (name: string, description: string, ids: readonly string[]): Json => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', enum: [...ids] },
});

const ENVELOPES: Json = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', description: '英語の安定したコード（body.tooLarge など）' },
          message: { type: 'string', description: '日本語のメッセージ（入力の値を含まない）' },
        },
      },
    },
  },
  ValidationIssue: {
    type: 'object',
    required: ['code', 'message', 'path'],
    properties: {
      code: { type: 'string' },
      message: { type: 'string' },
      path: { type: 'array', items: { type: ['string', 'integer'] } },
      label: { type: 'string' },
    },
  },
  ValidationResult: {
    description: '@kaigo/forms の validate の結果そのもの（ok のとき data に検証済みの値）',
    type: 'object',
    required: ['ok', 'issues'],
    properties: {
      ok: { type: 'boolean' },
      data: {},
      issues: { type: 'array', items: ref('ValidationIssue') },
    },
  },
  Citation: {
    type: 'object',
    required: ['document'],
    properties: {
      document: { type: 'string' },
      section: { type: 'string' },
      quote: { type: 'string' },
    },
  },
  RuleContext: {
    type: 'object',
    required: ['referenceDate'],
    properties: {
      referenceDate: { type: 'string', description: '基準日（YYYY-MM-DD または和暦）' },
      parameters: {
        type: 'object',
        description:
          'パラメータの上書き（id → 値、または { values: [{ from, value }] }）。what-if に使う',
        additionalProperties: true,
      },
    },
  },
  RuleResult: {
    description: 'ルールの結果そのもの（@kaigo/core の RuleResult。trace は判定の道筋）',
    type: 'object',
    required: ['rule', 'status', 'findings', 'missing', 'parameters', 'sources'],
    properties: {
      rule: { type: 'string' },
      status: { type: 'string', enum: ['decided', 'undetermined', 'invalid'] },
      decision: {},
      findings: { type: 'array', items: { type: 'object' } },
      missing: { type: 'array', items: { type: 'object' } },
      parameters: { type: 'array', items: { type: 'object' } },
      sources: { type: 'array', items: ref('Citation') },
      trace: { type: 'array', items: { type: 'object' } },
    },
  },
  AgendaContext: {
    type: 'object',
    required: ['referenceDate'],
    properties: {
      referenceDate: { type: 'string', description: '基準日（YYYY-MM-DD または和暦）' },
      horizonDays: {
        type: 'integer',
        minimum: 0,
        maximum: 3660,
        description: '見通し期間の日数（既定 14）。この日数の内の未済の期限は dueSoon',
      },
      parameters: {
        type: 'object',
        description: 'パラメータの上書き（予定表が使うすべてのルールに効く）',
        additionalProperties: true,
      },
    },
  },
  AgendaItem: {
    type: 'object',
    required: ['caseRef', 'ruleId', 'itemId', 'what', 'status', 'citation', 'missing'],
    properties: {
      caseRef: { type: 'string' },
      group: { type: 'string' },
      ruleId: { type: 'string' },
      itemId: { type: 'string' },
      what: { type: 'string', description: '何をするか（日本語）' },
      due: { type: 'string', format: 'date' },
      opensOn: { type: 'string', format: 'date' },
      status: { type: 'string', enum: ['overdue', 'dueSoon', 'pending', 'met', 'unknown'] },
      late: { type: 'boolean' },
      citation: ref('Citation'),
      missing: { type: 'array', items: { type: 'string' } },
    },
  },
  AgendaResult: {
    description: '@kaigo/core の runAgenda の結果そのもの（項目は期限の順）',
    type: 'object',
    required: ['agenda', 'groupLabel', 'findings', 'items', 'cases', 'summary'],
    properties: {
      agenda: { type: 'string' },
      groupLabel: { type: 'string' },
      findings: { type: 'array', items: { type: 'object' } },
      items: { type: 'array', items: ref('AgendaItem') },
      cases: { type: 'array', items: { type: 'object' } },
      summary: { type: 'object' },
    },
  },
  Parameter: {
    type: 'object',
    required: ['id', 'description', 'citation', 'values'],
    properties: {
      id: { type: 'string' },
      city: { type: 'string' },
      description: { type: 'string' },
      unit: { type: 'string' },
      citation: ref('Citation'),
      values: {
        type: 'array',
        items: {
          type: 'object',
          required: ['from', 'value'],
          properties: {
            from: { type: 'string', format: 'date' },
            value: {},
            citation: ref('Citation'),
          },
        },
      },
      until: { type: 'string', format: 'date' },
      reading: { type: 'string' },
    },
  },
  RuleSummary: {
    type: 'object',
    required: ['id', 'title', 'city', 'sources'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      city: { type: 'string' },
      cityName: { type: 'string' },
      sources: { type: 'array', items: ref('Citation') },
    },
  },
  RuleDetail: {
    type: 'object',
    required: ['id', 'title', 'city', 'sources', 'parameters', 'examples'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      city: { type: 'string' },
      cityName: { type: 'string' },
      sources: { type: 'array', items: ref('Citation') },
      parameters: { type: 'array', items: ref('Parameter') },
      input: { description: '入力の JSON Schema（draft 2020-12）' },
      examples: { type: 'array', items: { type: 'object' } },
    },
  },
  FormSummary: {
    type: 'object',
    required: ['id', 'title', 'typeName', 'version', 'modelled'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      typeName: { type: 'string' },
      version: { type: 'string' },
      modelled: { type: 'boolean' },
      city: { type: 'string' },
    },
  },
  CsvFile: {
    type: 'object',
    required: ['fileName', 'size', 'base64'],
    properties: {
      fileName: { type: 'string' },
      size: { type: 'integer', description: 'バイト数' },
      base64: { type: 'string', contentEncoding: 'base64', description: 'MS932 のバイト列' },
    },
  },
  CsvWriteResult: {
    type: 'object',
    required: ['ok', 'issues'],
    properties: {
      ok: { type: 'boolean' },
      files: { type: 'array', items: ref('CsvFile') },
      issues: { type: 'array', items: { type: 'object' } },
    },
  },
  CsvReadResult: {
    type: 'object',
    required: ['csv'],
    properties: {
      csv: { type: 'object', description: 'readCsv の結果（layout はファイルの ID）' },
      forms: { type: 'object', description: '主ファイルなら readForms の結果' },
    },
  },
};

/** Component name of a form's schema and of a rule's input schema (ids are `[a-z.]` words). */
export const formSchemaName = (id: string): string => `Form.${id}`;
export const ruleInputName = (id: string): string => `RuleInput.${id}`;
/** Component name of one case's input of a city's agenda. */
export const agendaCaseName = (city: string): string => `AgendaCaseInput.${city}`;

/** The request body of an agenda: the cases (caseRef, group, input) and the context. */
const agendaBody = (input: Json): Json => ({
  type: 'object',
  required: ['cases', 'context'],
  properties: {
    cases: {
      type: 'array',
      items: {
        type: 'object',
        required: ['caseRef', 'input'],
        properties: {
          caseRef: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            description: '不透明な参照（氏名・番号を入れない）',
          },
          group: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            description: '事業所・ささえりあ・介護支援専門員など',
          },
          input,
        },
      },
    },
    context: ref('AgendaContext'),
  },
});

function withId(schema: unknown, id: string): Json {
  const s = { ...(schema as Json) };
  // Relative references (`#/$defs/…`) must resolve inside the schema, not the OpenAPI document.
  s['$id'] ??= `https://kaigo-sdk.invalid/rules/${id}.input.schema.json`;
  return s;
}

/** Builds the OpenAPI 3.1 document of the server (generated from the catalog). */
export function openApiDocument(catalog: Catalog, version: string): Json {
  const formIds = [...catalog.forms.keys()];
  const ruleIds = [...catalog.rules.keys()];
  const parameterIds = [...catalog.parameters.keys()];
  const agendaCities = [...catalog.agendas.keys()];
  const schemas: Json = { ...ENVELOPES };
  for (const form of catalog.forms.values())
    schemas[formSchemaName(form.id)] = catalog.formSchema(form) as Json;
  for (const { rule } of catalog.rules.values()) {
    const input = catalog.ruleInputSchema(rule);
    schemas[ruleInputName(rule.id)] = input === undefined ? {} : withId(input, rule.id);
  }
  for (const { agenda, city } of catalog.agendas.values()) {
    const input = catalog.agendaCaseSchema(agenda);
    schemas[agendaCaseName(city)] = input === undefined ? {} : withId(input, agenda.id);
  }

  const paths: Json = {
    '/health': {
      get: {
        operationId: 'health',
        summary: '稼働確認（トークン不要）',
        security: [],
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['ok'],
              properties: { ok: { const: true }, version: { type: 'string' } },
            },
            '稼働中',
          ),
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'この OpenAPI 3.1 文書',
        responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1'), ...errorResponses(...COMMON) },
      },
    },
    '/forms': {
      get: {
        operationId: 'listForms',
        summary: '様式の一覧',
        responses: {
          '200': json({ type: 'array', items: ref('FormSummary') }, '様式'),
          ...errorResponses(...COMMON),
        },
      },
    },
    '/forms/{formId}/schema': {
      get: {
        operationId: 'formSchema',
        summary: '様式の JSON Schema（draft 2020-12、公開しているファイルそのもの）',
        parameters: [idParam('formId', '様式 id', formIds)],
        responses: {
          '200': json({ type: 'object' }, 'JSON Schema'),
          ...errorResponses(404, ...COMMON),
        },
      },
    },
    '/forms/{formId}/validate': {
      post: {
        operationId: 'validateForm',
        summary:
          '様式で検証（application/json で1件、application/x-ndjson で1行1件を逐次処理し1行1結果で返す）',
        parameters: [idParam('formId', '様式 id', formIds)],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: {} },
            'application/x-ndjson': { schema: { type: 'string' } },
          },
        },
        responses: {
          '200': {
            description:
              '検証の結果（ndjson では1行に1件: { line, ok, data?, issues } または { line, error }）',
            content: {
              'application/json': { schema: ref('ValidationResult') },
              'application/x-ndjson': { schema: { type: 'string' } },
            },
          },
          ...errorResponses(400, 404, 408, 413, 415, ...COMMON),
        },
      },
    },
    '/rules': {
      get: {
        operationId: 'listRules',
        summary: 'すべての市のルール',
        responses: {
          '200': json({ type: 'array', items: ref('RuleSummary') }, 'ルール'),
          ...errorResponses(...COMMON),
        },
      },
    },
    '/rules/{ruleId}': {
      get: {
        operationId: 'getRule',
        summary: 'ルールの名称・出典・パラメータ（日付付きの値と出典）・入力の JSON Schema・例',
        parameters: [idParam('ruleId', 'ルール id（<市>.<名前>）', ruleIds)],
        responses: { '200': json(ref('RuleDetail'), 'ルール'), ...errorResponses(404, ...COMMON) },
      },
    },
    '/rules/{ruleId}/evaluate': {
      post: {
        operationId: 'evaluateRule',
        summary: 'ルールを実行（本文 { input, context }）',
        parameters: [idParam('ruleId', 'ルール id（<市>.<名前>）', ruleIds)],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['context'],
                properties: { input: {}, context: ref('RuleContext') },
              },
            },
          },
        },
        responses: {
          '200': json(ref('RuleResult'), 'ルールの結果（trace つき）'),
          ...errorResponses(400, 404, 408, 413, 415, ...COMMON),
        },
      },
    },
    '/cities/{cityId}/agenda': {
      post: {
        operationId: 'cityAgenda',
        summary:
          '事例一覧の期限（何を・どの事例で・いつまでに）。本文 { cases: [{ caseRef, group?, input }], context }',
        parameters: [idParam('cityId', '予定表のある市の id', agendaCities)],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: agendaBody({}) } },
        },
        responses: {
          '200': json(ref('AgendaResult'), '予定表（項目は期限の順、集計つき）'),
          ...errorResponses(400, 404, 408, 413, 415, ...COMMON),
        },
      },
    },
    '/parameters': {
      get: {
        operationId: 'listParameters',
        summary: 'すべてのパラメータ',
        responses: {
          '200': json({ type: 'array', items: ref('Parameter') }, 'パラメータ'),
          ...errorResponses(...COMMON),
        },
      },
    },
    '/parameters/{parameterId}': {
      get: {
        operationId: 'getParameter',
        summary: 'パラメータの値の履歴と出典',
        parameters: [idParam('parameterId', 'パラメータ id', parameterIds)],
        responses: {
          '200': json(ref('Parameter'), 'パラメータ'),
          ...errorResponses(404, ...COMMON),
        },
      },
    },
    '/csv/read': {
      post: {
        operationId: 'readCsv',
        summary: 'V4 の CSV ファイル（MS932 のバイト列そのもの）を読む',
        parameters: [
          {
            name: 'fileName',
            in: 'query',
            required: false,
            description: 'ファイル名（仕様の命名。X-File-Name ヘッダーでも可）。レイアウトを決める',
            schema: { type: 'string' },
          },
          { name: 'X-File-Name', in: 'header', required: false, schema: { type: 'string' } },
        ],
        requestBody: {
          required: true,
          content: {
            'application/octet-stream': {
              schema: { type: 'string', contentMediaType: 'application/octet-stream' },
            },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        responses: {
          '200': json(ref('CsvReadResult'), 'readCsv（と主ファイルなら readForms）の結果'),
          ...errorResponses(400, 408, 413, 415, ...COMMON),
        },
      },
    },
    '/csv/write': {
      post: {
        operationId: 'writeCsv',
        summary:
          '様式（{ form, forms, header }）または行（{ layout, records, fileName? }）を V4 の CSV にする。結果のファイルは base64',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  {
                    type: 'object',
                    required: ['form', 'forms', 'header'],
                    properties: {
                      form: {
                        type: 'string',
                        description: '様式 id（national.preventionPlan など）',
                      },
                      forms: { type: 'array' },
                      header: { type: 'object' },
                      substitutions: { type: 'object', additionalProperties: { type: 'string' } },
                    },
                  },
                  {
                    type: 'object',
                    required: ['layout', 'records'],
                    properties: {
                      layout: { type: 'string', description: 'ファイルの ID（DLTYOBO など）' },
                      records: { type: 'array' },
                      fileName: { type: 'string' },
                      substitutions: { type: 'object', additionalProperties: { type: 'string' } },
                    },
                  },
                ],
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              '既定は JSON（ファイルは base64）。Accept: text/csv でファイルが1つならそのバイト列（MS932）',
            content: {
              'application/json': { schema: ref('CsvWriteResult') },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          '422': json(ref('CsvWriteResult'), 'Accept: text/csv で、書き出せなかった（指摘つき）'),
          ...errorResponses(400, 406, 408, 413, 415, ...COMMON),
        },
      },
    },
  };

  // One typed operation per form and per rule, for code generators (same handlers as the templated paths).
  for (const form of catalog.forms.values())
    paths[`/forms/${form.id}/validate`] = {
      post: {
        operationId: `validate_${form.id.replace(/\./g, '_')}`,
        summary: `${form.title} を検証`,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref(formSchemaName(form.id)) } },
        },
        responses: {
          '200': json(ref('ValidationResult'), '検証の結果'),
          ...errorResponses(400, 408, 413, 415, ...COMMON),
        },
      },
    };
  for (const { rule } of catalog.rules.values())
    paths[`/rules/${rule.id}/evaluate`] = {
      post: {
        operationId: `evaluate_${rule.id.replace(/\./g, '_')}`,
        summary: rule.title,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['context'],
                properties: { input: ref(ruleInputName(rule.id)), context: ref('RuleContext') },
              },
            },
          },
        },
        responses: {
          '200': json(ref('RuleResult'), 'ルールの結果（trace つき）'),
          ...errorResponses(400, 408, 413, 415, ...COMMON),
        },
      },
    };

  for (const { agenda, city, cityName } of catalog.agendas.values())
    paths[`/cities/${city}/agenda`] = {
      post: {
        operationId: `agenda_${city}`,
        summary: `${cityName}: ${agenda.title}`,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: agendaBody(ref(agendaCaseName(city))) } },
        },
        responses: {
          '200': json(ref('AgendaResult'), '予定表（項目は期限の順、集計つき）'),
          ...errorResponses(400, 408, 413, 415, ...COMMON),
        },
      },
    };

  return {
    openapi: '3.1.0',
    info: {
      title: 'kaigo serve',
      version,
      description:
        '介護予防ケアマネジメントの様式の検証と市町村ルールの実行（kaigo-sdk の HTTP サービス）。エラーはすべて { error: { code, message } }。',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, {}],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'KAIGO_SERVE_TOKEN を設定して起動したときだけ必要',
        },
      },
    },
  };
}
