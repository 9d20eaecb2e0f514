package org.convolve.storage;

/**
 * The database could not be opened: a wrong URL, user or password, a server that is down or not
 * there, or a schema that could not be brought up to date. The message is one sentence for an
 * admin; the cause keeps the driver's own account.
 */
public final class DatabaseUnavailable extends RuntimeException {
    DatabaseUnavailable(String jdbcUrl, String step, RuntimeException failure) {
        super("the database at " + Database.withoutOptions(jdbcUrl) + " could not be " + step + ": " + firstLine(rootMessage(failure)),
                failure);
    }

    private static String rootMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse(text);
        return line.endsWith(".") ? line : line + ".";
    }
}
