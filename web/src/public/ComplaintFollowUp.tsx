import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { publicKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';
import { publicApi, type ComplaintStatus } from './api';
import { Alert } from '../layout/Alert';

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * What a citizen may do with an answered complaint while its reopen window lasts: rate the answer,
 * or say it did not resolve the complaint — the same case then goes back to be handled again.
 * Both answer with the complaint's new status, which replaces the one on the page.
 */
export function ComplaintFollowUp({ status, code }: { status: ComplaintStatus; code: string }) {
  const { t, formatDate, describeError } = useI18n();
  const queries = useQueryClient();
  const number = status.trackingNumber ?? '';
  const [stars, setStars] = useState<number | undefined>(status.rating ?? undefined);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const show = (updated: ComplaintStatus) => queries.setQueryData(publicKeys.status(number, code), updated);
  const rate = useMutation({
    mutationFn: (chosen: number) => publicApi.rate(number, { code, stars: chosen, comment }),
    onSuccess: show,
  });
  const reopen = useMutation({ mutationFn: () => publicApi.reopen(number, { code, reason }), onSuccess: show });

  if (!status.reopenableUntil) {
    return reopen.isSuccess ? (
      <p role="status" className="card">
        {t('public.followUp.reopened')}
      </p>
    ) : null;
  }

  function submitRating(event: FormEvent) {
    event.preventDefault();
    if (stars) rate.mutate(stars);
  }

  function submitReopen(event: FormEvent) {
    event.preventDefault();
    reopen.mutate();
  }

  const failure = rate.error ?? reopen.error;
  return (
    <section className="card stack" data-testid="complaint-follow-up">
      <h2>{t('public.followUp.title')}</h2>
      <p className="muted">{t('public.followUp.until', { date: formatDate(status.reopenableUntil, true) })}</p>
      {failure && <Alert>{describeError(failure)}</Alert>}
      <form className="stack" onSubmit={submitRating}>
        <fieldset className="row">
          <legend>{t('public.followUp.stars')}</legend>
          {STARS.map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="stars"
                value={value}
                checked={stars === value}
                onChange={() => setStars(value)}
              />
              {t(`rating.${value}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('public.followUp.comment')}
          <textarea name="comment" maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
        <button type="submit" disabled={!stars || rate.isPending}>
          {t('public.followUp.rate')}
        </button>
        {rate.isSuccess && <p role="status">{t('public.followUp.rated')}</p>}
      </form>
      <form className="stack" onSubmit={submitReopen}>
        <h3>{t('public.followUp.reopenTitle')}</h3>
        <label>
          {t('public.followUp.reason')}
          <textarea
            name="reopenReason"
            required
            minLength={10}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={reopen.isPending}>
          {t('public.followUp.reopen')}
        </button>
      </form>
    </section>
  );
}
