/**
 * `kaigo` コマンド（様式の一覧・JSON Schema・検証・ルールの実行）と、その実体をプログラムから呼ぶ API。
 * コマンドとしては `npx kaigo help`、プログラムからは {@link runCli} を使う。
 *
 * @packageDocumentation
 */
export { runCli } from './run';
export type { CliIo } from './io';
export { OutputError, processIo } from './io';
export { ExitCode } from './records';
export {
  type CityRules,
  type CliRegistry,
  type JsonSchemaTarget,
  allCities,
  defaultRegistry,
  formPackage,
  publishedJsonSchema,
  sdkForms,
} from './registry';
export { sourceDocument } from './sourceTitles';
export { type RunningServer, type ServeOptions, startServer } from './serve/server';
export type { ServeLimits } from './serve/app';
