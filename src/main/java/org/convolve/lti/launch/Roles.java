package org.convolve.lti.launch;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The launch's roles. Platforms send full URIs in id_tokens and sometimes short names
 * ("Instructor", as in the certification suite and Moodle's NRPS); both are understood.
 * Unknown roles are kept but grant nothing.
 */
public record Roles(List<String> values) {
    private static final Set<String> TEACHING = Set.of(
            "Instructor", "Administrator", "ContentDeveloper", "Mentor", "TeachingAssistant");
    private static final Set<String> LEARNING = Set.of("Learner", "Student");

    public Roles {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean isInstructor() {
        return shortNames().stream().anyMatch(TEACHING::contains);
    }

    public boolean isLearner() {
        return shortNames().stream().anyMatch(LEARNING::contains);
    }

    /** The last segment of each role: "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor" -> "Instructor". */
    public Set<String> shortNames() {
        return values.stream().map(Roles::shortName).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    }

    static String shortName(String role) {
        String trimmed = role == null ? "" : role.trim();
        int cut = Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf('/'));
        String name = cut >= 0 ? trimmed.substring(cut + 1) : trimmed;
        // Institution roles such as ".../institution/person#Instructor" must not make a course instructor,
        // so only membership and unqualified roles count.
        if (trimmed.contains("/institution/") && !trimmed.contains("#Administrator")) {
            return "";
        }
        return name;
    }
}
