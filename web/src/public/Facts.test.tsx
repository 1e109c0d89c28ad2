import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseTimeline } from '../inbox/CaseTimeline';
import { I18nProvider } from '../i18n/i18n';
import { Facts } from './Facts';

afterEach(cleanup);

describe("names on public and case pages in the reader's language", () => {
  it('names the issuing body of a verified document by the vocabulary, not as printed in Lao', () => {
    render(
      <I18nProvider language="en">
        <Facts record={{ issuingBody: 'ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ' }} />
      </I18nProvider>,
    );
    expect(document.querySelector('[data-field=issuingBody]')?.textContent).toBe('Ministry of Industry and Commerce');
  });

  it("names a sign-off decision in the reader's language, with the approver's own words", () => {
    render(
      <I18nProvider language="en">
        <CaseTimeline
          entries={[
            {
              time: '2026-11-30T08:30:00Z',
              kind: 'decision',
              decision: 'return',
              activityName: null,
              activityId: null,
              userId: 'keo.moic',
              userName: 'ແກ້ວ ບຸນມີໄຊ',
              text: 'ກະລຸນາເພີ່ມເລກທີ່ດຳລັດ',
            },
          ]}
        />
      </I18nProvider>,
    );
    const entry = document.querySelector('[data-kind=decision]')?.textContent ?? '';
    expect(entry).toContain('Decision — Returned to be corrected');
    expect(entry).toContain('ກະລຸນາເພີ່ມເລກທີ່ດຳລັດ');
  });
});
