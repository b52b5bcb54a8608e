// Hand-written baselines (the practical limit): a validator for the 基本チェックリスト written as plain loops, and
// the scoring / 事業対象者 determination as one tight loop over the same item and criterion tables the SDK uses.
// test/differential/handwritten.test.ts proves they agree with `validate` / `scoreBasicChecklist`, so the
// comparison is like for like.
import { BASIC_CHECKLIST_ITEMS, JIGYO_TAISHOSHA_CRITERIA } from '@kaigo/forms';

const ANSWER_KEYS: readonly string[] = BASIC_CHECKLIST_ITEMS.filter((i) => i.no !== 12).map(
  (i) => i.key,
);
const ANSWER_KEY_SET = new Set(ANSWER_KEYS);
const TOP_KEYS = new Set([
  'recordedDate',
  'name',
  'address',
  'birthDate',
  'desiredServices',
  'answers',
  'heightCm',
  'weightKg',
]);
// The SDK's date field: days per month, leap years, inside the supported range 1873-01-01..2099-12-31.
const ISO_DATE =
  /^(?:(?:18(?:76|8[048]|9[26])|19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))-02-29|(?:187[3-9]|18[89]\d|19\d\d|20\d\d)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;

function codePoints(s: string, max: number): number {
  if (s.length <= max) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optText = (v: unknown, max: number): boolean =>
  v === undefined || (typeof v === 'string' && codePoints(v, max) <= max);
const optDate = (v: unknown): boolean =>
  v === undefined || (typeof v === 'string' && ISO_DATE.test(v));
const optRange = (v: unknown, min: number, max: number): boolean =>
  v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max);

/** Hand-written validity check of a 基本チェックリスト record (same rules as the zod schema). */
export function handValidateBasicChecklist(input: unknown): boolean {
  if (!isRecord(input)) return false;
  for (const k in input) if (!TOP_KEYS.has(k)) return false;
  const answers = input['answers'];
  if (!isRecord(answers)) return false;
  for (const k in answers) if (!ANSWER_KEY_SET.has(k)) return false;
  for (const k of ANSWER_KEYS) {
    const a = answers[k];
    if (a !== undefined && a !== 'yes' && a !== 'no') return false;
  }
  return (
    optDate(input['recordedDate']) &&
    optDate(input['birthDate']) &&
    optText(input['name'], 100) &&
    optText(input['address'], 200) &&
    optText(input['desiredServices'], 1000) &&
    optRange(input['heightCm'], 50, 250) &&
    optRange(input['weightKg'], 10, 300)
  );
}

// Item tables as arrays indexed by item number (1–25).
const KEY_BY_NO: string[] = [];
const SCORING_BY_NO: (string | null)[] = [];
for (const item of BASIC_CHECKLIST_ITEMS) {
  KEY_BY_NO[item.no] = item.key;
  SCORING_BY_NO[item.no] = item.scoringAnswer;
}
const CRITERIA = JIGYO_TAISHOSHA_CRITERIA.map((c) => ({
  items: c.items.slice(),
  threshold: c.threshold,
}));

/** The validated record the hand-written scoring reads. */
export interface HandChecklist {
  readonly answers: Readonly<Record<string, string | undefined>>;
  readonly heightCm?: number;
  readonly weightKg?: number;
}

/** 事業対象者: `true` / `false` when determined, `null` when unanswered items decide it; plus the total score. */
export interface HandDecision {
  readonly value: boolean | null;
  readonly total: number;
  readonly unknown: number;
}

const scores = new Int8Array(26);

/** Hand-written scoring and 事業対象者 determination in one loop (no validation). */
export function handScoreBasicChecklist(c: HandChecklist): HandDecision {
  let total = 0;
  let unknown = 0;
  for (let no = 1; no <= 25; no++) {
    let s: number;
    if (no === 12) {
      const h = c.heightCm;
      const w = c.weightKg;
      if (h === undefined || w === undefined || !(h > 0) || !(w > 0)) s = -1;
      else {
        const m = h / 100;
        s = w / m / m < 18.5 ? 1 : 0;
      }
    } else {
      const a = c.answers[KEY_BY_NO[no] as string];
      s = a === undefined ? -1 : a === SCORING_BY_NO[no] ? 1 : 0;
    }
    scores[no] = s;
    if (s === 1) total++;
    else if (s === -1) unknown++;
  }
  let anyMet = false;
  let anyOpen = false;
  for (const cr of CRITERIA) {
    let yes = 0;
    let open = 0;
    for (const no of cr.items) {
      const s = scores[no];
      if (s === 1) yes++;
      else if (s === -1) open++;
    }
    if (yes >= cr.threshold) anyMet = true;
    else if (yes + open >= cr.threshold) anyOpen = true;
  }
  return { value: anyMet ? true : anyOpen ? null : false, total, unknown };
}

/** Hand-written validate + score, like `scoreBasicChecklist` (returns `undefined` for invalid input). */
export function handCheckAndScore(input: unknown): HandDecision | undefined {
  return handValidateBasicChecklist(input)
    ? handScoreBasicChecklist(input as HandChecklist)
    : undefined;
}
