package org.convolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.convolve.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin's mistake at start ends the process with one sentence that says what to change. */
class StartFailureTest {
    @TempDir
    Path dir;

    private MainProcess.Ended run(Map<String, String> env, String... arguments) throws Exception {
        return MainProcess.run(dir, env, arguments);
    }

    @Test
    void aSettingThatIsNoNumberIsNamed() throws Exception {
        MainProcess.Ended ended = run(Map.of("CONVOLVE_PORT", "80a"));

        assertEquals(2, ended.exit(), ended.output());
        assertTrue(ended.output().contains("Convolve cannot start: CONVOLVE_PORT must be a whole number"), ended.output());
        assertFalse(ended.output().contains("Exception"), ended.output());
    }

    @Test
    void aSubcommandSaysTheSame() throws Exception {
        MainProcess.Ended ended = run(Map.of("CONVOLVE_GRADESYNC_THREADS", "40"), "platform-list");

        assertEquals(2, ended.exit(), ended.output());
        assertTrue(ended.output().contains("Grade sync needs 1 to 16 delivery threads, not 40."), ended.output());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamedWithoutItsOptions() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        MainProcess.Ended ended = run(Map.of("CONVOLVE_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/convolve?password=secret"));

        assertEquals(1, ended.exit(), ended.output());
        assertTrue(ended.output().contains("Convolve cannot start: the database at jdbc:postgresql://127.0.0.1:" + closedPort
                + "/convolve could not be opened: "), ended.output());
        assertTrue(ended.output().contains("Check CONVOLVE_DB_URL"), ended.output());
        assertFalse(ended.output().contains("secret") || ended.output().contains("\tat "), ended.output());
    }

    @Test
    void anH2FileAnotherConvolveHoldsIsSaidSo() throws Exception {
        Config config = Config.from(Map.of("CONVOLVE_DATA_DIR", dir.resolve("data").toString()));
        try (Database held = App.openDatabase(config)) {
            MainProcess.Ended ended = run(Map.of());

            assertEquals(1, ended.exit(), ended.output());
            assertTrue(ended.output().contains("is another one running with the same CONVOLVE_DATA_DIR?"), ended.output());
        }
    }

    @Test
    void aPlatformsFileWithAMistakeIsNamedWithItsEntryAndNoStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("platforms.json"), "[{\"issuer\": \"https://moodle.example.edu\","
                + " \"client_id\": \"abc\", \"auth_url\": \"https://moodle.example.edu/a\","
                + " \"token_url\": \"https://moodle.example.edu/t\"}]");

        MainProcess.Ended ended = run(Map.of("CONVOLVE_PLATFORMS_FILE", file.toString()));

        assertEquals(2, ended.exit(), ended.output());
        assertTrue(ended.output().contains("Convolve cannot start: CONVOLVE_PLATFORMS_FILE: The platforms file " + file
                + " cannot be used: entry 1 has no 'jwks_url'."), ended.output());
        assertFalse(ended.output().contains("Exception") || ended.output().contains("\tat "), ended.output());
    }

    @Test
    void aMistypedEnvironmentStopsTheStartInsteadOfRunningTheSandbox() throws Exception {
        MainProcess.Ended ended = run(Map.of("CONVOLVE_ENV", "prod"));

        assertEquals(2, ended.exit(), ended.output());
        assertTrue(ended.output().contains("Convolve cannot start: CONVOLVE_ENV must be production or development,"
                + " not 'prod'."), ended.output());
    }

    @Test
    void aPublicUrlThatIsNotAbsoluteIsRefusedBeforeAnythingStarts() throws Exception {
        MainProcess.Ended ended = run(Map.of("CONVOLVE_PUBLIC_URL", "convolve.example.edu"));

        assertEquals(2, ended.exit(), ended.output());
        assertTrue(ended.output().contains("Convolve cannot start: CONVOLVE_PUBLIC_URL must be an absolute URL such as"
                + " https://convolve.example.edu, not 'convolve.example.edu'."), ended.output());
        assertFalse(ended.output().contains("Hikari"), "refused before the database is opened:\n" + ended.output());
    }

    @Test
    void aPortAnotherProgramHoldsEndsWithTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            MainProcess.Ended ended = run(Map.of("CONVOLVE_PORT", String.valueOf(taken.getLocalPort())));

            assertEquals(1, ended.exit(), ended.output());
            String[] lines = ended.output().strip().split("\n");
            assertTrue(lines[lines.length - 1].startsWith("Convolve could not listen on port " + taken.getLocalPort()),
                    ended.output());
        }
    }

    @Test
    void aBrokenLessonIsNamedWithItsProblemAndNoStackTrace() throws Exception {
        Path lesson = dir.resolve("lessons/typo");
        Files.createDirectories(lesson);
        try (var in = getClass().getClassLoader().getResourceAsStream("lessons-valid/minimal/lesson.yaml")) {
            Files.writeString(lesson.resolve("lesson.yaml"), new String(in.readAllBytes(),
                    StandardCharsets.UTF_8).replace("id: minimal", "id: typo").replace("xp: 6", "xp: 7"));
        }

        MainProcess.Ended ended = run(Map.of("CONVOLVE_LESSONS_DIR", dir.resolve("lessons").toString()));

        assertEquals(2, ended.exit(), ended.output());
        assertTrue(ended.output().contains("Convolve cannot start: a lesson is not valid. " + dir.resolve("lessons") + ": "
                + lesson.resolve("lesson.yaml") + ": lesson: xp is 7 but the activities' xp adds up to 6"), ended.output());
        assertFalse(ended.output().contains("\tat ") || ended.output().contains("Exception"), ended.output());
    }
}
