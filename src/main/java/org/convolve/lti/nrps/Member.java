package org.convolve.lti.nrps;

import java.util.Optional;
import org.convolve.lti.launch.Roles;

/** One member of a course as NRPS lists it. Roles may be short ("Learner") or full URIs; both count. */
public record Member(String userId, Optional<String> name, Optional<String> email, Roles roles, String status) {

    public boolean isActive() {
        return !"Inactive".equalsIgnoreCase(status) && !"Deleted".equalsIgnoreCase(status);
    }

    public String displayName() {
        return name.orElse(userId);
    }
}
