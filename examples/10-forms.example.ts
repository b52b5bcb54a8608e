import {
  scoreBasicChecklist,
  userBasicInfoForm,
  validate,
  type BasicChecklistScore,
} from '@kaigo/forms';

export const title = '@kaigo/forms — 様式の検証（日本語エラー）と基本チェックリストの採点';

function printScore(caption: string, input: unknown): void {
  const r = scoreBasicChecklist(input);
  console.log(`  ■ ${caption}`);
  if (!r.ok) {
    for (const i of r.issues) console.log(`    ✗ ${i.message} [${i.path.join('.')}] (${i.code})`);
    return;
  }
  printChecklist(r);
}

function printChecklist(r: BasicChecklistScore): void {
  const t = r.total;
  const total =
    t.value !== null ? `${t.value}点` : `${t.min}〜${t.max}点（未回答 ${t.size - t.known}項目）`;
  console.log(`    BMI: ${r.bmi ? r.bmi.display : '不明'} / 合計: ${total}`);
  const groups = Object.entries(r.groups)
    .map(([id, g]) => `${id}=${g.value ?? `${g.min}〜${g.max}`}`)
    .join(' ');
  console.log(`    項目群: ${groups}`);
  for (const c of r.criteria) {
    const mark = c.met === true ? '該当' : c.met === false ? '非該当' : '判定不能';
    console.log(`    ${c.mark} ${c.label.padEnd(8, '　')} ${mark.padEnd(4, '　')} ${c.reason}`);
  }
  const d = r.jigyoTaishosha;
  const decision =
    d.status === 'determined' ? (d.value ? '事業対象者に該当' : '事業対象者に非該当') : '未確定';
  console.log(`    → ${decision}（${d.status}）: ${d.reason}`);
}

export function run(): void {
  // 利用者基本情報（架空の人物）: 性別コードの誤り、居宅の要介護状態区分コード（06）の誤用、日付の形式、未定義の項目。
  const input = {
    insurerNumber: '139999',
    insuredNumber: '0000012345',
    consultationDate: '2025/05/12',
    planType: '2',
    nameKana: 'カクウ タロウ',
    name: '架空 太郎',
    sex: '男',
    birthDate: '1940-02-29',
    careLevel: '06',
    medicalHistory: [{ diseaseName: '高血圧症', course: '04' }],
    memo: '個人的なメモ',
  };
  const result = validate(userBasicInfoForm, input);
  console.log(
    `  ■ ${userBasicInfoForm.title}（${userBasicInfoForm.id}）: ${result.ok ? 'OK' : `${result.issues.length}件の指摘`}`,
  );
  for (const i of result.issues)
    console.log(`    ✗ ${i.message} [${i.path.join('.')}] (${i.code})`);

  printScore('基本チェックリスト: すべて回答（②運動機能・⑦うつ）', {
    recordedDate: '2025-04-10',
    answers: {
      q01: 'yes',
      q02: 'yes',
      q03: 'yes',
      q04: 'no',
      q05: 'yes',
      q06: 'no',
      q07: 'no',
      q08: 'yes',
      q09: 'yes',
      q10: 'no',
      q11: 'no',
      q13: 'no',
      q14: 'yes',
      q15: 'no',
      q16: 'yes',
      q17: 'yes',
      q18: 'no',
      q19: 'yes',
      q20: 'no',
      q21: 'yes',
      q22: 'yes',
      q23: 'no',
      q24: 'no',
      q25: 'no',
    },
    heightCm: 152,
    weightKg: 50,
  });
  printScore('基本チェックリスト: 未回答ありでも確定（⑤閉じこもりに該当）', {
    answers: { q01: 'yes', q06: 'yes', q16: 'no' },
  });
  printScore('基本チェックリスト: 未回答で未確定（No.18 と体重が未記入）', {
    answers: {
      q01: 'yes',
      q02: 'yes',
      q03: 'yes',
      q04: 'yes',
      q05: 'yes',
      q06: 'yes',
      q07: 'yes',
      q08: 'yes',
      q09: 'no',
      q10: 'no',
      q11: 'yes',
      q13: 'no',
      q14: 'no',
      q15: 'no',
      q16: 'yes',
      q17: 'no',
      q19: 'yes',
      q20: 'no',
      q21: 'no',
      q22: 'no',
      q23: 'no',
      q24: 'no',
      q25: 'yes',
    },
    heightCm: 158,
  });
  printScore('基本チェックリスト: 入力の誤り', { answers: { q01: 'たぶん' }, heightCm: 1600 });
}
