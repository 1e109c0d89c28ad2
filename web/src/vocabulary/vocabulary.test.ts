import { describe, expect, it } from 'vitest';
import {
  HOTLINE_CATEGORIES,
  ORGANISATIONS,
  organisationNamesOfGroups,
  organisationOfGroup,
  PROVINCES,
  vocabularyMessages,
} from './vocabulary';

describe('the vocabulary', () => {
  it('names every code in Lao and English', () => {
    for (const language of ['lo', 'en'] as const) {
      const messages = vocabularyMessages(language);
      for (const org of ORGANISATIONS) expect(messages[`org.${org.code}`]).toBe(org[language]);
      for (const province of PROVINCES) expect(messages[`province.${province.code}`]).toBe(province[language]);
      for (const category of HOTLINE_CATEGORIES) expect(messages[`category.${category.code}`]).toBe(category[language]);
    }
    expect(vocabularyMessages('lo')['org.mtc']).toBe('ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ');
    expect(vocabularyMessages('en')['org.mtc']).toBe('Ministry of Technology and Communications');
  });

  it('finds the organisation a group is a role of', () => {
    expect(organisationOfGroup('bokeo-hotline-verifiers')?.lo).toBe('ແຂວງບໍ່ແກ້ວ');
    expect(organisationOfGroup('vientiane-hotline-verifiers')?.code).toBe('vientiane');
    expect(organisationOfGroup('gflow-admins')).toBeUndefined();
  });

  it("names a task's organisations once each, as the task list shows them", () => {
    expect(
      organisationNamesOfGroups(
        ['bokeo-hotline-verifiers', 'bokeo-hotline-supervisors', 'opm-hotline-supervisors', 'gflow-admins'],
        'lo',
      ),
    ).toEqual(['ແຂວງບໍ່ແກ້ວ', 'ຫ້ອງວ່າການສຳນັກງານນາຍົກລັດຖະມົນຕີ']);
    expect(organisationNamesOfGroups(['mtc-licence-directors'], 'en')).toEqual([
      'Ministry of Technology and Communications',
    ]);
  });
});
