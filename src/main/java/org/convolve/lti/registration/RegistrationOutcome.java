package org.convolve.lti.registration;

import java.util.Optional;

/**
 * A finished dynamic registration: the stored platform, the deployment it reported (Moodle does,
 * Canvas does not), and what the platform calls itself.
 */
public record RegistrationOutcome(Platform platform, Optional<String> deploymentId, String productFamily) {

    public boolean isMoodle() {
        return "moodle".equalsIgnoreCase(productFamily);
    }

    public boolean isCanvas() {
        return "canvas".equalsIgnoreCase(productFamily);
    }
}
