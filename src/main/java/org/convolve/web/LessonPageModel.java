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
import org.convolve.lesson.MultipleChoiceActivity;
import org.convolve.lesson.ReadingSection;
import org.convolve.lesson.Section;
import org.convolve.progress.LessonProgress;
import org.convolve.progress.Part;

/** The lesson page's model: the lesson's blocks in order, each activity with its form and results. */
record LessonPageModel(SessionModel session, Lesson lesson, XpBar xp, List<Block> blocks) {

    record Block(String id, String title, List<String> paragraphs, boolean reading, boolean callout,
                 boolean activity, String instructions, String xpText, MatchingView matching, ChoiceView choice,
                 GridView grid) {
    }

    /** The page-wide XP and progress bar. */
    record XpBar(int max, String value, String text) {
    }

    static LessonPageModel of(Lesson lesson, SessionModel model, LessonProgress progress, ActivityStates states,
                              Optional<FormEcho> echo) {
        List<Block> blocks = lesson.sections().stream()
                .map(section -> block(lesson, section, model.base(), progress, states, echo))
                .toList();
        double earned = progress.xpEarned(lesson);
        long done = progress.activitiesAnswered(lesson);
        int activities = lesson.activities().size();
        XpBar bar = new XpBar(lesson.totalXp(), XpText.number(earned),
                XpText.of(earned, lesson.totalXp()) + " · " + done + " of " + activities + " activities answered");
        return new LessonPageModel(model, lesson, bar, blocks);
    }

    private static Block block(Lesson lesson, Section section, String base, LessonProgress progress,
                               ActivityStates states, Optional<FormEcho> echo) {
        if (section instanceof ReadingSection reading) {
            return new Block(reading.id(), reading.title(), reading.paragraphs(), true, false, false, null, null,
                    null, null, null);
        }
        if (section instanceof CalloutSection callout) {
            return new Block(callout.id(), callout.title(), callout.paragraphs(), false, true, false, null, null,
                    null, null, null);
        }
        Activity activity = lesson.activity(((ActivitySection) section).activity()).orElseThrow();
        Optional<FormEcho> mine = echo.filter(e -> e.activityId().equals(activity.id()));
        String xpText = XpText.of(progress.activityXp(activity), activity.xpAvailable());
        MatchingView matching = null;
        ChoiceView choice = null;
        GridView grid = null;
        if (activity instanceof MatchingActivity m) {
            matching = MatchingView.of(base, m, MatchingShuffle.forLearner(progress.key().personId(), m),
                    progress.partOf(m, Part.PAIRS), states, mine);
        } else if (activity instanceof MultipleChoiceActivity q) {
            choice = ChoiceView.of(base, q, progress.partOf(q, Part.CHOICE), states, mine);
        } else if (activity instanceof ConvolutionGridActivity g) {
            grid = GridView.of(base, g, progress.partOf(g, Part.FEATURE_MAP), progress.partOf(g, Part.READING),
                    progress.partOf(g, Part.FILTER), states, mine);
        }
        return new Block(activity.id(), activity.title(), List.of(), false, false, true, activity.instructions(),
                xpText, matching, choice, grid);
    }
}
