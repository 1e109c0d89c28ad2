package org.gflow.ldap;

/**
 * The directory could not be reached or did not answer in time. Callers show a
 * "service unavailable" error; the connection pool reconnects by itself when the directory
 * is back.
 */
public class DirectoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
