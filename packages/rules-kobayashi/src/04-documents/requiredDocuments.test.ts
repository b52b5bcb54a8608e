import { createRuleEnv, isoDate } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { CTX, MARKER, codes, expectNoMarker } from '../../test/helpers';
import { checkDocumentCompleteness, requiredDocumentsFor } from './requiredDocuments';

const d = isoDate('2025-06-15');
const ids = (kind: 'homon' | 'tsusho' | 'kyotaku', phase: 'pre' | 'post') =>
  requiredDocumentsFor(kind, phase, d, createRuleEnv(d, new Map())).map((x) => x.id);

describe('requiredDocumentsFor (４ 提出(入力)書類)', () => {
  it('ア 訪問型: ①〜④ at 事前, ①〜③ at 事後', () => {
    expect(ids('homon', 'pre')).toEqual([
      'kobayashi.careMenuAssessmentHomon',
      'kobayashi.dailyLivingAssessment',
      'kobayashi.servicePlanEvaluationHomon',
      'kobayashi.individualPlanHomon',
    ]);
    expect(ids('homon', 'post')).toEqual(ids('homon', 'pre').slice(0, 3));
  });
  it('イ 通所型 uses the 通所用 forms and the shared 生活行為アセスメント', () => {
    expect(ids('tsusho', 'pre')).toEqual([
      'kobayashi.careMenuAssessmentTsusho',
      'kobayashi.dailyLivingAssessment',
      'kobayashi.servicePlanEvaluationTsusho',
      'kobayashi.individualPlanTsusho',
    ]);
  });
  it('ウ 居宅: eight documents at 事前 (national forms by id), the 総括表 at 事後', () => {
    expect(ids('kyotaku', 'pre')).toEqual([
      'national.userBasicInfo',
      'national.basicChecklist',
      'kobayashi.assessmentAdditionalItems',
      'kobayashi.riskCheck1',
      'kobayashi.riskCheck2',
      'kobayashi.lifeFunctionEvaluation',
      'kobayashi.factorAnalysis',
      'national.preventionPlan',
    ]);
    expect(ids('kyotaku', 'post')).toEqual(['kobayashi.summarySheet']);
  });
});

describe('checkDocumentCompleteness', () => {
  it('complete 通所型 事前 set', () => {
    const r = checkDocumentCompleteness(
      { officeKind: 'tsusho', phase: 'pre', submitted: ids('tsusho', 'pre') },
      CTX,
    );
    expect(r.decision?.complete).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(['documents.timingReference']);
    expect(r.findings[0]?.severity).toBe('info');
    expect(r.parameters[0]?.id).toBe('kobayashi.requiredDocuments');
  });
  it('missing, wrong phase (事前のみ at 事後) and extra (通所用 at a 訪問型)', () => {
    const r = checkDocumentCompleteness(
      {
        officeKind: 'homon',
        phase: 'post',
        submitted: [
          'kobayashi.careMenuAssessmentHomon',
          'kobayashi.individualPlanHomon',
          'kobayashi.careMenuAssessmentTsusho',
          'kobayashi.careMenuAssessmentHomon',
        ],
      },
      CTX,
    );
    expect(r.decision).toMatchObject({
      complete: false,
      present: ['kobayashi.careMenuAssessmentHomon'],
      missing: ['kobayashi.dailyLivingAssessment', 'kobayashi.servicePlanEvaluationHomon'],
      wrongPhase: ['kobayashi.individualPlanHomon'],
      extra: ['kobayashi.careMenuAssessmentTsusho'],
      duplicated: ['kobayashi.careMenuAssessmentHomon'],
    });
    expect(codes(r)).toEqual([
      'documents.missing',
      'documents.missing',
      'documents.wrongPhase',
      'documents.extra',
      'documents.duplicated',
      'documents.timingReference',
    ]);
    expect(r.findings[2]?.message).toContain('事前アセスメント時のみ');
    expect(r.findings[2]?.path).toEqual(['submitted', 1]);
    expect(r.findings[3]?.path).toEqual(['submitted', 2]);
  });
  it('居宅: the 総括表 at 事前 is wrong phase; the 事前 set at 事後 is all wrong phase', () => {
    const r = checkDocumentCompleteness(
      {
        officeKind: 'kyotaku',
        phase: 'pre',
        submitted: [...ids('kyotaku', 'pre'), 'kobayashi.summarySheet'],
      },
      CTX,
    );
    expect(r.decision?.wrongPhase).toEqual(['kobayashi.summarySheet']);
    expect(r.findings[0]?.message).toBe('「総括表」は事後アセスメントの書類です。');
    const post = checkDocumentCompleteness(
      { officeKind: 'kyotaku', phase: 'post', submitted: ids('kyotaku', 'pre') },
      CTX,
    );
    expect(post.decision?.missing).toEqual(['kobayashi.summarySheet']);
    expect(post.decision?.wrongPhase).toHaveLength(8);
  });
  it('nothing submitted: everything missing, messages name the documents', () => {
    const r = checkDocumentCompleteness(
      { officeKind: 'kyotaku', phase: 'post', submitted: [] },
      CTX,
    );
    expect(r.findings[0]?.message).toBe(
      '居宅介護支援事業所の事後アセスメントに必要な「総括表」がありません。',
    );
  });
  it('bad input: no throw, clear findings; unknown ids never echoed', () => {
    const r = checkDocumentCompleteness(
      { officeKind: 'homon', phase: 'pre', submitted: [MARKER, MARKER] },
      CTX,
    );
    expect(r.decision?.extra).toEqual([MARKER]);
    expectNoMarker(r);
    for (const input of [
      null,
      { officeKind: MARKER, phase: MARKER, submitted: MARKER },
      { officeKind: 'homon', phase: 'pre' },
    ]) {
      const bad = checkDocumentCompleteness(input, CTX);
      expect(bad.status).toBe('invalid');
      expectNoMarker(bad);
    }
  });
});
