/**
 * ケアプランデータ連携標準仕様 V4（第4.1版）の CSV ファイルの読み書き: 項目表（データとして1度だけ定義）、
 * MS932・CRLF・引用符の規則、ファイル名、行のオブジェクト、様式単位のオブジェクトへのまとめ。
 *
 * @packageDocumentation
 */
export * from './layout/column';
export * from './layout/layout';
export * from './layout/types';
export * from './layout/registry';
export * from './layout/version';
export * from './layout/files/upkihon';
export * from './layout/files/upyobo';
export * from './layout/files/kyotaku1';
export * from './layout/files/kyotaku6';
export * from './codec/issue';
export * from './codec/csvText';
export * from './codec/ms932';
export * from './fileName/fileName';
export { readField, writeField } from './record/field';
export type { FieldProblem, FieldRead, FieldWrite } from './record/field';
export * from './record/readCsv';
export * from './record/writeCsv';
export * from './document/mappings';
export * from './document/readForms';
export * from './document/writeForms';
export * from './structure/structureCheck';
export { STRUCTURE_CHECKS } from './structure/structureChecks';
export * from './structure/supplementLink';
export * from './structure/usageTotals';
export * from './structure/serviceDateInMonth';
export * from './structure/equipmentCode';
export * from './codes/planCategory';
export * from './codec/substitutions';
