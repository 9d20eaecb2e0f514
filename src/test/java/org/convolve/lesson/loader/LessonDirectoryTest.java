package org.convolve.lesson.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.LessonCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admins add lessons by dropping folders into a directory; no Java code is involved. */
class LessonDirectoryTest {
    @TempDir
    Path admin;

    @Test
    void a_second_lesson_folder_joins_the_catalog_next_to_the_built_in_one() throws IOException {
        copyMinimalLessonTo(admin.resolve("minimal"));
        LessonCatalog catalog = new LessonLoader().loadCatalog(admin);
        assertEquals(List.of("cnn-basics", "minimal"), catalog.all().stream().map(Lesson::id).toList());
        assertEquals(6, catalog.get("minimal").totalXp());
    }

    @Test
    void hidden_folders_and_loose_files_are_ignored() throws IOException {
        copyMinimalLessonTo(admin.resolve("minimal"));
        Files.createDirectories(admin.resolve(".git"));
        Files.writeString(admin.resolve("README.md"), "notes");
        assertEquals(1, new LessonLoader().loadDirectory(admin).size());
    }

    @Test
    void rejects_a_lesson_folder_without_a_lesson_file() throws IOException {
        Files.createDirectories(admin.resolve("empty-lesson"));
        var e = assertThrows(LessonContentException.class, () -> new LessonLoader().loadDirectory(admin));
        assertEquals(admin.resolve("empty-lesson").toString() + ": lesson folder has no lesson.yaml", e.getMessage());
    }

    @Test
    void rejects_an_admin_lesson_that_reuses_a_built_in_lesson_id() throws IOException {
        Path clash = admin.resolve("cnn-basics");
        copyMinimalLessonTo(clash);
        Path file = clash.resolve("lesson.yaml");
        Files.writeString(file, Files.readString(file).replace("id: minimal", "id: cnn-basics"));
        var e = assertThrows(LessonContentException.class, () -> new LessonLoader().loadCatalog(admin));
        assertEquals(admin + ": " + file + ": lesson id 'cnn-basics' is already used by lessons/cnn-basics/lesson.yaml",
                e.getMessage());
    }

    @Test
    void rejects_a_second_lesson_with_the_same_title() throws IOException {
        Path copy = admin.resolve("copy");
        copyMinimalLessonTo(admin.resolve("minimal"));
        copyMinimalLessonTo(copy);
        Files.writeString(copy.resolve("lesson.yaml"), Files.readString(copy.resolve("lesson.yaml"))
                .replace("id: minimal", "id: copy").replace("title: Minimal lesson", "title: minimal LESSON"));
        var e = assertThrows(LessonContentException.class, () -> new LessonLoader().loadCatalog(admin));
        assertTrue(e.getMessage().contains(admin.resolve("minimal/lesson.yaml") + ": lesson title 'Minimal lesson' is"
                + " already the title of " + copy.resolve("lesson.yaml") + "; instructors could not tell the two apart"),
                e.getMessage());
    }

    @Test
    void every_broken_lesson_of_the_directory_is_reported_at_once() throws IOException {
        Path typos = admin.resolve("typos");
        copyMinimalLessonTo(typos);
        Files.writeString(typos.resolve("lesson.yaml"), Files.readString(typos.resolve("lesson.yaml"))
                .replace("id: minimal", "id: typos").replace("    kernel-name:", "    kernal-name:")
                .replace("    stride: 1", "    strid: 1\n    stride: 1").replace("subject: Testing", "subjekt: Testing"));
        Path quoted = admin.resolve("quoted");
        copyMinimalLessonTo(quoted);
        Files.writeString(quoted.resolve("lesson.yaml"), Files.readString(quoted.resolve("lesson.yaml"))
                .replace("id: minimal", "id: quoted").replace("    stride: 1", "    stride: \"1\""));

        var e = assertThrows(LessonContentException.class, () -> new LessonLoader().loadCatalog(admin));

        assertEquals(admin.toString(), e.source());
        String all = String.join("\n", e.problems());
        assertTrue(all.contains(quoted.resolve("lesson.yaml") + ": activities[2].stride (line 52): expected a whole"
                + " number but found the text \"1\"; write numbers without quotes"), all);
        assertTrue(all.contains("activities[2].kernal-name (line 51): unknown field 'kernal-name'; did you mean"
                + " 'kernel-name'?"), all);
        assertTrue(all.contains("activities[2].strid (line 52): unknown field 'strid'; did you mean 'stride'?"), all);
        assertTrue(all.contains("subjekt (line 4): unknown field 'subjekt'; did you mean 'subject'?"), all);
    }

    @Test
    void a_lesson_file_outside_a_lesson_folder_is_not_silently_skipped() throws IOException {
        copyMinimalLessonTo(admin);
        var e = assertThrows(LessonContentException.class, () -> new LessonLoader().loadCatalog(admin));
        assertTrue(e.getMessage().contains(admin.resolve("lesson.yaml") + ": a lesson file must be in a folder of its own"),
                e.getMessage());
    }

    @Test
    void a_lesson_yml_file_is_named_as_the_reason_a_folder_has_no_lesson() throws IOException {
        copyMinimalLessonTo(admin.resolve("minimal"));
        Files.move(admin.resolve("minimal/lesson.yaml"), admin.resolve("minimal/lesson.yml"));
        var e = assertThrows(LessonContentException.class, () -> new LessonLoader().loadCatalog(admin));
        assertTrue(e.getMessage().contains("lesson folder has no lesson.yaml (it has lesson.yml: rename it lesson.yaml)"),
                e.getMessage());
    }

    @Test
    void names_the_file_on_disk_when_a_directory_lesson_is_broken() throws IOException {
        Path folder = admin.resolve("minimal");
        copyMinimalLessonTo(folder);
        Path file = folder.resolve("lesson.yaml");
        Files.writeString(file, Files.readString(file).replace("xp: 6", "xp: 9"));
        var e = assertThrows(LessonContentException.class, () -> new LessonLoader().loadDirectory(admin));
        assertTrue(e.getMessage().startsWith(file + ": lesson: xp is 9"), e.getMessage());
    }

    @Test
    void rejects_a_directory_that_does_not_exist() {
        Path missing = admin.resolve("nope");
        var e = assertThrows(LessonContentException.class, () -> new LessonLoader().loadCatalog(missing));
        assertEquals(missing + ": is not a directory of lesson folders", e.getMessage());
    }

    @Test
    void rejects_a_classpath_without_an_index() {
        var loader = new LessonLoader(getClass().getClassLoader(), "no-such-root");
        var e = assertThrows(LessonContentException.class, loader::loadBuiltIn);
        assertTrue(e.getMessage().startsWith("no-such-root/index.txt: not found"), e.getMessage());
    }

    @Test
    void rejects_an_index_entry_whose_folder_is_missing() {
        var loader = new LessonLoader(getClass().getClassLoader(), "lessons-bad-index");
        var e = assertThrows(LessonContentException.class, loader::loadBuiltIn);
        assertEquals("lessons-bad-index/index.txt: lists 'ghost', but lessons-bad-index/ghost/lesson.yaml"
                + " is not on the classpath", e.getMessage());
    }

    private void copyMinimalLessonTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("lessons-valid/minimal/lesson.yaml")) {
            Files.copy(in, folder.resolve("lesson.yaml"));
        }
    }
}
