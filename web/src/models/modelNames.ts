import type { Language } from '../i18n/i18n';

/**
 * Names from G-Flow's BPMN models and forms in the reader's language. The models are written in
 * Lao (their own names are the Lao ones), a few with an English gloss in brackets; here are the
 * English names, keyed by the element's id (a process key, a user task's definition key, any
 * diagram element's id), and the Lao names of the processes without the gloss. A name not listed
 * is shown as the model has it.
 */
const NAMES: Record<Language, Record<string, string>> = {
  lo: {
    'hotline-1516': 'ສາຍດ່ວນ 1516 — ຄຳຮ້ອງທຸກ',
    'document-approval': 'ການອະນຸມັດໜັງສືທາງການ',
    permit: 'ໃບອະນຸຍາດ',
  },
  en: {
    // hotline 1516
    'hotline-1516': 'Hotline 1516 complaint',
    complaintReceived: 'Complaint received',
    registerComplaint: 'Register and issue the tracking number',
    triageComplaint: 'Triage the complaint',
    routeComplaint: 'Decide who is responsible',
    verifyComplaint: 'Verify the complaint',
    verificationReminderDue: 'Due soon',
    remindVerifiers: 'Remind the verifiers',
    reminderSent: 'Reminder sent',
    verificationOverdue: 'Overdue',
    notifyEscalation: 'Tell the supervisors and the Office',
    followUpOverdue: 'Follow up the overdue complaint',
    escalationHandled: 'Followed up',
    complaintTrueGateway: 'Is it true?',
    flowComplaintNotTrue: 'No',
    flowComplaintTrue: 'Yes',
    writeExplanation: 'Write the explanation',
    investigateAndReport: 'Investigate, fix and report',
    reviewReport: 'The Office reviews the report',
    reportAcceptedGateway: 'Report accepted?',
    flowReportAccepted: 'Accepted',
    flowReportReturned: 'Returned',
    publishAnswer: 'Publish the answer',
    renderAnswer: 'Issue the answer letter',
    notifyCitizen: 'Tell the complainant',
    caseClosed: 'Complaint closed',
    // official letters
    'document-approval': 'Official letter approval',
    letterStarted: 'New letter started',
    writeLetter: 'Draft the letter',
    buildSignoffChain: 'Build the sign-off chain',
    signOff: 'Review and sign off',
    signoffOutcome: 'Sign-off outcome',
    flowApproved: 'Approved',
    flowReturned: 'Returned',
    flowRejected: 'Rejected',
    reviseLetter: 'Revise the letter',
    notifyDrafterRejected: 'Tell the drafter it was rejected',
    letterRejected: 'Letter rejected',
    assignRegistryNumber: 'Issue the registry number',
    renderLetter: 'Make the PDF',
    distributeLetter: 'Distribute the letter',
    distributionFailed: 'Could not distribute',
    resolveDistribution: 'Resolve the distribution',
    acknowledgeIncoming: 'Receive the incoming letter',
    letterDistributed: 'Distributed',
    // permits and licences
    permit: 'Permit or licence',
    applicationReceived: 'Application received',
    selectPermitType: 'Decide the responsible ministry',
    enterpriseNumberGiven: 'Enterprise number given?',
    flowLookUpEnterprise: 'Yes',
    flowNoEnterpriseNumber: 'No',
    lookUpEnterprise: 'Check the enterprise register',
    checkCompleteness: 'Check the documents are complete',
    documentsCompleteGateway: 'Documents complete?',
    flowDocumentsComplete: 'Complete',
    flowDocumentsMissing: 'Missing',
    requestMissingDocuments: 'Ask for the missing documents',
    awaitDocuments: 'Wait for the documents',
    documentsSupplied: 'Documents received',
    documentsDeadlinePassed: 'Deadline for documents passed',
    notifyCancelled: 'Tell the applicant it is cancelled',
    applicationCancelled: 'Application cancelled',
    technicalReview: 'Technical review',
    consultationNeeded: 'Consultation needed?',
    flowConsult: 'Consult',
    flowNoConsultation: 'Not needed',
    consultAgency: 'Consult another agency',
    calculateFee: 'Calculate the fee',
    requestPayment: 'Ask for the fee',
    paymentReceived: 'Payment received',
    verifyPayment: 'Check the payment',
    wrongAmount: 'Wrong amount',
    resolvePaymentProblem: 'Resolve the payment problem',
    decidePermit: 'Decide on the permit',
    permitDecisionGateway: 'Approved?',
    flowPermitApproved: 'Approved',
    flowPermitRefused: 'Refused',
    issueCertificate: 'Issue the permit',
    notifyGranted: 'Tell the applicant',
    permitIssued: 'Permit issued',
    notifyRefused: 'Tell the applicant it is refused',
    permitRefused: 'Permit refused',
    flowAskAgain: 'Ask to pay again',
  },
};

/** The name of a model element in this language, or the model's own name when none is listed. */
export function modelName(
  language: Language,
  id: string | null | undefined,
  ownName: string | null | undefined,
): string {
  return (id ? NAMES[language][id] : undefined) ?? ownName ?? id ?? '';
}

/** Whether a name is listed for this element (so a diagram label can be replaced). */
export function hasModelName(language: Language, id: string): boolean {
  return id in NAMES[language];
}
