import type { Language } from '../i18n/i18n';
import type { MessageKey } from '../i18n/lo';

/**
 * G-Flow's forms are written in Lao, some fields with an English gloss as their description.
 * English labels of their fields (by the variable a field writes, the same in every form),
 * of their options (by variable and value) and of their text blocks (by form id and block id).
 */
const FIELDS: Record<string, string> = {
  complaintText: 'Complaint',
  reopenReason: 'The complainant says it is not resolved, because',
  triageNote: 'Triage note',
  trackingNumber: 'Tracking number',
  category: 'Category',
  province: 'Province',
  channel: 'Channel',
  citizenName: "Complainant's name (optional)",
  citizenPhone: 'Phone (optional)',
  citizenEmail: 'E-mail (optional)',
  citizenLanguage: 'Language of the messages to the complainant',
  citizenSmsOptOut: 'No text messages',
  complaintTrue: 'Is the complaint true?',
  verificationNotes: 'What was checked and found',
  answerText: 'Answer to publish',
  actionsTaken: 'Actions taken',
  reportText: 'Investigation report',
  reviewComment: 'Why it was returned',
  reportAccepted: 'Accept the report?',
  escalationNote: 'Follow-up and measures',
  responsibleGroup: 'Responsible group',
  subject: 'Subject',
  letterBody: 'Text of the letter',
  ministry: 'Ministry',
  recipients: 'Recipients',
  returnReasons: 'Why it was returned',
  decision: 'Decision',
  comment: 'Comment (needed to return or reject)',
  registryNumber: 'Registry number',
  ministryName: 'From',
  distributionProblem: 'Problem',
  applicantName: 'Applicant',
  applicantPhone: 'Phone',
  applicantEmail: 'E-mail',
  applicantLanguage: 'Language of the messages to the applicant',
  applicantSmsOptOut: 'No text messages',
  enterpriseNumber: 'Enterprise number',
  businessType: 'Type of business',
  businessSize: 'Business size',
  businessAddress: 'Business address',
  permitType: 'Permit type',
  investmentAmount: 'Investment (kip)',
  applicationSummary: 'What the application is for',
  documentsComplete: 'Documents complete?',
  missingDocuments: 'Missing documents',
  consultationOpinion: "Your agency's opinion",
  reviewNotes: "The ministry's review",
  consultedAgencies: 'Agencies to consult',
  permitDecision: 'Decision',
  feeAmount: 'Fee (kip)',
  validUntil: 'Valid until',
  enterpriseName: 'Enterprise name in the register',
  enterpriseFound: 'Found in the register and active',
  receiptNumber: 'Receipt number',
  decisionReasons: 'Reasons',
};

const OPTIONS: Record<string, Record<string, string>> = {
  channel: { phone: 'Phone 1516', web: 'Website' },
  citizenLanguage: { lo: 'Lao', en: 'English' },
  applicantLanguage: { lo: 'Lao', en: 'English' },
  complaintTrue: { true: 'Yes, it is true', false: 'No' },
  reportAccepted: { true: 'Accept', false: 'Return to be corrected' },
  documentsComplete: { true: 'Complete', false: 'Not complete: ask for more' },
  decision: { approve: 'Approve', return: 'Return to be corrected', reject: 'Reject' },
  permitDecision: { approve: 'Approve', refuse: 'Refuse' },
  businessSize: { small: 'Small', medium: 'Medium', large: 'Large' },
  businessType: {
    trade: 'Trade',
    service: 'Services',
    manufacturing: 'Manufacturing',
    tourism: 'Tourism',
    'import-export': 'Import and export',
  },
  permitType: {
    'business-licence': 'Business licence',
    'transport-licence': 'Transport licence',
    'environment-permit': 'Environment permit',
  },
};

/** Options named by the app's own messages: categories, provinces, organisations. */
const OPTION_MESSAGES: Record<string, string> = {
  category: 'category',
  province: 'province',
  ministry: 'org',
  recipients: 'org',
  consultedAgencies: 'org',
};

