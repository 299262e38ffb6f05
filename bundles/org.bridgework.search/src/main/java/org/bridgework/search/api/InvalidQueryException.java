package org.bridgework.search.api;

/**
 * A query that cannot be run. The message is one sentence for the user, starting with where it fails
 * ("at column 9: ..."); {@link #column()} gives the position for a caret under the query.
 */
public class InvalidQueryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String query;
    private final int column;

    /**
     * @param query   the query as typed
     * @param column  1-based column where it fails (0 when unknown)
     * @param message what is wrong, one sentence without the position (it is added)
     */
    public InvalidQueryException(String query, int column, String message) {
        super(column > 0 ? "at column " + column + ": " + message : message);
        this.query = query;
        this.column = column;
    }

    /** The query as typed. */
    public String query() {
        return query;
    }

    /** 1-based column where the query fails, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The query and a caret under the failing column, on two lines (just the query when the column is unknown). */
    public String pointer() {
        if (column <= 0) {
            return query;
        }
        return query + "\n" + " ".repeat(Math.min(column - 1, query.length())) + "^";
    }
}
