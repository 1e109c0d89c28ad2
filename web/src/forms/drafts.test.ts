import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, pruneDrafts, saveDraft } from './drafts';

afterEach(() => localStorage.clear());

describe('form drafts', () => {
  it('keeps what a user typed for that task only, and for that user only', () => {
    saveDraft('nalinh.bokeo', 't1', { answerText: 'ຖະໜົນເສັ້ນນີ້' });
    expect(loadDraft('nalinh.bokeo', 't1')).toEqual({ answerText: 'ຖະໜົນເສັ້ນນີ້' });
    expect(loadDraft('nalinh.bokeo', 't2')).toBeNull();
    expect(loadDraft('somchai.bokeo', 't1')).toBeNull();
  });

  it('is gone after completion', () => {
    saveDraft('nalinh.bokeo', 't1', { answerText: 'x' });
    clearDraft('nalinh.bokeo', 't1');
    expect(loadDraft('nalinh.bokeo', 't1')).toBeNull();
  });

  it('does not keep files, which a browser cannot store', () => {
    saveDraft('nalinh.bokeo', 't1', { note: 'a', scan: new Blob(['%PDF']) });
    expect(loadDraft('nalinh.bokeo', 't1')).toEqual({ note: 'a' });
  });

  it('expires after thirty days and is pruned', () => {
    const day = 24 * 60 * 60 * 1000;
    saveDraft('nalinh.bokeo', 'old', { note: 'a' }, 0);
    saveDraft('nalinh.bokeo', 'new', { note: 'b' }, 29 * day);
    pruneDrafts(31 * day);
    expect(localStorage.getItem('gflow.draft.nalinh.bokeo.old')).toBeNull();
    expect(loadDraft('nalinh.bokeo', 'new', 31 * day)).toEqual({ note: 'b' });
  });
});
