import { query, request } from '../api/client';
import type { Schemas } from '../api/types';

/** What the track page shows of a complaint (GET /api/public/hotline/complaints/{number}). */
export type ComplaintStatus = Schemas['ComplaintStatus'];
/** What the track page shows of a permit application (GET /api/public/permits/{reference}). */
export type PermitStatus = Schemas['PermitStatus'];
/** Either: the public status endpoints leave out what is not known yet. */
export type PublicStatus = ComplaintStatus | PermitStatus;
/** One public step of a case. */
export type PublicStep = Schemas['ComplaintStep'] | Schemas['PermitStep'];
export type PublishedAnswer = Schemas['PublishedAnswer'];
export type AnswersPage = Schemas['AnswersPage'];
/** What the verification page may show of a document. */
export type DocumentVerification = Schemas['DocumentVerification'];
/** What a citizen leaves with after filing: both are needed to follow the complaint. */
export type Filed = Schemas['Filed'];
export type Complaint = Partial<Schemas['Complaint']>;

/** A permit application's reference, as its receipt prints it ({@code APP-2026-000042}). */
export function isPermitReference(reference: string): boolean {
  return /^APP-/i.test(reference);
}

const documentPath = (code: string) => `/api/public/documents/${encodeURIComponent(code)}`;
const complaintPath = (trackingNumber: string) =>
  `/api/public/hotline/complaints/${encodeURIComponent(trackingNumber)}`;

/** G-Flow's public API: no login, every call answered by the engine's typed records. */
export const publicApi = {
  /** A complaint by tracking number or an application by its APP reference, with its access code. */
  status: (reference: string, code: string) =>
    request<PublicStatus>(
      `/api/public/${isPermitReference(reference) ? 'permits' : 'hotline/complaints'}/${encodeURIComponent(reference)}${query({ code })}`,
    ),
  answers: (search: { q?: string; first: number; size: number }) =>
    request<AnswersPage>(`/api/public/hotline/answers${query(search)}`),
  fileComplaint: (complaint: Complaint) => request<Filed>('/api/public/hotline/complaints', { json: complaint }),
  /** "Not resolved": the answered complaint goes back to be handled again. */
  reopen: (trackingNumber: string, reopen: Schemas['Reopen']) =>
    request<ComplaintStatus>(`${complaintPath(trackingNumber)}/reopen`, { json: reopen }),
  /** The citizen's rating of the answer; a new one replaces the last. */
  rate: (trackingNumber: string, rating: Schemas['Rating']) =>
    request<ComplaintStatus>(`${complaintPath(trackingNumber)}/rating`, { json: rating }),
  document: (code: string) => request<DocumentVerification>(documentPath(code)),
  /** Whether these bytes are the archived PDF of the document. */
  checkDocument: (code: string, form: FormData) =>
    request<Schemas['DocumentCheck']>(`${documentPath(code)}/check`, { form }),
};
