package org.convolve;

import org.convolve.storage.Database;

/**
 * Which database a running tool or a command uses, in words, with nothing after the URL's '?' or
 * ';' (options there may carry a password). An admin who registers a platform from the command
 * line must be able to see that it went where the running tool will look.
 */
final class DatabaseName {
    private DatabaseName() {
    }

    static String of(Config config) {
        String bare = Database.withoutOptions(config.jdbcUrl());
        if (bare.startsWith("jdbc:h2:file:")) {
            return "the H2 file " + bare.substring("jdbc:h2:file:".length()) + ".mv.db";
        }
        if (bare.startsWith("jdbc:postgresql://")) {
            return "PostgreSQL at " + bare.substring("jdbc:postgresql://".length());
        }
        return bare;
    }
}
