/**
 * 作成中。
 *
 * @packageDocumentation
 */
export {};
