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
    // Not Mentor: Canvas sends it for observers (parents), who must not see the class's results.
    private static final Set<String> TEACHING = Set.of(
            "Instructor", "Administrator", "ContentDeveloper", "TeachingAssistant");
    private static final Set<String> LEARNING = Set.of("Learner", "Student");
    private static final String SUB_ROLE_PREFIX = "/membership/";

    public Roles {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean isInstructor() {
        return shortNames().stream().anyMatch(TEACHING::contains);
    }

    public boolean isLearner() {
        return shortNames().stream().anyMatch(LEARNING::contains);
    }

    /**
     * The role each value grants: "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor" ->
     * "Instructor"; a sub-role counts as its principal role ("membership/Instructor#TeachingAssistant"
     * -> "Instructor", "membership/Learner#Instructor" -> "Learner").
     */
    public Set<String> shortNames() {
        return values.stream().map(Roles::shortName).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    }

    static String shortName(String role) {
        String trimmed = role == null ? "" : role.trim();
        int subRole = trimmed.indexOf(SUB_ROLE_PREFIX);
        if (subRole >= 0 && trimmed.indexOf('#', subRole) > 0) {
            return trimmed.substring(subRole + SUB_ROLE_PREFIX.length(), trimmed.indexOf('#', subRole));
        }
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
