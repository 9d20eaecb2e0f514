package org.convolve.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may register a platform by LTI Dynamic Registration. A registration decides whose keys the
 * tool trusts and whose token endpoint it asks for access to platform services, so in production
 * only an address carrying the admin's key ({@code /lti/register/<key>}, set by
 * CONVOLVE_REGISTRATION_KEY) registers anything; without a key, production registers nothing.
 * On a laptop (not production, no key) the address stays open, as the sandbox is.
 */
final class RegistrationAccess {
    static final String PLACEHOLDER = "YOUR-REGISTRATION-KEY";

    private final Optional<byte[]> key;
    private final boolean production;

    RegistrationAccess(Optional<String> key, boolean production) {
        this.key = key.map(value -> value.getBytes(StandardCharsets.UTF_8));
        this.production = production;
    }

    /** Refuses every use of the address while dynamic registration is off. */
    void checkTurnedOn() {
        if (key.isEmpty() && production) {
            throw new HttpProblem(403, "Dynamic registration is turned off",
                    "This Convolve registers platforms by LTI Dynamic Registration only once its administrator has"
                            + " set a registration key (CONVOLVE_REGISTRATION_KEY); the address is then "
                            + SecurityHeaders.REGISTRATION_PATH + "/" + PLACEHOLDER + ".",
                    "Ask the administrator who runs Convolve to set the key, or to register the platform by hand.");
        }
    }

    /** Refuses, with a page that says how to get it right, a registration this address may not make. */
    void check(Context ctx) {
        checkTurnedOn();
        Optional<String> given = Optional.ofNullable(ctx.pathParamMap().get("key"));
        if (key.isPresent()) {
            boolean matches = given.map(value -> MessageDigest.isEqual(key.get(), value.getBytes(StandardCharsets.UTF_8)))
                    .orElse(false);
            if (!matches) {
                throw new HttpProblem(403, "This registration address is not complete",
                        "Registering a platform needs the address with the tool's registration key, "
                                + SecurityHeaders.REGISTRATION_PATH + "/" + PLACEHOLDER + ".",
                        "Ask the administrator who runs Convolve for the full registration address.");
            }
        }
    }

    /** The address to paste into a platform, as a public page may show it (never with the key itself). */
    String addressShown(String baseUrl) {
        return baseUrl + SecurityHeaders.REGISTRATION_PATH + (key.isPresent() || production ? "/" + PLACEHOLDER : "");
    }
}
