import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { inboxKeys } from '../api/queries';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { ORGANISATIONS } from '../vocabulary/vocabulary';
import type { TaskFilter } from './api';
import {
  countLabel,
  criteriaOf,
  isApplied,
  paramsOf,
  savedFilters,
  supervisedOrganisations,
  type SavedFilter,
} from './savedFilters';
import { Alert } from '../layout/Alert';

/**
 * The reader's saved filters and those shared with their organisation, each with its count of
 * their tasks; choosing one shows its list. The list as it stands can be saved under a name —
 * and, by a supervisor, shared with their organisation. Who may change a filter renames or
 * deletes it here.
 */
export function SavedFiltersBar({
  filter,
  params,
  onApply,
}: {
  filter: TaskFilter;
  params: URLSearchParams;
  onApply: (params: URLSearchParams) => void;
}) {
  const { t, language, describeError } = useI18n();
  const { session } = useSession();
  const client = useQueryClient();
  const filters = useQuery({ queryKey: inboxKeys.filters, queryFn: savedFilters.list });
  const supervised = supervisedOrganisations(session?.groups ?? []);
  const [name, setName] = useState('');
  const [sharedWith, setSharedWith] = useState('');
  const [error, setError] = useState<string | null>(null);
  const changed = () => void client.invalidateQueries({ queryKey: inboxKeys.filters });
  const save = useMutation({
    mutationFn: () =>
      savedFilters.create({ name: name.trim(), sharedWith: sharedWith || null, criteria: criteriaOf(filter) }),
    onSuccess: () => {
      setName('');
      setSharedWith('');
      setError(null);
      changed();
    },
    onError: (failure) => setError(describeError(failure)),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (name.trim()) save.mutate();
  }
  return (
    <section className="card saved-filters" aria-label={t('filters.saved')}>
      {(filters.data ?? []).length > 0 && (
        <ul className="saved-filter-list">
          {(filters.data ?? []).map((saved) => (
            <SavedFilterItem
              key={saved.id}
              saved={saved}
              applied={isApplied(saved.criteria, params)}
              onApply={() => onApply(paramsOf(saved.criteria))}
              onChanged={changed}
              onError={setError}
            />
          ))}
        </ul>
      )}
      <form className="row" onSubmit={submit}>
        <input
          name="filter-name"
          aria-label={t('filters.name')}
          placeholder={t('filters.name')}
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          style={{ flex: '1 1 160px', width: 'auto' }}
        />
        {supervised.length > 0 && (
          <label className="row">
            <input
              type="checkbox"
              name="share"
              checked={sharedWith !== ''}
              onChange={(e) => setSharedWith(e.target.checked ? supervised[0] : '')}
            />
            {t('filters.share')}
          </label>
        )}
        {supervised.length > 1 && sharedWith !== '' && (
          <select name="shared-with" value={sharedWith} onChange={(e) => setSharedWith(e.target.value)}>
            {supervised.map((org) => (
              <option key={org} value={org}>
                {organisationName(org, language)}
              </option>
            ))}
          </select>
        )}
        <button type="submit" disabled={!name.trim() || save.isPending}>
          {t('filters.save')}
        </button>
      </form>
      <Alert>{error}</Alert>
    </section>
  );
}

function SavedFilterItem({
  saved,
  applied,
  onApply,
  onChanged,
  onError,
}: {
  saved: SavedFilter;
  applied: boolean;
  onApply: () => void;
  onChanged: () => void;
  onError: (message: string | null) => void;
}) {
  const { t, language, describeError } = useI18n();
  const [renaming, setRenaming] = useState<string | null>(null);
  const rename = useMutation({
    mutationFn: (name: string) =>
      savedFilters.update(saved.id, { name, sharedWith: saved.sharedWith, criteria: saved.criteria }),
    onSuccess: () => {
      setRenaming(null);
      onError(null);
      onChanged();
    },
    onError: (failure) => onError(describeError(failure)),
  });
  const remove = useMutation({
    mutationFn: () => savedFilters.remove(saved.id),
    onSuccess: () => {
      onError(null);
      onChanged();
    },
    onError: (failure) => onError(describeError(failure)),
  });
  if (renaming !== null) {
    return (
      <li data-filter-id={saved.id}>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (renaming.trim()) rename.mutate(renaming.trim());
          }}
        >
          <input
            name="filter-rename"
            aria-label={t('filters.name')}
            value={renaming}
            maxLength={80}
            onChange={(e) => setRenaming(e.target.value)}
          />
          <button type="submit" disabled={!renaming.trim() || rename.isPending}>
            {t('common.save')}
          </button>
          <button type="button" className="link" onClick={() => setRenaming(null)}>
            {t('common.cancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li data-filter-id={saved.id}>
      <button type="button" aria-pressed={applied} className={applied ? 'primary' : ''} onClick={onApply}>
        <span data-user-text>{saved.name}</span> <span className="count">{countLabel(saved)}</span>
      </button>
      {saved.sharedWith && (
        <span className="muted">
          {t('filters.sharedWith', { organisation: organisationName(saved.sharedWith, language) })}
        </span>
      )}
      {saved.mayChange && (
        <>
          <button type="button" className="link" onClick={() => setRenaming(saved.name)}>
            {t('filters.rename')}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => {
              if (window.confirm(t('filters.confirmDelete', { name: saved.name }))) remove.mutate();
            }}
          >
            {t('filters.delete')}
          </button>
        </>
      )}
    </li>
  );
}

function organisationName(code: string, language: 'lo' | 'en'): string {
  const organisation = ORGANISATIONS.find((org) => org.code === code);
  return organisation ? organisation[language] : code;
}
