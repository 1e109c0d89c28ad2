import { useQuery } from '@tanstack/react-query';
import { myCasesKeys } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { inbox, type Attachment, type CaseDocument } from '../inbox/api';
import { CaseAttachments, CaseDocuments } from '../inbox/CaseFiles';
import { Alert } from '../layout/Alert';

/** A case's documents and attachments, read only. */
export interface CaseDocumentList {
  documents: CaseDocument[];
  attachments: Attachment[];
}

export async function loadCaseDocuments(caseId: string): Promise<CaseDocumentList> {
  const [documents, attachments] = await Promise.all([inbox.documents(caseId), inbox.attachments(caseId)]);
  return { documents, attachments };
}

/** The documents a case produced and the files attached to it, loaded when shown. */
export function CaseDocumentsPanel({ caseId }: { caseId: string }) {
  const { t, describeError } = useI18n();
  const files = useQuery({ queryKey: myCasesKeys.documents(caseId), queryFn: () => loadCaseDocuments(caseId) });
  if (files.error) return <Alert>{describeError(files.error)}</Alert>;
  if (!files.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="case-documents">
      <CaseDocuments documents={files.data.documents} />
      <CaseAttachments processInstanceId={caseId} attachments={files.data.attachments} />
    </div>
  );
}
