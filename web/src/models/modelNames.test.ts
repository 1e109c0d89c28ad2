import { describe, expect, it } from 'vitest';
import { diagramInLanguage } from './diagramNames';
import { formInLanguage, withoutGloss } from './formNames';
import { modelName } from './modelNames';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <bpmn:process id="hotline-1516" name="ສາຍດ່ວນ 1516 — ຄຳຮ້ອງທຸກ (Hotline 1516 complaint)">
    <bpmn:userTask id="verifyComplaint" name="ກວດສອບຄວາມຈິງ" />
    <bpmn:userTask id="somethingNew" name="ວຽກໃໝ່" />
  </bpmn:process>
</bpmn:definitions>`;

describe('model names', () => {
  it("names a task in English by its id, and keeps the model's own name when none is listed", () => {
    expect(modelName('en', 'verifyComplaint', 'ກວດສອບຄວາມຈິງ')).toBe('Verify the complaint');
    expect(modelName('lo', 'verifyComplaint', 'ກວດສອບຄວາມຈິງ')).toBe('ກວດສອບຄວາມຈິງ');
    expect(modelName('en', 'somethingNew', 'ວຽກໃໝ່')).toBe('ວຽກໃໝ່');
  });

  it('names a process in Lao without its English gloss', () => {
    expect(modelName('lo', 'hotline-1516', 'ສາຍດ່ວນ 1516 — ຄຳຮ້ອງທຸກ (Hotline 1516 complaint)')).toBe(
      'ສາຍດ່ວນ 1516 — ຄຳຮ້ອງທຸກ',
    );
  });

  it("labels a diagram in the reader's language", () => {
    const english = diagramInLanguage(XML, 'en');
    expect(english).toContain('name="Verify the complaint"');
    expect(english).toContain('name="Hotline 1516 complaint"');
    expect(english).toContain('name="ວຽກໃໝ່"');
    expect(diagramInLanguage(XML, 'lo')).toContain('name="ສາຍດ່ວນ 1516 — ຄຳຮ້ອງທຸກ"');
  });
});

describe("forms in the reader's language", () => {
  const schema = {
    id: 'hotline-verify',
    components: [
      { type: 'text', id: 'Text_title', text: '# ກວດສອບຄວາມຈິງຂອງຄຳຮ້ອງທຸກ' },
      {
        type: 'radio',
        key: 'complaintTrue',
        label: 'ຄຳຮ້ອງທຸກເປັນຄວາມຈິງບໍ?',
        description: 'Is the complaint true?',
        values: [
          { label: 'ແມ່ນ, ເປັນຄວາມຈິງ', value: true },
          { label: 'ບໍ່ແມ່ນ', value: false },
        ],
      },
      { type: 'select', key: 'province', label: 'ແຂວງ', values: [{ label: 'ບໍ່ແກ້ວ', value: 'bokeo' }] },
    ],
  };
  const messages = (key: string) => (({ 'province.bokeo': 'Bokeo' }) as Record<string, string>)[key];

  it('keeps the Lao labels and drops the English glosses in Lao', () => {
    const lao = formInLanguage(schema, 'lo', messages);
    expect(JSON.stringify(lao)).not.toMatch(/[A-Za-z]{3,} (the|true)/);
    expect(lao.components[1]).toMatchObject({ label: 'ຄຳຮ້ອງທຸກເປັນຄວາມຈິງບໍ?' });
    expect(lao.components[1]).not.toHaveProperty('description');
  });

  it('says labels, options and titles in English', () => {
    const english = formInLanguage(schema, 'en', messages);
    expect(JSON.stringify(english)).not.toMatch(/[\u0E80-\u0EFF]/);
    expect(english.components[2]).toMatchObject({ label: 'Province', values: [{ label: 'Bokeo', value: 'bokeo' }] });
  });
});

describe('English glosses in Lao text', () => {
  it('are left out, and Lao in brackets or a link stays', () => {
    expect(withoutGloss('# ໜັງສືຂາເຂົ້າ (incoming letter)')).toBe('# ໜັງສືຂາເຂົ້າ');
    expect(withoutGloss("ກະຊວງຂອງຜູ້ຮ່າງ, ຕາມລະບົບລາຍຊື່ (the drafter's ministry, from the directory)")).toBe(
      'ກະຊວງຂອງຜູ້ຮ່າງ, ຕາມລະບົບລາຍຊື່',
    );
    expect(withoutGloss('ຄຳເຫັນ (ຈຳເປັນເມື່ອສົ່ງຄືນ)')).toBe('ຄຳເຫັນ (ຈຳເປັນເມື່ອສົ່ງຄືນ)');
    expect(withoutGloss('ສະບັບທີ່ອອກແລ້ວ (PDF):')).toBe('ສະບັບທີ່ອອກແລ້ວ (PDF):');
    expect(withoutGloss('[/verify/{{documentCode}}](/verify/{{documentCode}})')).toBe(
      '[/verify/{{documentCode}}](/verify/{{documentCode}})',
    );
  });

  it('labels a date field (its dateLabel) in English', () => {
    const english = formInLanguage(
      {
        id: 'permit-decision',
        components: [
          { type: 'datetime', key: 'validUntil', id: 'Field_validUntil', dateLabel: 'ໃຊ້ໄດ້ຮອດ', label: 'ໃຊ້ໄດ້ຮອດ' },
        ],
      },
      'en',
      () => undefined,
    );
    expect(english.components[0]).toMatchObject({ dateLabel: 'Valid until', label: 'Valid until' });
  });
});
