/** The answer is checked against the question: patient BSN, targetMessage and queryId. */
import { describe, expect, it } from 'vitest';
import { PatientSafetyError } from '../errors';
import { fixture } from '../testing/fixtures';
import type { AnswerTo } from './answerCheck';
import { parseResponse } from './response';

const batch = fixture('mp612/999900444_Decker-multi-QURX113.xml');
const question = {
  bsn: '999900444',
  messageId: '2.16.528.1.1007.3.3.69665.10008890.12^311422',
  queryId: '2.16.528.1.1007.3.3.69665.10008890.18^311422',
};
const refusal = (text: string, q: AnswerTo = question): PatientSafetyError => {
  try {
    parseResponse(text, { answerTo: q });
  } catch (error) {
    if (error instanceof PatientSafetyError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('an answer checked against its question', () => {
  it('the real batch answers its own question', () => {
    expect(parseResponse(batch, { answerTo: question }).kind).toBe('medication');
  });

  it('an answer about another patient is refused whole, naming the line', () => {
    const at = batch.lastIndexOf('extension="999900444"');
    const text = `${batch.slice(0, at)}extension="999990202"${batch.slice(at + 21)}`;
    const error = refusal(text);
    expect(error.code).toBe('PATIENT_MISMATCH');
    expect(error.mismatch).toBe('patient');
    expect(error.where.line).toBe(text.slice(0, at).split('\n').length);
    expect(error.message).not.toContain('999990202'); // no BSN in the error text
  });

  it('the same answer asked for another patient is refused', () => {
    expect(refusal(batch, { ...question, bsn: '999990202' }).mismatch).toBe('patient');
  });

  it('an answer to another message or another query is refused', () => {
    expect(
      refusal(batch, { ...question, messageId: '2.16.528.1.1007.3.3.69665.10008890.12^1' })
        .mismatch,
    ).toBe('targetMessage');
    expect(refusal(batch, { ...question, queryId: '1.2.3^4' }).mismatch).toBe('queryId');
  });

  it('a single summary about another patient is refused', () => {
    const summary = fixture('hwg/QUPC_IN990002NL_01.xml');
    const parsed = parseResponse(summary) as { patient: { bsn: string } };
    const ids = /<targetMessage>\s*<id ([^>]*)\/>/.exec(summary)?.[1] ?? '';
    const root = /root="([^"]+)"/.exec(ids)?.[1];
    const ext = /extension="([^"]+)"/.exec(ids)?.[1];
    const q = { bsn: parsed.patient.bsn, messageId: `${root}^${ext}`, queryId: null };
    expect(parseResponse(summary, { answerTo: q }).kind).toBe('summary');
    expect(refusal(summary, { ...q, bsn: '999990202' }).mismatch).toBe('patient');
  });
});
