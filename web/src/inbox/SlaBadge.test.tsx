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
        <SlaBadge due="2026-02-28T10:00:00Z" workingDaysLeft={0} now={now} />
      </I18nProvider>,
    );
    expect(container.querySelector('.badge.overdue')?.textContent).toBe(lo['sla.overdue']);
  });
  it('says how many working days are left, in each language', () => {
    const lao = render(
      <I18nProvider language="lo">
        <SlaBadge due="2026-03-09T10:00:00Z" workingDaysLeft={5} now={now} />
      </I18nProvider>,
    );
    expect(lao.container.querySelector('.badge.on-time')?.textContent).toBe('ເຫຼືອ 5 ວັນລັດຖະການ');
    cleanup();
    const english = render(
      <I18nProvider language="en">
        <SlaBadge due="2026-03-09T10:00:00Z" workingDaysLeft={1} now={now} />
      </I18nProvider>,
    );
    expect(english.container.querySelector('.badge.due-soon')?.textContent).toBe('1 working day left');
    cleanup();
    const today = render(
      <I18nProvider language="en">
        <SlaBadge due="2026-03-01T12:00:00Z" workingDaysLeft={0} now={now} />
      </I18nProvider>,
    );
    expect(today.container.textContent).toBe('Due today');
  });
  it('shows nothing while there is time and no count', () => {
    const { container } = render(
      <I18nProvider language="lo">
        <SlaBadge due="2026-03-09T10:00:00Z" now={now} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
