import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseTimeline } from '../inbox/CaseTimeline';
import { I18nProvider } from '../i18n/i18n';
import { en } from '../i18n/en';
import { lo } from '../i18n/lo';
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
              onBehalfOf: null,
              onBehalfOfName: null,
              passedOver: null,
              passedOverName: null,
            },
          ]}
        />
      </I18nProvider>,
    );
    const entry = document.querySelector('[data-kind=decision]')?.textContent ?? '';
    expect(entry).toContain('Decision — Returned to be corrected');
    expect(entry).toContain('ກະລຸນາເພີ່ມເລກທີ່ດຳລັດ');
  });

  it('says whose step a delegate took while they were away', () => {
    render(
      <I18nProvider language="lo">
        <CaseTimeline
          entries={[
            {
              time: '2026-11-30T08:30:00Z',
              kind: 'completed',
              decision: null,
              activityName: 'ພິຈາລະນາລົງນາມ',
              activityId: 'signOff',
              userId: 'khamphone.moic',
              userName: 'ຄຳພອນ ຈັນທະວົງ',
              text: null,
              onBehalfOf: 'manivone.moic',
              onBehalfOfName: 'ມະນີວອນ ສຸວັນນະວົງ',
              passedOver: null,
              passedOverName: null,
            },
          ]}
        />
      </I18nProvider>,
    );
    const mark = document.querySelector('[data-kind=completed] [data-field=on-behalf-of]')?.textContent ?? '';
    expect(mark.trim()).toBe(lo['timeline.onBehalfOf'].replace('{name}', 'ມະນີວອນ ສຸວັນນະວົງ'));
  });

  it('says whom an escalation passed over because they were away', () => {
    render(
      <I18nProvider language="en">
        <CaseTimeline
          entries={[
            {
              time: '2026-11-30T08:30:00Z',
              kind: 'waiting',
              decision: null,
              activityName: 'ຫົວໜ້າອົງການຕິດຕາມຄຳຮ້ອງທີ່ກາຍກຳນົດ',
              activityId: 'followUpByHead',
              userId: 'keo.moic',
              userName: 'ແກ້ວ ບຸນມີໄຊ',
              text: null,
              onBehalfOf: null,
              onBehalfOfName: null,
              passedOver: 'noy.moic',
              passedOverName: 'ນ້ອຍ ພົມມະຈັນ',
            },
          ]}
        />
      </I18nProvider>,
    );
    const mark = document.querySelector('[data-kind=waiting] [data-field=passed-over]')?.textContent ?? '';
    expect(mark.trim()).toBe(en['timeline.passedOver'].replace('{name}', 'ນ້ອຍ ພົມມະຈັນ'));
    expect(document.querySelector('[data-field=on-behalf-of]')).toBeNull();
  });
});
