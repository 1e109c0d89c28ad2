import { readFileSync } from 'node:fs';
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { CamundaForm } from './CamundaForm';

// the permit's decision form, kept once in processes/: the one a director signs the business
// licence with (vitest runs in the web folder)
const decisionForm = readFileSync('../processes/src/main/resources/gflow/forms/permit-decision.form', 'utf-8');

const WARNING = 'ຊື່ໃນທະບຽນວິສາຫະກິດ ບໍ່ກົງກັບຊື່ໃນຄຳຮ້ອງ';

function renderDecision(data: Record<string, unknown>) {
  const { container } = render(
    <I18nProvider language="lo">
      <CamundaForm schema={JSON.parse(decisionForm)} data={data} submitLabel="ok" onSubmit={async () => undefined} />
    </I18nProvider>,
  );
  return container;
}

afterEach(cleanup);

describe('the business licence decision', () => {
  it('warns the director when the registry names another enterprise than the application', async () => {
    const form = renderDecision({
      permitType: 'business-licence',
      applicantName: 'ຮ້ານ ດາວເຮືອງ',
      enterpriseName: 'ບໍລິສັດ ດາວເຮືອງ ການຄ້າ ຈຳກັດ',
    });
    await waitFor(() => expect(form.querySelector('.fjs-form')).not.toBeNull());
    await waitFor(() => expect(form.textContent).toContain(WARNING));
    expect(form.textContent).toContain('ບໍລິສັດ ດາວເຮືອງ ການຄ້າ ຈຳກັດ');
    expect(form.textContent).toContain('ຮ້ານ ດາວເຮືອງ');
  });

  it('says nothing when both name the same enterprise', async () => {
    const form = renderDecision({
      permitType: 'business-licence',
      applicantName: 'ບໍລິສັດ ດາວເຮືອງ ການຄ້າ ຈຳກັດ',
      enterpriseName: 'ບໍລິສັດ ດາວເຮືອງ ການຄ້າ ຈຳກັດ',
    });
    await waitFor(() =>
      expect(form.querySelector('.fjs-form [name="permitDecision"], .fjs-form input')).not.toBeNull(),
    );
    expect(form.textContent).not.toContain(WARNING);
  });
});
