package org.convolve.web;

import java.net.URI;
import org.convolve.lti.registration.ToolDescription;

/** How Convolve presents itself to platforms: in registrations, Canvas's JSON and Moodle's form. */
public final class ConvolveTool {
    private ConvolveTool() {
    }

    public static ToolDescription at(URI publicUrl) {
        return ToolDescription.at(publicUrl, "Convolve",
                "An interactive lesson on convolutional neural networks, graded by the tool, with XP sent to the gradebook.",
                new ToolDescription.Wording("lesson or activity",
                        "To open a particular lesson, a link may carry lesson=<lesson id>; deep linking sets it for you.",
                        "Used to greet learners and in the instructor's class view.",
                        // No page shows an email, so platforms are asked for none (privacy level, claims, Moodle).
                        null));
    }
}
