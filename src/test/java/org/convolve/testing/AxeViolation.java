package org.convolve.testing;

import java.util.List;

/** One axe-core rule that failed, with the CSS selectors of the elements that broke it. */
public record AxeViolation(String ruleId, String impact, String help, String helpUrl, List<String> targets) {

    public AxeViolation {
        targets = List.copyOf(targets);
    }

    /** One line per violation, e.g. {@code image-alt (critical): Images must have ... at [img]}. */
    public String describe() {
        return ruleId + " (" + impact + "): " + help + " at " + targets + " — " + helpUrl;
    }
}
