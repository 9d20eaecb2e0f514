package org.convolve.sandbox;

import java.net.URI;
import java.util.Set;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.lti.registration.Platform;

/**
 * A small LTI 1.3 platform living inside the tool, for trying Convolve without an LMS and for
 * end-to-end tests. It talks to the tool only through the tool's public HTTP endpoints.
 */
public final class SandboxPlatform {
    public static final String CLIENT_ID = "convolve-sandbox";
    public static final String DEPLOYMENT_ID = "sandbox-deployment-1";
    public static final String COURSE_ID = "sandbox-course-1";
    public static final String COURSE_TITLE = "Sandbox course: Deep Learning 101";
    public static final String RESOURCE_LINK_ID = "sandbox-link-cnn";

    /** Where the sandbox lives on the tool's public URL; its issuer ends with it. */
    static final String PATH = "/sandbox";
    private final URI base;
    private final ToolKeys keys;

    /** @param toolUrl the tool's public URL; the sandbox lives under {@code /sandbox} on it */
    public SandboxPlatform(URI toolUrl, ToolKeys keys) {
        this.base = URI.create(toolUrl + PATH);
        this.keys = keys;
    }

    public String issuer() {
        return base.toString();
    }

    public URI url(String path) {
        return URI.create(base + path);
    }

    public ToolKeys keys() {
        return keys;
    }

    /** The registration an admin would make for this platform in the tool. */
    public Platform registration() {
        return new Platform(issuer(), CLIENT_ID, "Sandbox platform", url("/auth"), url("/token"), url("/jwks"),
                Set.of(DEPLOYMENT_ID), DeploymentPolicy.FIXED_LIST);
    }
}
