package org.bridgework.search.api;

/** Search cannot work at all for a project (not for a missing, stale or corrupt cache: those are rebuilt). */
public class SearchUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
