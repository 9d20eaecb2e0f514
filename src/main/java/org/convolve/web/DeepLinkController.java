package org.convolve.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.gradesync.EarnedScore;
import org.convolve.lesson.Activity;
import org.convolve.lesson.Lesson;
import org.convolve.lti.LtiClaims;
import org.convolve.lti.deeplink.DeepLinkingRefused;
import org.convolve.lti.deeplink.DeepLinkingResponse;
import org.convolve.lti.deeplink.ResourceLinkItem;
import org.convolve.lti.launch.DeepLinkingSettings;
import org.convolve.lti.launch.LtiLaunch;

/**
 * Deep linking for instructors: pick a whole lesson or one of its activities, and go back to the
 * platform with a signed LtiDeepLinkingResponse whose line item is out of that XP.
 */
final class DeepLinkController {
    private static final char CHOICE_SEPARATOR = '/';

    private final SessionResolver sessions;
    private final Templates templates;
    private final SessionLessons lessons;
    private final DeepLinkingResponse responses;
    private final URI launchUrl;

    DeepLinkController(SessionResolver sessions, Templates templates, SessionLessons lessons,
                       DeepLinkingResponse responses, URI launchUrl) {
        this.sessions = sessions;
        this.templates = templates;
        this.lessons = lessons;
        this.responses = responses;
        this.launchUrl = launchUrl;
    }

    void page(Context ctx) {
        LaunchSession session = deepLinkingSession(ctx);
        List<Lesson> offered = lessons.toPickFrom(session);
        List<Map<String, Object>> lessonChoices = offered.stream().map(lesson -> Map.<String, Object>of(
                        "lesson", lesson,
                        "choice", lesson.id(),
                        "checked", lesson == offered.get(0),
                        "activities", lesson.activitiesInPageOrder().stream()
                                .map(activity -> Map.<String, Object>of(
                                        "choice", lesson.id() + CHOICE_SEPARATOR + activity.id(),
                                        "inputId", lesson.id() + "__" + activity.id(),
                                        "title", activity.title(),
                                        "xp", activity.xpAvailable()))
                                .toList()))
                .toList();
        ctx.html(templates.render("deep-link", Map.of(
                "session", sessions.model(session), "lessons", lessonChoices, "severalLessons", offered.size() > 1)));
    }

    void respond(Context ctx) {
        LaunchSession session = deepLinkingSession(ctx);
        LtiLaunch launch = session.launch();
        DeepLinkingSettings settings = launch.deepLinking().orElseThrow();
        if (ctx.formParam("cancel") != null) {
            returnToPlatform(ctx, settings, responses.signNothing(launch.platform(), launch.deploymentId(), settings,
                    "Nothing was added.", false), "Back to your course");
            return;
        }
        ResourceLinkItem item = chosenItem(ctx.formParam("choice"), lessons.toPickFrom(session));
        try {
            returnToPlatform(ctx, settings, responses.sign(launch.platform(), launch.deploymentId(), settings,
                    List.of(item)), "Adding " + item.title() + " to your course");
        } catch (DeepLinkingRefused e) {
            // Said by the platform, in its own dialog, which then closes: a page of ours would leave it stuck open.
            returnToPlatform(ctx, settings, responses.signNothing(launch.platform(), launch.deploymentId(), settings,
                    "Convolve could not add this link: " + e.getMessage(), true), "Back to your course");
        }
    }

    /** A choice is a lesson's id, or a lesson's id and one of its activities' ids ("lesson/activity"). */
    private ResourceLinkItem chosenItem(String choice, List<Lesson> offered) {
        if (choice == null || choice.isBlank()) {
            throw HttpProblem.badRequest("Pick a whole lesson or one of its activities.");
        }
        int separator = choice.indexOf(CHOICE_SEPARATOR);
        if (separator < 0 && offered.stream().noneMatch(lesson -> lesson.id().equals(choice))) {
            // A picker opened before the upgrade that offered several lessons named the first lesson's
            // choices without its id: "lesson", or an activity's id.
            Lesson first = offered.get(0);
            if ("lesson".equals(choice)) {
                return chosenItem(first.id(), offered);
            }
            if (first.activity(choice).isPresent()) {
                return chosenItem(first.id() + CHOICE_SEPARATOR + choice, offered);
            }
        }
        String lessonId = separator < 0 ? choice : choice.substring(0, separator);
        Lesson lesson = offered.stream().filter(candidate -> candidate.id().equals(lessonId)).findFirst()
                .orElseThrow(() -> HttpProblem.badRequest("There is no lesson '" + UntrustedText.shown(lessonId)
                        + "' to add; pick one of those on the page."));
        if (separator < 0) {
            return item(lesson.title(), lesson, Optional.empty(), lesson.xp());
        }
        String activityId = choice.substring(separator + 1);
        Activity activity = lesson.activity(activityId).orElseThrow(() -> HttpProblem.badRequest(
                "The lesson '" + lesson.title() + "' has no activity '" + UntrustedText.shown(activityId) + "'."));
        // Two lessons may both have a "Question": the link and its gradebook column name their lesson too.
        return item(activity.title() + " – " + lesson.title(), lesson, Optional.of(activity.id()),
                activity.xpAvailable());
    }

    private void returnToPlatform(Context ctx, DeepLinkingSettings settings, String jwt, String title) {
        ctx.html(templates.render("autopost", Map.of(
                "action", settings.returnUrl().toString(),
                "fields", List.of(Map.of("name", "JWT", "value", jwt)),
                "title", title)));
    }

    private ResourceLinkItem item(String title, Lesson lesson, Optional<String> activityId, int xp) {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("lesson", lesson.id());
        activityId.ifPresent(id -> custom.put("activity", id));
        return new ResourceLinkItem(title, Optional.of(lesson.subject()), Optional.of(launchUrl), custom,
                Optional.of(new ResourceLinkItem.LineItemRequest(title, xp,
                        Optional.of(lesson.id() + activityId.map(id -> "/" + id).orElse("")),
                        Optional.of(EarnedScore.tagOf(lesson.id(), activityId)))));
    }

    private LaunchSession deepLinkingSession(Context ctx) {
        LaunchSession session = sessions.instructor(ctx);
        if (!LtiClaims.DEEP_LINKING_REQUEST.equals(session.launch().messageType())
                || session.launch().deepLinking().isEmpty()) {
            throw HttpProblem.badRequest("This session did not start from a deep-linking request;"
                    + " use your course's \"add content\" action to pick what to add.");
        }
        return session;
    }
}