const TEXTS: Record<string, string> = {
  'hotline-escalation.Text_title': '# Follow up an overdue complaint',
  'hotline-explanation.Text_title': '# Write the explanation for the complainant',
  'hotline-intake.Text_title': '# Register a hotline 1516 complaint',
  'hotline-office-review.Text_title': '# Review the report',
  'hotline-report.Text_title': '# Investigate, fix and report',
  'hotline-triage.Text_title': '# Triage the complaint',
  'hotline-verify.Text_title': '# Verify the complaint',
  'incoming-letter.Text_title': '# Incoming letter',
  'incoming-letter.Text_acknowledge': 'Press **Complete** to confirm the office has received this letter.',
  'incoming-letter.Text_pdf': 'The issued letter (PDF): [open and verify](/verify/{{documentCode}})',
  'letter-distribution-problem.Text_title': '# The letter could not be delivered',
  'letter-draft.Text_title': '# Draft an official letter',
  'letter-draft.Text_attachments': 'Attach files under **Attachments** of this task.',
  'letter-signoff.Text_title': '# Review and sign off the letter',
  'permit-application.Text_title': '# Application for a permit',
  'permit-application.Text_attachments': "Attach the application's documents under **Attachments**.",
  'permit-completeness.Text_title': '# Check the documents are complete',
  'permit-consultation.Text_title': '# Give an opinion on the application',
  'permit-decision.Text_title': '# Decide on the permit',
  'permit-decision.Text_holderDiffers':
    '**⚠ The name in the enterprise register differs from the name in the application**\n\n' +
    'The permit will be issued to the enterprise as registered: **{{enterpriseName}}**. ' +
    'The application says: {{applicantName}}. Check before approving.',
  'permit-payment-problem.Text_title': '# Resolve the fee payment problem',
  'permit-payment-problem.Text_again': 'Once sent, the applicant is asked to pay again.',
  'permit-review.Text_title': '# Technical review',
};

const LAO = /[\u0E80-\u0EFF]/;

interface Component {
  id?: string;
  key?: string;
  type?: string;
  label?: string;
  dateLabel?: string;
  description?: string;
  text?: string;
  values?: { label: string; value: unknown }[];
  components?: Component[];
}

/**
 * The form's schema in the reader's language, for form-js to draw. Lao: the model's own labels;
 * English glosses left as descriptions are dropped (the Lao label says it). English: labels,
 * options and text blocks from the lists above, else the field's English gloss; Lao left with
 * no English counterpart stays (the language check of the browser journeys finds it).
 */
export function formInLanguage<T extends object>(
  schema: T,
  language: Language,
  messages: (key: string) => string | undefined,
): T {
  const formId = (schema as { id?: string }).id ?? '';
  const localise = (component: Component): Component => {
    const copy: Component = { ...component };
    const gloss = component.description && !LAO.test(component.description) ? component.description : undefined;
    if (language === 'lo') {
      if (gloss) delete copy.description;
      else if (copy.description) copy.description = withoutGloss(copy.description);
      if (copy.label) copy.label = withoutGloss(copy.label);
      if (copy.dateLabel) copy.dateLabel = withoutGloss(copy.dateLabel);
      if (copy.text) copy.text = withoutGloss(copy.text);
    } else {
      const label = component.key ? FIELDS[component.key] : undefined;
      if (component.label && LAO.test(component.label)) copy.label = label ?? gloss ?? component.label;
      // a date field's label is its dateLabel
      if (component.dateLabel && LAO.test(component.dateLabel)) copy.dateLabel = label ?? gloss ?? component.dateLabel;
      if (component.description && (LAO.test(component.description) || copy.label === gloss)) delete copy.description;
      if (component.values && component.key) {
        copy.values = component.values.map((option) => ({
          ...option,
          label: optionLabel(component.key!, option, messages),
        }));
      }
      if (component.type === 'text' && component.id) copy.text = TEXTS[`${formId}.${component.id}`] ?? component.text;
    }
    if (component.components) copy.components = component.components.map(localise);
    return copy;
  };
  const components = (schema as { components?: Component[] }).components;
  return components ? { ...schema, components: components.map(localise) } : schema;
}

/** Lao text without the English gloss some models add in brackets: "ໜັງສືຂາເຂົ້າ (incoming letter)". */
export function withoutGloss(text: string): string {
  return text.replace(/\s*\(\s*[A-Za-z][^()\u0E80-\u0EFF]*[a-z][^()\u0E80-\u0EFF]*\)/g, '');
}

function optionLabel(
  key: string,
  option: { label: string; value: unknown },
  messages: (key: string) => string | undefined,
) {
  const value = String(option.value);
  const prefix = OPTION_MESSAGES[key];
  return OPTIONS[key]?.[value] ?? (prefix ? messages(`${prefix}.${value}` as MessageKey) : undefined) ?? option.label;
}
