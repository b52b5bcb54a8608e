/**
 * ルールパッケージ（作成中）。
 *
 * @packageDocumentation
 */
export {};
