package org.convolve.progress;

import org.convolve.lesson.Lesson;

/**
 * How a class is doing in one placement of a lesson, for its instructors. Only answers given in
 * a learner's role count: an instructor's preview never appears as a learner.
 */
public interface ClassProgress {

    ClassReport report(Placement placement, Lesson lesson);
}
