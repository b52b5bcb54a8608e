/**
 * 様式の JSON Schema（draft 2020-12）を実行時に取り出す入口（`@kaigo/forms/json-schema`）。
 * ビルド時に生成した JSON を返すだけで、生成器（zod からの変換）は含まない。
 * 1つの様式だけが必要なら `@kaigo/forms/schemas/<id>.schema.json` を直接読み込んでもよい。
 *
 * @packageDocumentation
 */
export * from './keywords';
export * from './getFormJsonSchema';
