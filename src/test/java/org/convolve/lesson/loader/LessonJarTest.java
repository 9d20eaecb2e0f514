package org.convolve.lesson.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.convolve.lesson.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In production the lessons sit inside the shaded jar, where a classpath folder cannot be listed. */
class LessonJarTest {
    @TempDir
    Path temp;

    @Test
    void built_in_lessons_load_from_inside_a_jar() throws IOException {
        Path jar = temp.resolve("lessons.jar");
        Path resources = Path.of("src/main/resources");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, resources, "lessons/index.txt");
            add(out, resources, "lessons/cnn-basics/lesson.yaml");
        }
        // No parent loader: resources can only come from the jar, never from target/classes.
        try (URLClassLoader jarOnly = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Lesson> lessons = new LessonLoader(jarOnly, LessonLoader.BUILT_IN_ROOT).loadBuiltIn();
            assertEquals(List.of("cnn-basics"), lessons.stream().map(Lesson::id).toList());
        }
    }

    private static void add(JarOutputStream out, Path root, String name) throws IOException {
        out.putNextEntry(new JarEntry(name));
        Files.copy(root.resolve(name), out);
        out.closeEntry();
    }
}
