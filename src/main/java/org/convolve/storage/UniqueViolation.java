package org.convolve.storage;

import java.sql.SQLException;

/** Recognises a broken unique or primary key; H2 and PostgreSQL both report SQLState 23505. */
public final class UniqueViolation {
    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
