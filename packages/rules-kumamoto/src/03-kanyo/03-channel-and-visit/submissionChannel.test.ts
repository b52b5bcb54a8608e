import { describe, expect, it } from 'vitest';
import { SUBMISSION_CHANNELS, submissionChannelGrades } from './channelParameters';
import { gradeSubmissionChannel } from './submissionChannel';

const ctx = { referenceDate: '2024-09-02' };

describe('gradeSubmissionChannel', () => {
  it.each<[string, boolean | undefined, string, string, string]>([
    ['kumamotoMedicalNetwork', undefined, 'ok', 'principle', 'info'],
    ['careplanDataSystem', undefined, 'ok', 'principle', 'info'],
    ['kumamotoMedicalNetwork', false, 'ok', 'principle', 'info'],
    ['postWithDeliveryRecord', true, 'ok', 'recommendedFallback', 'info'],
    ['postWithDeliveryRecord', false, 'warning', 'recommendedFallback', 'warning'],
    ['postWithoutDeliveryRecord', true, 'warning', 'outsideRecommendation', 'warning'],
    ['postWithoutDeliveryRecord', undefined, 'warning', 'outsideRecommendation', 'warning'],
    ['email', undefined, 'warning', 'notRecommended', 'warning'],
    ['email', true, 'warning', 'notRecommended', 'warning'],
    ['fax', undefined, 'warning', 'notMentioned', 'warning'],
    ['handDelivery', true, 'warning', 'notMentioned', 'warning'],
    ['other', undefined, 'warning', 'notMentioned', 'warning'],
  ])('%s (principal unavailable: %s) → %s', (channel, unavailable, grade, basis, severity) => {
    const r = gradeSubmissionChannel(
      unavailable === undefined
        ? { channel }
        : { channel, principalChannelsUnavailable: unavailable },
      ctx,
    );
    expect(r.status).toBe('decided');
    expect(r.decision).toEqual({ channel, grade, basis });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: `channel.${basis}`, severity, path: ['channel'] });
    expect(r.findings[0]?.citation?.section).toBe('３（３）【ケアプラン等の提出方法】');
    expect(r.parameters[0]?.id).toBe('kumamoto.submissionChannelGrades');
  });
  it('e-mail cites the personal-data note; fax/hand say the document does not mention them', () => {
    expect(
      gradeSubmissionChannel({ channel: 'email' }, ctx).findings[0]?.citation?.quote,
    ).toContain('電子メールでの提供は推奨しない');
    for (const channel of ['fax', 'handDelivery']) {
      expect(gradeSubmissionChannel({ channel }, ctx).findings[0]?.message).toContain(
        '記載がありません',
      );
    }
  });
  it('tracked post without knowing whether the principal channels are possible → undetermined', () => {
    const r = gradeSubmissionChannel({ channel: 'postWithDeliveryRecord' }, ctx);
    expect(r.status).toBe('undetermined');
    expect(r.missing[0]?.path).toEqual(['principalChannelsUnavailable']);
  });
  it('every channel has a grading', () => {
    for (const channel of SUBMISSION_CHANNELS) {
      const r = gradeSubmissionChannel({ channel, principalChannelsUnavailable: true }, ctx);
      expect(r.status).toBe('decided');
    }
  });
  it('the alternative reading (e-mail = error) is a parameter override', () => {
    const [first] = submissionChannelGrades.values;
    if (!first) throw new Error('no value');
    const strict = { ...first.value, email: { basis: 'notRecommended', grade: 'error' } };
    const r = gradeSubmissionChannel(
      { channel: 'email' },
      { ...ctx, parameters: { [submissionChannelGrades.id]: strict } },
    );
    expect(r.decision?.grade).toBe('error');
    expect(r.findings[0]?.severity).toBe('error');
  });
  it('before 2024-04-01 there is no grading', () => {
    expect(
      gradeSubmissionChannel({ channel: 'email' }, { referenceDate: '2024-03-31' }).status,
    ).toBe('invalid');
  });
  it.each([
    null,
    {},
    { channel: 'pigeon' },
    { channel: 'email', principalChannelsUnavailable: 'yes' },
  ])('bad input %j → invalid', (input) => {
    const r = gradeSubmissionChannel(input, ctx);
    expect(r.status).toBe('invalid');
    expect(JSON.stringify(r)).not.toContain('pigeon');
  });
});
