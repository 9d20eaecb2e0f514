package org.convolve.web;

import java.util.List;
import java.util.Optional;
import org.convolve.lesson.Activity;
import org.convolve.lesson.ActivitySection;
import org.convolve.lesson.CalloutSection;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingShuffle;
import org.convolve.lesson.OptionShuffle;
import org.convolve.lesson.MultipleChoiceActivity;
import org.convolve.lesson.ReadingSection;
import org.convolve.lesson.Section;
import org.convolve.progress.LessonProgress;
import org.convolve.progress.Part;

/** The lesson page's model: the lesson's blocks in order, each activity with its form and results. */
record LessonPageModel(SessionModel session, Lesson lesson, XpBar xp, List<Block> blocks, NotSaved notSaved) {

    /**
     * Said at the top of a page sent back with an answer that was not saved. Without the page's
     * script, the browser shows it from the top, and the form in error may lie screens below.
     */
    record NotSaved(String activityTitle, String anchor, String message) {
    }

    /** A block is either {@code text}, the HTML of a reading or callout section, or an activity. */
    record Block(String text, String id, String title, boolean activity, String instructions, String xpText,
                 MatchingView matching, ChoiceView choice, GridView grid) {
    }

    /** The page-wide XP and progress bar. */
    record XpBar(int max, String value, String text) {
    }

    static LessonPageModel of(Lesson lesson, SessionModel model, LessonProgress progress, ActivityStates states,
                              TextSections texts, Optional<FormEcho> echo) {
        List<Block> blocks = lesson.sections().stream()
                .map(section -> block(lesson, section, model.base(), progress, states, texts, echo))
                .toList();
        NotSaved notSaved = echo.flatMap(e -> lesson.activity(e.activityId()).map(activity -> new NotSaved(
                activity.title(), PartAnchor.of(activity.id(), e.part()), notSavedBecause(e)))).orElse(null);
        return new LessonPageModel(model, lesson, xpBar(lesson, progress), blocks, notSaved);
    }

    /** Only what an answer to one activity changes: the XP bar and that activity's block. */
    static LessonPageModel ofAnswered(Lesson lesson, Activity activity, SessionModel model, LessonProgress progress,
                                      ActivityStates states, Optional<FormEcho> echo) {
        return new LessonPageModel(model, lesson, xpBar(lesson, progress),
                List.of(activityBlock(activity, model.base(), progress, states, echo)), null);
    }

    private static String notSavedBecause(FormEcho echo) {
        int more = echo.problemCount() - 1;
        return Sentences.of(echo.firstProblem()) + (more < 1 ? "" : " The same form has " + more + " more "
                + (more == 1 ? "problem" : "problems") + ".");
    }

    /** Under the title: how long the lesson takes, where the content file says so, and what it is worth. */
    public String meta() {
        return (lesson.minutes() > 0 ? "About " + lesson.minutes() + " minutes · " : "") + lesson.xp() + " XP";
    }

    private static XpBar xpBar(Lesson lesson, LessonProgress progress) {
        double earned = progress.xpEarned(lesson);
        long done = progress.activitiesAnswered(lesson);
        int activities = lesson.activities().size();
        return new XpBar(lesson.totalXp(), XpText.number(earned),
                XpText.of(earned, lesson.totalXp()) + " · " + done + " of " + activities
                        + (activities == 1 ? " activity" : " activities") + " answered");
    }

    private static Block block(Lesson lesson, Section section, String base, LessonProgress progress,
                               ActivityStates states, TextSections texts, Optional<FormEcho> echo) {
        if (section instanceof ReadingSection reading) {
            return new Block(texts.html(reading), null, null, false, null, null, null, null, null);
        }
        if (section instanceof CalloutSection callout) {
            return new Block(texts.html(callout), null, null, false, null, null, null, null, null);
        }
        Activity activity = lesson.activity(((ActivitySection) section).activity()).orElseThrow();
        return activityBlock(activity, base, progress, states, echo);
    }

    private static Block activityBlock(Activity activity, String base, LessonProgress progress, ActivityStates states,
                                       Optional<FormEcho> echo) {
        Optional<FormEcho> mine = echo.filter(e -> e.activityId().equals(activity.id()));
        String xpText = XpText.of(progress.activityXp(activity), activity.xpAvailable());
        MatchingView matching = null;
        ChoiceView choice = null;
        GridView grid = null;
        if (activity instanceof MatchingActivity m) {
            matching = MatchingView.of(base, m, MatchingShuffle.forLearner(progress.key().personId(), m),
                    progress.partOf(m, Part.PAIRS), states, mine);
        } else if (activity instanceof MultipleChoiceActivity q) {
            choice = ChoiceView.of(base, q, OptionShuffle.forLearner(progress.key().personId(), q),
                    progress.partOf(q, Part.CHOICE), states, mine);
        } else if (activity instanceof ConvolutionGridActivity g) {
            grid = GridView.of(base, g, progress.partOf(g, Part.FEATURE_MAP), progress.partOf(g, Part.READING),
                    progress.partOf(g, Part.FILTER), states, mine);
        }
        return new Block(null, activity.id(), activity.title(), true, activity.instructions(),
                xpText, matching, choice, grid);
    }
}
