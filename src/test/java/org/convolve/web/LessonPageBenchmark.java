package org.convolve.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.convolve.App;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.loader.LessonLoader;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.launch.Roles;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.LessonProgress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Server time to render a learner's first lesson page (all sections and activity forms, no
 * answers yet) from its compiled Mustache templates. Not a test: run with JMH (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LessonPageBenchmark {
    private LessonPage page;
    private SessionModel session;
    private Lesson lesson;
    private LessonProgress firstVisit;

    @Setup
    public void setUp() {
        Templates templates = new Templates();
        page = new LessonPage(templates, new ActivityStates(App.jsonMapper()));
        lesson = new LessonLoader().loadBuiltIn("cnn-basics");
        LtiLaunch launch = new LtiLaunch(new PlatformKey("https://platform.example", "client"), "deployment",
                "LtiResourceLinkRequest", "learner-1", Optional.of("Alex Rivera"), Optional.empty(),
                new Roles(List.of("Learner")), Optional.empty(),
                Optional.of(new LtiLaunch.ResourceLink("link-1", Optional.empty())), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        session = SessionModel.of(new LaunchSession("h".repeat(43), launch, java.time.Instant.MAX), "csrf-token");
        firstVisit = LessonProgress.empty(LearnerKey.of(launch, lesson.id()));
    }

    @Benchmark
    public byte[] renderTheFirstLessonPage() {
        return page.render(session, lesson, firstVisit, Optional.empty());
    }
}
