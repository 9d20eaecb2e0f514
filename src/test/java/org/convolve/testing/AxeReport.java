package org.convolve.testing;

import java.util.List;
import java.util.stream.Collectors;

/** The WCAG violations axe-core found on one page; {@link #describe()} is meant for assertion messages. */
public record AxeReport(String pageUrl, List<AxeViolation> violations) {

    public AxeReport {
        violations = List.copyOf(violations);
    }

    public boolean isClean() {
        return violations.isEmpty();
    }

    public List<String> ruleIds() {
        return violations.stream().map(AxeViolation::ruleId).toList();
    }

    public String describe() {
        if (isClean()) {
            return "axe-core found no WCAG 2.1 A/AA violations on " + pageUrl;
        }
        return violations.size() + " WCAG 2.1 A/AA violation(s) on " + pageUrl + ":\n"
                + violations.stream().map(v -> "  - " + v.describe()).collect(Collectors.joining("\n"));
    }
}
