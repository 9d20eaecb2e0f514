package org.convolve.lti.launch;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The launch's roles. Platforms send full URIs in id_tokens, sometimes short names ("Instructor",
 * as in the certification suite and Moodle's NRPS) and sometimes LTI 1.1's URNs; all are understood.
 * What a person may see in a course follows their role in that course: a role held in the
 * institution or the system ("faculty", "administrator") does not make a course's learner its
 * instructor. Unknown roles are kept but grant nothing.
 */
public record Roles(List<String> values) {
    // Not Mentor: Canvas sends it for observers (parents), who must not see the class's results.
    private static final Set<String> TEACHING = Set.of(
            "Instructor", "Administrator", "ContentDeveloper", "TeachingAssistant");
    private static final Set<String> LEARNING = Set.of("Learner", "Student");
    private static final Set<String> OVERSEEING = Set.of("Administrator", "SysAdmin");

    public Roles {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * Teaches the course, or administers the institution or the system without any role in the
     * course (as Canvas's account administrators open courses they are not enrolled in). An
     * administrator enrolled as a learner sees what learners see.
     */
    public boolean isInstructor() {
        Set<String> inCourse = courseRoles();
        if (inCourse.stream().anyMatch(TEACHING::contains)) {
            return true;
        }
        return inCourse.isEmpty() && parsed().anyMatch(role -> (role.scope() == RoleName.Scope.INSTITUTION
                || role.scope() == RoleName.Scope.SYSTEM) && OVERSEEING.contains(role.name()));
    }

    public boolean isLearner() {
        return courseRoles().stream().anyMatch(LEARNING::contains);
    }

    /**
     * The roles to show or log: a course role by its name ("Instructor"; a sub-role as its principal
     * role), an institution or system role by its name and where it is held ("Administrator
     * (institution)").
     */
    public Set<String> shortNames() {
        return parsed().filter(role -> role.scope() != RoleName.Scope.UNKNOWN)
                .map(role -> role.scope() == RoleName.Scope.COURSE ? role.name()
                        : role.name() + " (" + role.scope().word() + ")")
                .collect(Collectors.toSet());
    }

    private Set<String> courseRoles() {
        return parsed().filter(role -> role.scope() == RoleName.Scope.COURSE).map(RoleName::name)
                .collect(Collectors.toSet());
    }

    private Stream<RoleName> parsed() {
        return values.stream().map(RoleName::parse).filter(Objects::nonNull);
    }
}
