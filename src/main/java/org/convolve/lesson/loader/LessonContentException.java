package org.convolve.lesson.loader;

import java.util.List;

/**
 * A lesson content file that must not be served. Thrown at start-up so an admin sees every problem
 * in one go, each prefixed by the file it came from.
 */
public final class LessonContentException extends RuntimeException {
    private final String source;
    private final List<String> problems;

    public LessonContentException(String source, List<String> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public LessonContentException(String source, String problem) {
        this(source, List.of(problem));
    }

    public LessonContentException(String source, String problem, Throwable cause) {
        this(source, List.of(problem), cause);
    }

    public LessonContentException(String source, List<String> problems, Throwable cause) {
        this(source, problems);
        initCause(cause);
    }

    /** The file (or classpath resource) at fault. */
    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }

    private static String describe(String source, List<String> problems) {
        if (problems.size() == 1) {
            return source + ": " + problems.get(0);
        }
        return source + ": " + problems.size() + " problems:\n  - " + String.join("\n  - ", problems);
    }
}
