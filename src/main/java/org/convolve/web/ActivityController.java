package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.convolve.lesson.Activity;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingShuffle;
import org.convolve.lesson.MultipleChoiceActivity;
import org.convolve.progress.ActivityParts;
import org.convolve.progress.AnswerRecorder;
import org.convolve.progress.AnswerRole;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.LessonProgress;
import org.convolve.progress.Part;
import org.convolve.progress.PartProgress;
import org.convolve.progress.StaleFormException;

/**
 * Answers posted from the lesson page. A graded answer is saved, then the browser is sent back to
 * the lesson at that activity (post-redirect-get, so a refresh does not post again). A form that
 * cannot be graded comes back as the lesson page with status 422, every typed value in place and
 * a message beside each field to fix. The enhanced page (lesson.js) asks with {@value UPDATE_HEADER}
 * for only the answered activity and the XP bar instead, with the same statuses.
 */
final class ActivityController {
    static final String REVISION = "revision";
    private static final Pattern SENT_REVISION = Pattern.compile("(^|&)" + REVISION + "=");
    static final String MAP_REVISION = "map-revision";
    static final String INTENT = "intent";
    /** Sent by lesson.js, which replaces the answered activity in place and needs nothing else of the page. */
    static final String UPDATE_HEADER = "Convolve-Update";
    static final String PART_UPDATE = "part";

    private final SessionResolver sessions;
    private final SessionLessons lessons;
    private final AnswerRecorder recorder;
    private final LessonPage page;
    private final ActivityStates states;
    private final RandomGenerator random;

    ActivityController(SessionResolver sessions, SessionLessons lessons, AnswerRecorder recorder, LessonPage page,
                       ActivityStates states, RandomGenerator random) {
        this.sessions = sessions;
        this.lessons = lessons;
        this.recorder = recorder;
        this.page = page;
        this.states = states;
        this.random = random;
    }

    void pairs(Context ctx) {
        answer(ctx, Part.PAIRS);
    }

    void choice(Context ctx) {
        answer(ctx, Part.CHOICE);
    }

    void featureMap(Context ctx) {
        answer(ctx, Part.FEATURE_MAP);
    }

    void reading(Context ctx) {
        answer(ctx, Part.READING);
    }

    void filter(Context ctx) {
        answer(ctx, Part.FILTER);
    }

    private void answer(Context ctx, Part part) {
        LaunchSession session = sessions.placed(ctx);
        Lesson lesson = lessons.of(session);
        String activityId = ctx.pathParam("activityId");
        Activity activity = lesson.activity(activityId).filter(a -> ActivityParts.has(a, part))
                .orElseThrow(() -> new HttpProblem(404, "No such activity",
                        "This lesson has no " + part.slug() + " form for an activity with that id.", null));
        Map<String, List<String>> form = ctx.formParamMap();
        int revision = revision(ctx, form);
        LearnerKey key = LearnerKey.of(session.launch(), lesson.id());
        AnswerRole role = session.isInstructor() ? AnswerRole.INSTRUCTOR : AnswerRole.LEARNER;
        Submission submission = read(form, activity, part, key, revision, role);

        boolean partOnly = PART_UPDATE.equals(ctx.header(UPDATE_HEADER));
        if (submission instanceof Submission.Rejected rejected) {
            LessonProgress progress = recorder.load(key);
            Optional<FormEcho> echo = Optional.of(rejected.echo());
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .contentType(LessonPage.CONTENT_TYPE)
                    .result(partOnly
                            ? page.renderAnswered(sessions.model(session), lesson, activity, progress, echo)
                            : page.render(sessions.model(session), lesson, progress, echo));
            return;
        }
        LessonProgress after;
        try {
            after = recorder.record(session.launch(), lesson, key, ((Submission.Accepted) submission).answer());
        } catch (StaleFormException e) {
            throw outOfDate();
        }
        if (partOnly) {
            ctx.contentType(LessonPage.CONTENT_TYPE)
                    .result(page.renderAnswered(sessions.model(session), lesson, activity, after, Optional.empty()));
            return;
        }
        ctx.redirect("/s/" + session.handle() + "/lesson#" + PartAnchor.of(activity.id(), part), HttpStatus.SEE_OTHER);
    }

