package org.convolve.lesson.loader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.LessonCatalog;

/**
 * Loads and validates lesson folders, each holding a {@code lesson.yaml}.
 *
 * <p>Built-in lessons are listed in {@code lessons/index.txt} because a classpath cannot be listed
 * reliably once it is a shaded jar; admins' lessons come from a plain directory, which can be. Any
 * problem throws {@link LessonContentException} so a broken lesson stops start-up instead of
 * reaching learners.
 */
public final class LessonLoader {
    public static final String LESSON_FILE = "lesson.yaml";
    public static final String INDEX_FILE = "index.txt";
    public static final String BUILT_IN_ROOT = "lessons";

    private final ClassLoader classLoader;
    private final String classpathRoot;

    public LessonLoader() {
        this(LessonLoader.class.getClassLoader(), BUILT_IN_ROOT);
    }

    public LessonLoader(ClassLoader classLoader, String classpathRoot) {
        this.classLoader = classLoader;
        this.classpathRoot = classpathRoot;
    }

    public LessonCatalog loadCatalog() {
        return loadCatalog(null);
    }

    /** Built-in lessons plus, when {@code adminDirectory} is not null, an admin's lesson folders. */
    public LessonCatalog loadCatalog(Path adminDirectory) {
        Map<String, String> sourceById = new LinkedHashMap<>();
        List<Lesson> lessons = new ArrayList<>();
        for (String folder : builtInFolders()) {
            add(loadBuiltIn(folder), resourceName(folder), sourceById, lessons);
        }
        if (adminDirectory != null) {
            // Every folder is read before giving up, so one start shows the admin every broken lesson.
            List<String> problems = new ArrayList<>(misplacedFiles(adminDirectory));
            for (Path folder : lessonFolders(adminDirectory)) {
                try {
                    add(loadFolder(folder), folder.resolve(LESSON_FILE).toString(), sourceById, lessons);
                } catch (LessonContentException e) {
                    e.problems().forEach(problem -> problems.add(e.source() + ": " + problem));
                }
            }
            if (!problems.isEmpty()) {
                throw new LessonContentException(adminDirectory.toString(), problems);
            }
        }
        return LessonCatalog.of(lessons);
    }

    /** Lesson files outside a lesson folder would otherwise be skipped without a word. */
    private static List<String> misplacedFiles(Path directory) {
        List<String> problems = new ArrayList<>();
        for (String name : List.of(LESSON_FILE, "lesson.yml")) {
            if (Files.isRegularFile(directory.resolve(name))) {
                problems.add(directory.resolve(name) + ": a lesson file must be in a folder of its own, named after"
                        + " the lesson's id (" + directory.resolve("<lesson-id>").resolve(LESSON_FILE) + ")");
            }
        }
        return problems;
    }

    public List<Lesson> loadBuiltIn() {
        return builtInFolders().stream().map(this::loadBuiltIn).toList();
    }

    public Lesson loadBuiltIn(String folder) {
        String resource = resourceName(folder);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LessonContentException(indexName(), "lists '" + folder + "', but " + resource
                        + " is not on the classpath");
            }
            return validated(LessonYaml.read(in, resource), folder, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public List<Lesson> loadDirectory(Path directory) {
        return lessonFolders(directory).stream().map(this::loadFolder).toList();
    }

    public Lesson loadFolder(Path folder) {
        Path file = folder.resolve(LESSON_FILE);
        if (!Files.isRegularFile(file)) {
            throw new LessonContentException(folder.toString(), "lesson folder has no " + LESSON_FILE
                    + (Files.isRegularFile(folder.resolve("lesson.yml")) ? " (it has lesson.yml: rename it " + LESSON_FILE
                    + ")" : ""));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return validated(LessonYaml.read(in, file.toString()), folder.getFileName().toString(), file.toString());
        } catch (IOException e) {
            throw new LessonContentException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Lesson validated(LessonYaml.Read read, String folder, String source) {
        Lesson lesson = read.lesson();
        List<String> problems = new ArrayList<>(read.unknownFields());
        problems.addAll(LessonRules.problemsIn(lesson));
        // The folder name is what admins see; letting it differ from the id invites editing the wrong one.
        if (lesson.id() != null && !lesson.id().equals(folder)) {
            problems.add("lesson: id '" + lesson.id() + "' must match its folder name '" + folder + "'");
        }
        if (!problems.isEmpty()) {
            throw new LessonContentException(source, problems);
        }
        return lesson;
    }

    private List<String> builtInFolders() {
        String index = indexName();
        try (InputStream in = classLoader.getResourceAsStream(index)) {
            if (in == null) {
                throw new LessonContentException(index, "not found on the classpath; it must list the lesson folders");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(index, e);
        }
    }

    private static List<Path> lessonFolders(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new LessonContentException(directory.toString(), "is not a directory of lesson folders");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries
                    .filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new LessonContentException(directory.toString(), "cannot be listed: " + e.getMessage(), e);
        }
    }

    private static void add(Lesson lesson, String source, Map<String, String> sourceById, List<Lesson> lessons) {
        String earlier = sourceById.putIfAbsent(lesson.id(), source);
        if (earlier != null) {
            throw new LessonContentException(source, "lesson id '" + lesson.id() + "' is already used by " + earlier);
        }
        // Instructors pick lessons by title, and gradebook columns carry it.
        lessons.stream().filter(other -> other.title().equalsIgnoreCase(lesson.title())).findFirst()
                .ifPresent(other -> {
                    throw new LessonContentException(source, "lesson title '" + lesson.title()
                            + "' is already the title of " + sourceById.get(other.id())
                            + "; instructors could not tell the two apart");
                });
        lessons.add(lesson);
    }

    private String indexName() {
        return classpathRoot + "/" + INDEX_FILE;
    }

    private String resourceName(String folder) {
        return classpathRoot + "/" + folder + "/" + LESSON_FILE;
    }
}
