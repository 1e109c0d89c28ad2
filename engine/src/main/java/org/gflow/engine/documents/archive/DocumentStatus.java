package org.gflow.engine.documents.archive;

/** What the public verification page says about a genuine document. */
public enum DocumentStatus {
    /** Issued, not revoked, and not past its valid-until date. */
    VALID,
    /** Past its valid-until date. */
    EXPIRED,
    /** Revoked by an administrator, with a reason. */
    REVOKED;

    /** The name used in the API, e.g. {@code valid}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
