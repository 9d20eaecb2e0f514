package org.convolve.lesson;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The validated lessons the tool serves, by id, in the order they were loaded. */
public final class LessonCatalog {
    private final Map<String, Lesson> lessonsById;

    private LessonCatalog(Map<String, Lesson> lessonsById) {
        this.lessonsById = lessonsById;
    }

    public static LessonCatalog of(Collection<Lesson> lessons) {
        Map<String, Lesson> byId = new LinkedHashMap<>();
        for (Lesson lesson : lessons) {
            if (byId.putIfAbsent(lesson.id(), lesson) != null) {
                throw new IllegalArgumentException("two lessons share the id '" + lesson.id() + "'");
            }
        }
        return new LessonCatalog(byId);
    }

    public Optional<Lesson> find(String lessonId) {
        return Optional.ofNullable(lessonsById.get(lessonId));
    }

    /** For callers holding an id that came from our own storage, where absence is a bug. */
    public Lesson get(String lessonId) {
        return find(lessonId).orElseThrow(() -> new NoSuchElementException("no lesson with id '" + lessonId + "'"));
    }

    public List<Lesson> all() {
        return List.copyOf(lessonsById.values());
    }

    public int size() {
        return lessonsById.size();
    }
}
