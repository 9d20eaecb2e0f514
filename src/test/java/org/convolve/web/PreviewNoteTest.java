package org.convolve.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.App;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.loader.LessonLoader;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.launch.Roles;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.LessonProgress;
import org.junit.jupiter.api.Test;

/** The instructor's preview says no score goes to the gradebook only when none does. */
class PreviewNoteTest {
    private static final String NO_SCORE = "no score of yours is sent to the gradebook";
    private final Lesson lesson = new LessonLoader().loadBuiltIn("cnn-basics");
    private final LessonPage page = new LessonPage(new Templates(), new ActivityStates(App.jsonMapper()));

    private String previewAs(String... roles) {
        LtiLaunch launch = new LtiLaunch(new PlatformKey("https://platform.example", "client"), "deployment",
                "LtiResourceLinkRequest", "teacher-1", Optional.of("Jordan Lee"), Optional.empty(),
                new Roles(List.of(roles)), Optional.empty(),
                Optional.of(new LtiLaunch.ResourceLink("link-1", Optional.empty())), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        SessionModel session = SessionModel.of(new LaunchSession("h".repeat(43), launch, Instant.MAX), "csrf");
        return new String(page.render(session, lesson, LessonProgress.empty(LearnerKey.of(launch, lesson.id())),
                Optional.empty()), StandardCharsets.UTF_8);
    }

    @Test
    void anInstructorIsToldNoScoreOfTheirsGoesToTheGradebook() {
        String preview = previewAs("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");

        assertTrue(preview.contains("Back to the class view"), preview);
        assertTrue(preview.contains(NO_SCORE), preview);
    }

    /** ScoreOutbox queues scores for anyone the course lists as a learner, instructor or not. */
    @Test
    void anInstructorAlsoListedAsALearnerIsNotToldSo() {
        String preview = previewAs("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");

        assertTrue(preview.contains("Back to the class view"), preview);
        assertFalse(preview.contains(NO_SCORE), preview);
    }
}
