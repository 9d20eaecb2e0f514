package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;

/**
 * A small class with known answers, given over HTTP through sandbox launches:
 * Alex matches three pairs of five (max pooling and ReLU swapped), misses the weight-sharing
 * question first and then gets it, and gets the infrared question: 3 + 2 + 2 = 7 XP.
 * Sam matches all five and misses the weight-sharing question: 5 + 0 = 5 XP.
 * The instructor previews and answers everything wrong; none of it may count.
 */
final class ClassAnswers {
    static final String ALEX = "sandbox-learner-1";
    static final String SAM = "sandbox-learner-2";

    private ClassAnswers() {
    }

    static void give(TestApp app) {
        SandboxLaunch.Launched alex = SandboxLaunch.as(app, ALEX);
        ok(answer(alex, "match-terms/pairs", LessonAnswers.matching(ActivityHttpSuite.page(alex), 3)));
        ok(answer(alex, "weight-sharing-question/choice",
                LessonAnswers.choice(ActivityHttpSuite.page(alex), "weight-sharing-question", "local-patches")));
        ok(answer(alex, "weight-sharing-question/choice",
                LessonAnswers.choice(ActivityHttpSuite.page(alex), "weight-sharing-question", "reused-everywhere")));
        ok(answer(alex, "night-infrared-question/choice",
                LessonAnswers.choice(ActivityHttpSuite.page(alex), "night-infrared-question", "domain-shift")));

        SandboxLaunch.Launched sam = SandboxLaunch.as(app, SAM);
        ok(answer(sam, "match-terms/pairs", LessonAnswers.matching(ActivityHttpSuite.page(sam), 5)));
        ok(answer(sam, "weight-sharing-question/choice",
                LessonAnswers.choice(ActivityHttpSuite.page(sam), "weight-sharing-question", "local-patches")));

        SandboxLaunch.Launched instructor = SandboxLaunch.as(app, "sandbox-instructor");
        ok(answer(instructor, "match-terms/pairs", LessonAnswers.matching(ActivityHttpSuite.page(instructor), 0)));
        ok(answer(instructor, "weight-sharing-question/choice",
                LessonAnswers.choice(ActivityHttpSuite.page(instructor), "weight-sharing-question", "zero-weights")));
        ok(answer(instructor, "night-infrared-question/choice",
                LessonAnswers.choice(ActivityHttpSuite.page(instructor), "night-infrared-question", "just-brighten")));
    }

    private static java.net.http.HttpResponse<String> answer(SandboxLaunch.Launched session, String path,
                                                             Map<String, String> form) {
        return ActivityHttpSuite.answer(session, path, form);
    }

    private static void ok(java.net.http.HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), response.body());
    }
}
