import flatpickr from 'flatpickr';
import type { Instance } from 'flatpickr/dist/types/instance';
import type { CustomLocale } from 'flatpickr/dist/types/locale';
import type { Language } from '../i18n/i18n';

/** Day, month, four-digit year, one separator used twice — the way Lao users write dates. */
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day a typed date names: 30/11/2029, 30.11.2029, 30-11-2029 or 2029-11-30. Anything it
 * would have to guess — a month above 12 (11/30/2029), a day the month lacks, a two-digit
 * year — is unreadable (undefined), never turned into another date. The server reads the same way.
 */
export function parseTypedDate(text: string): Date | undefined {
  const trimmed = text.trim();
  const dayFirst = DAY_FIRST.exec(trimmed);
  const iso = ISO_DAY.exec(trimmed);
  if (dayFirst) return calendarDay(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/** dd/mm/yyyy, as the certificates print it. */
export function formatTypedDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

function calendarDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month - 1, day);
  const exact = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return exact ? date : undefined;
}

const LAO_CALENDAR: Partial<CustomLocale> = {
  weekdays: {
    shorthand: ['ອາ', 'ຈ', 'ອ', 'ພ', 'ພຫ', 'ສ', 'ສ'],
    longhand: ['ອາທິດ', 'ຈັນ', 'ອັງຄານ', 'ພຸດ', 'ພະຫັດ', 'ສຸກ', 'ເສົາ'],
  },
  months: {
    shorthand: ['ມ.ກ.', 'ກ.ພ.', 'ມ.ນ.', 'ມ.ສ.', 'ພ.ພ.', 'ມິ.ຖ.', 'ກ.ລ.', 'ສ.ຫ.', 'ກ.ຍ.', 'ຕ.ລ.', 'ພ.ຈ.', 'ທ.ວ.'],
    longhand: ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'],
  },
  firstDayOfWeek: 0,
  rangeSeparator: ' ຫາ ',
  toggleTitle: 'ກົດເພື່ອສະຫຼັບ',
  // the picker's own labels, read aloud and shown as tooltips: in Lao too
  scrollTitle: 'ເລື່ອນເພື່ອເພີ່ມ',
  yearAriaLabel: 'ປີ',
  monthAriaLabel: 'ເດືອນ',
  hourAriaLabel: 'ຊົ່ວໂມງ',
  minuteAriaLabel: 'ນາທີ',
  weekAbbreviation: 'ອທ',
  time_24hr: true,
};

/**
 * Makes every form date picker (form-js draws them with flatpickr) read and write dates day
 * first whatever the browser's locale, and name months and days in Lao when the app speaks Lao.
 * flatpickr takes a picker's date parser and formatter only from that picker's own options,
 * never from its defaults, so each picker is given them as it starts (its ready hook).
 */
export function readDatesDayFirst(language: Language) {
  flatpickr.setDefaults({
    locale: language === 'lo' ? LAO_CALENDAR : 'default',
    onReady: [
      (_dates: Date[], _text: string, picker: Instance) => {
        picker.config.parseDate = (text: string) => parseTypedDate(text) as Date;
        picker.config.formatDate = (date: Date) => formatTypedDate(date);
      },
    ],
  });
}

interface SchemaComponent {
  id?: string;
  type?: string;
  components?: SchemaComponent[];
}

/** The id of the date field whose text input has DOM id {@code inputId} (form-js: "…-{id}-date"). */
export function dateFieldIdOf(inputId: string, schema: SchemaComponent): string | undefined {
  if (!inputId.endsWith('-date')) return undefined;
  for (const component of schema.components ?? []) {
    if (component.type === 'datetime' && component.id && inputId.endsWith(`-${component.id}-date`)) return component.id;
    const nested = dateFieldIdOf(inputId, component);
    if (nested) return nested;
  }
  return undefined;
}
