package org.convolve.lesson.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.convolve.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** The index replaces directory listing inside the jar, so it must never drift from the folders. */
class LessonIndexTest {
    private static final Path SOURCE_LESSONS = Path.of("src/main/resources/lessons");

    @Test
    void index_lists_exactly_the_lesson_folders_in_the_source_tree() throws IOException {
        List<String> folders;
        try (Stream<Path> entries = Files.list(SOURCE_LESSONS)) {
            folders = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> indexed = new LessonLoader().loadBuiltIn().stream().map(Lesson::id).sorted().toList();
        assertEquals(folders, indexed);
    }
}
