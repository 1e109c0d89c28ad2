import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { myCasesKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { myCases } from './api';

/** Follow a case, or stop: a follower's bell says when the case is answered or closed. */
export function FollowToggle({ caseId }: { caseId: string }) {
  const { t, describeError } = useI18n();
  const client = useQueryClient();
  const following = useQuery({ queryKey: myCasesKeys.following(caseId), queryFn: () => myCases.following(caseId) });
  const toggle = useMutation({
    mutationFn: (follow: boolean) => (follow ? myCases.follow(caseId) : myCases.unfollow(caseId)),
    onSuccess: (answer) => {
      client.setQueryData(myCasesKeys.following(caseId), answer);
      void client.invalidateQueries({ queryKey: myCasesKeys.list });
    },
  });
  if (!following.data) return null;
  const follows = following.data.following;
  return (
    <span className="follow-toggle no-print">
      <button
        type="button"
        data-testid="follow-toggle"
        aria-pressed={follows}
        disabled={toggle.isPending}
        onClick={() => toggle.mutate(!follows)}
      >
        {t(follows ? 'case.unfollow' : 'case.follow')}
      </button>
      {follows && <span className="muted"> {t('case.following')}</span>}
      {toggle.error && (
        <span role="alert" className="alert">
          {describeError(toggle.error)}
        </span>
      )}
    </span>
  );
}
