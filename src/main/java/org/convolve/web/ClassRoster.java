package org.convolve.web;

import java.util.List;
import org.convolve.lti.launch.LtiLaunch;

/** Who has opened the lesson in a course, for the instructor's view. */
public interface ClassRoster {

    record Learner(String subject, String name) {
    }

    List<Learner> learnersOf(LtiLaunch instructorLaunch);
}
