package org.convolve.web;

import java.util.List;
import org.convolve.lesson.ActivitySection;
import org.convolve.lesson.CalloutSection;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.ReadingSection;
import org.convolve.lesson.Section;

/** The lesson page's model: the lesson's blocks in order, flattened for Mustache. */
record LessonPageModel(SessionModel session, Lesson lesson, List<Block> blocks) {

    record Block(String id, String title, List<String> paragraphs, boolean reading, boolean callout,
                 boolean activity, String instructions) {
    }

    static LessonPageModel of(Lesson lesson, SessionModel session) {
        List<Block> blocks = lesson.sections().stream().map(section -> block(lesson, section)).toList();
        return new LessonPageModel(session, lesson, blocks);
    }

    private static Block block(Lesson lesson, Section section) {
        if (section instanceof ReadingSection reading) {
            return new Block(reading.id(), reading.title(), reading.paragraphs(), true, false, false, null);
        }
        if (section instanceof CalloutSection callout) {
            return new Block(callout.id(), callout.title(), callout.paragraphs(), false, true, false, null);
        }
        ActivitySection placed = (ActivitySection) section;
        var activity = lesson.activity(placed.activity()).orElseThrow();
        return new Block(activity.id(), activity.title(), List.of(), false, false, true, activity.instructions());
    }
}