    /**
     * Only two grid steps need what the learner saved before (the image drawn for them); the save
     * re-reads progress inside its transaction, so other answers skip that read.
     */
    private Submission read(Map<String, List<String>> form, Activity activity, Part part, LearnerKey key,
                            int revision, AnswerRole role) {
        if (activity instanceof MatchingActivity matching) {
            return MatchingForm.read(form, matching, MatchingShuffle.forLearner(key.personId(), matching), revision,
                    role, states);
        }
        if (activity instanceof MultipleChoiceActivity question) {
            return ChoiceForm.read(form, question, revision, role, states);
        }
        ConvolutionGridActivity grid = (ConvolutionGridActivity) activity;
        return switch (part) {
            case FEATURE_MAP -> "random".equals(FormFields.first(form, INTENT))
                    ? GridForms.randomImage(grid, savedImage(grid, key), revision, role, states, random)
                    : GridForms.featureMap(form, grid, revision, role, states);
            case READING -> GridForms.reading(form, grid, mapReadFrom(form, grid, key), revision, role, states);
            default -> GridForms.filter(form, grid, revision, role, states);
        };
    }

    private Optional<ActivityStates.FeatureMap> savedImage(ConvolutionGridActivity grid, LearnerKey key) {
        return states.read(recorder.load(key).partOf(grid, Part.FEATURE_MAP).stateJson(),
                ActivityStates.FeatureMap.class);
    }

    /**
     * Step 5 reads the map of steps 1-4. A reading sent from a page whose map has since changed, in
     * another tab, names cells of a map the learner no longer has, so it is out of date like a form
     * whose own part changed. A form without the field (a page from before it existed) is let through.
     */
    private Optional<ActivityStates.FeatureMap> mapReadFrom(Map<String, List<String>> form,
                                                            ConvolutionGridActivity grid, LearnerKey key) {
        String shown = FormFields.first(form, MAP_REVISION);
        OptionalInt shownRevision = shown == null ? OptionalInt.empty() : OptionalInt.of(revisionIn(shown, MAP_REVISION));
        PartProgress map = recorder.load(key).partOf(grid, Part.FEATURE_MAP);
        if (shownRevision.isPresent() && shownRevision.getAsInt() != map.revision()) {
            throw outOfDate();
        }
        return states.read(map.stateJson(), ActivityStates.FeatureMap.class);
    }

    /** The same form sent twice and another tab's answer look alike here, so the words fit both. */
    private static HttpProblem outOfDate() {
        return new HttpProblem(409, "This form is out of date",
                "This part of the lesson was answered after the page was loaded: by this same form sent twice,"
                        + " or in another tab or window. This copy was not saved; what was saved before still counts.",
                "Reload the lesson to see what is saved. Reloading empties this form, so first copy anything you"
                        + " typed and want to keep.");
    }

    private static int revision(Context ctx, Map<String, List<String>> form) {
        String value = FormFields.first(form, REVISION);
        if (value == null || value.isBlank()) {
            throw missingRevision(ctx, form, value == null);
        }
        return revisionIn(value, REVISION);
    }

    /**
     * Says why no revision arrived. A script that posts JSON, or a body whose percent-escapes do not
     * decode (the form parser then drops the field), would otherwise be told the field was left out.
     */
    private static HttpProblem missingRevision(Context ctx, Map<String, List<String>> form, boolean dropped) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
            return new HttpProblem(415, "This answer was not sent as a form",
                    "Answers are sent as an HTML form (application/x-www-form-urlencoded or multipart/form-data);"
                            + " this request said '" + UntrustedText.shown(type.isEmpty() ? "no content type" : type)
                            + "'. Nothing was saved.", "Go back to the lesson, reload it, and answer again.");
        }
        // Only a url-encoded body is the fields themselves, as text, where the sent field can be looked for.
        if (dropped && type.startsWith("application/x-www-form-urlencoded") && sentButUnread(ctx.body(), form)) {
            return new HttpProblem(400, "This form could not be read",
                    "Its revision field, or the whole form, is not well-formed (a % that does not start an escape,"
                            + " for instance). Nothing was saved.",
                    "Go back to the lesson, reload it, and answer again.");
        }
        return HttpProblem.badRequest("This form arrived without its revision field, so it cannot be told apart"
                + " from an old copy. Reload the lesson and answer again.");
    }

    private static boolean sentButUnread(String body, Map<String, List<String>> form) {
        return SENT_REVISION.matcher(body).find() || form.isEmpty() && !body.isBlank();
    }

    private static int revisionIn(String value, String field) {
        if (!value.matches("[0-9]{1,9}")) {
            throw HttpProblem.badRequest("This form's " + field + " field holds '" + UntrustedText.shown(value)
                    + "', not one the lesson page writes (a whole number of at most nine digits), so it cannot be"
                    + " told apart from an old copy. Reload the lesson and answer again.");
        }
        return Integer.parseInt(value);
    }
}
