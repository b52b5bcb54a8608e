import {
  PREVENTION_PLAN_CSV,
  USER_BASIC_INFO_CSV,
  readForms,
  writeForms,
  type CsvIssue,
  type TransmissionHeader,
} from '@kaigo/careplan-csv';

export const title = '@kaigo/careplan-csv — ケアプランデータ連携 CSV（V4）の書き出しと読み込み';

// 架空の利用者・事業所。地域包括支援センター（46）から委託先の事業所（A1）へ送る1回分。
const header: TransmissionHeader = {
  sender: { officeNumber: '0300000100', serviceType: '46' },
  receiver: { officeNumber: '0300000005', serviceType: 'A1' },
  timestamp: '20250405100000',
};
const key = { insurerNumber: '039999', insuredNumber: '0000012345' };

const basicInfo = {
  ...key,
  consultationDate: '2025-04-01',
  planType: '1',
  delegation: '2',
  nameKana: 'ｼｹﾝ ﾊﾅｺ',
  name: '試験　花子',
  sex: '2',
  birthDate: '1940-03-15',
  familyRelationsNotes: '長男夫婦と同居。\r\n日中は独居（"見守り"が必要）。',
  timeSchedule: [
    { time: '6:00', personActivity: '起床', caregiverActivity: '朝食準備' },
    { time: '21:00', personActivity: '就寝' },
  ],
};

const plan = {
  ...key,
  planDate: '2025-04-05',
  planType: '1',
  delegation: '2',
  userName: '試験　花子',
  planCategory: '52', // 初回＆継続（組み合わせのコードのまま保つ）
  supportPlan: [
    {
      issueNo: 1,
      comprehensiveIssue: '歩行が不安定',
      goal: '近所まで歩ける',
      supportPlanNo: 1,
      serviceNo: 1,
      serviceType: '通所型サービス',
    },
    {
      issueNo: 1,
      comprehensiveIssue: '歩行が不安定',
      goal: '近所まで歩ける',
      supportPlanNo: 1,
      serviceNo: 2,
      serviceType: '福祉用具貸与',
    },
  ],
};

function printIssues(issues: readonly CsvIssue[], unit = '行目'): void {
  for (const i of issues) {
    const where = [
      i.file,
      i.line === undefined ? undefined : `${i.line}${unit}`,
      i.column === undefined ? undefined : `No.${i.column}`,
    ]
      .filter((x) => x !== undefined)
      .join(' ');
    const extra = [
      i.key === undefined ? '' : ` [${i.key}]`,
      i.codePoint === undefined ? '' : ` (${i.codePoint})`,
    ].join('');
    console.log(
      `    ${i.severity === 'error' ? '✗' : '!'} ${i.code}: ${i.message}${extra}${where ? ` — ${where}` : ''}`,
    );
  }
}

export function run(): void {
  // 1. 様式 → MS932 の CSV（主ファイルと別表、同じ送信元・送信先・作成日時）
  const kihon = writeForms(USER_BASIC_INFO_CSV, [basicInfo], header);
  const yobo = writeForms(PREVENTION_PLAN_CSV, [plan], header);
  if (!kihon.ok || !yobo.ok) {
    printIssues([...kihon.issues, ...yobo.issues]);
    return;
  }
  console.log('  ■ 書き出したファイル（MS932、CRLF、フリーテキストは "…"）');
  for (const f of [...kihon.files, ...yobo.files])
    console.log(`    ${f.fileName}  ${f.bytes.length} バイト`);
  const sub = yobo.files.find((f) => f.fileName.startsWith('UPYOBO_SUB'));
  console.log('  ■ UPYOBO_SUB の中身（2行目の課題は「上と同じ」の空欄）');
  for (const line of sub?.text.trimEnd().split('\r\n') ?? []) console.log(`    ${line}`);

  // 2. CSV → 様式（別表は紐づけの項目で親に入り、空欄は上の行の値で埋まる）
  const back = readForms(PREVENTION_PLAN_CSV, yobo.files);
  const p = back.forms[0]?.value;
  console.log('  ■ 読み戻した計画書');
  console.log(
    `    利用者名 ${p?.userName}、計画書区分 ${p?.planCategory}、支援計画 ${p?.supportPlan?.length} 行`,
  );
  console.log(`    2行目の総合的課題: ${p?.supportPlan?.[1]?.comprehensiveIssue}`);
  const info = readForms(USER_BASIC_INFO_CSV, kihon.files).forms[0]?.value;
  console.log(
    `    利用者基本情報: ${info?.name}（${info?.birthDate}）、タイムスケジュール ${info?.timeSchedule?.length} 行`,
  );

  // 3. UTF-8 で保存されたファイルは読まずに、その旨を指摘する
  const first = kihon.files[0];
  if (first) {
    const utf8 = new TextEncoder().encode(first.text);
    console.log('  ■ UTF-8 のファイルを読んだとき');
    printIssues(readForms(USER_BASIC_INFO_CSV, [{ fileName: first.fileName, bytes: utf8 }]).issues);
  }

  // 4. MS932 で表せない文字（〜 U+301C、𠮷）は黙って置き換えず、行と項目を指摘してファイルを作らない
  const bad = writeForms(
    USER_BASIC_INFO_CSV,
    [{ ...basicInfo, name: '𠮷田　花子', address: '熊本市1〜2' }],
    header,
  );
  console.log('  ■ MS932 で表せない文字を書こうとしたとき');
  printIssues(bad.issues, '件目の様式');
}
