package org.convolve.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The made-up people of the sandbox course. */
public record SandboxUser(String id, String givenName, String familyName, String email, List<String> roles) {
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    public static final List<SandboxUser> ALL = List.of(
            new SandboxUser("sandbox-learner-1", "Alex", "Rivera", "alex.rivera@sandbox.example", List.of(LEARNER)),
            new SandboxUser("sandbox-learner-2", "Sam", "Okafor", "sam.okafor@sandbox.example", List.of(LEARNER)),
            new SandboxUser("sandbox-instructor", "Jordan", "Lee", "jordan.lee@sandbox.example", List.of(INSTRUCTOR)));

    /** Extra learners for load tests ("load-learner-1" ... "load-learner-9999999"); they are not in the roster. */
    private static final Pattern LOAD_LEARNER = Pattern.compile("load-learner-[1-9][0-9]{0,6}");

    public static Optional<SandboxUser> find(String id) {
        if (id != null && LOAD_LEARNER.matcher(id).matches()) {
            String number = id.substring("load-learner-".length());
            return Optional.of(new SandboxUser(id, "Load", "Learner " + number, id + "@sandbox.example", List.of(LEARNER)));
        }
        return ALL.stream().filter(user -> user.id().equals(id)).findFirst();
    }

    public static boolean isLearner(String id) {
        return find(id).filter(user -> !user.instructor()).isPresent();
    }

    public String name() {
        return givenName + " " + familyName;
    }

    public boolean instructor() {
        return roles.contains(INSTRUCTOR);
    }
}
