import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { SlaBadge } from './SlaBadge';

afterEach(cleanup);

describe('SlaBadge', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  it('marks an overdue task in Lao', () => {
    const { container } = render(
      <I18nProvider language="lo">
        <SlaBadge due="2026-02-28T10:00:00Z" now={now} />
      </I18nProvider>,
    );
    expect(container.querySelector('.badge.overdue')?.textContent).toBe(lo['sla.overdue']);
  });
  it('shows nothing while there is time', () => {
    const { container } = render(
      <I18nProvider language="lo">
        <SlaBadge due="2026-03-09T10:00:00Z" now={now} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
