package org.convolve.sandbox;

import java.util.List;
import java.util.Optional;

/** The made-up people of the sandbox course. */
public record SandboxUser(String id, String givenName, String familyName, String email, List<String> roles) {
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    public static final List<SandboxUser> ALL = List.of(
            new SandboxUser("sandbox-learner-1", "Alex", "Rivera", "alex.rivera@sandbox.example", List.of(LEARNER)),
            new SandboxUser("sandbox-learner-2", "Sam", "Okafor", "sam.okafor@sandbox.example", List.of(LEARNER)),
            new SandboxUser("sandbox-instructor", "Jordan", "Lee", "jordan.lee@sandbox.example", List.of(INSTRUCTOR)));

    public static Optional<SandboxUser> find(String id) {
        return ALL.stream().filter(user -> user.id().equals(id)).findFirst();
    }

    public String name() {
        return givenName + " " + familyName;
    }

    public boolean instructor() {
        return roles.contains(INSTRUCTOR);
    }
}
