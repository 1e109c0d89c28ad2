/**
 * Official documents in Lao: permit certificates, official letters and hotline answers,
 * rendered as PDF, archived once, and verifiable by anyone through their QR code.
 *
 * <h2>The step</h2>
 * A BPMN service task on topic {@code gflow.document-render} with the variable
 * {@code documentKind} ({@code certificate}, {@code letter} or {@code answer}) issues a document
 * from the case's variables and sets {@code documentCode} (the verification code, 16 base32
 * characters), {@code documentSerial} (e.g. {@code C-2026-000042}, per kind and year) and
 * {@code documentId} (the archive's id). A missing variable or a character the font cannot print
 * fails the step; its incident names the variable or the character.
 *
 * <h2>Layouts</h2>
 * A layout is a UTF-8 JSON file {@code <kind>.json} or {@code <kind>-<permitType>.json} (the
 * latter wins for cases whose {@code permitType} variable matches). The engine ships one per kind
 * under {@code gflow/documents/}; a plugin's layout of the same name replaces it while the
 * plugin is installed. Entries:
 * <pre>
 * kind       required  certificate | letter | answer, equal to the file name's kind
 * issuer     required  {"lo", "en"?}  the issuing body: letterhead and verification page
 * title      required  {"lo", "en"?}
 * holder     optional  variable naming whom the document is for (shown when verifying);
 *                      a certificate without one: its first field
 * fields     optional  [{"variable", "label": {"lo", "en"?}, "required"?, "format"?}]
 *                      format: text (default) | date | datetime | number
 * body       optional  {"lo", "en"?}  running text
 * sections   optional  [{"variable", "heading": {"lo", "en"?}, "required"?, "style"?}]
 *                      style: paragraph (default) | list | signoff-trail
 * signature  optional  {"variable", "label": {"lo", "en"?}}  the approving officer (required)
 * footer     optional  {"lo", "en"?}
 * </pre>
 * Every text may contain {@code ${variable}} placeholders; a variable a text uses is required.
 * The service adds, where the case does not have them: {@code ministryNameLo/En} and
 * {@code responsibleOrgNameLo/En} from organisation codes, {@code permitNumber} from the business
 * key, {@code validFrom}, {@code registeredAt} and {@code publishedAt} as the issue date,
 * {@code complaintSummary} from {@code complaintText}; and, in the render step, the case's
 * attachment names as {@code attachments} and the approvers' names in {@code signoffTrail}.
 *
 * <h2>Pages</h2>
 * Lao comes first, English beneath it where the layout has it. Text is set in the embedded Noto
 * Sans Lao with OpenPDF's layout processor on (Java's OpenType shaping), so vowels and tone marks
 * stack on their consonants; lines break at the word boundaries of ICU's Lao dictionary. Each
 * page carries the serial; the last carries a QR code to {@code <gflow.public-url>/verify/<code>}.
 */
package org.gflow.engine.documents;
