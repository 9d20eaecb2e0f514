package org.convolve.lti.launch;

import java.net.URI;

/** The Names and Role Provisioning Services claim. */
public record NrpsEndpoint(URI contextMembershipsUrl) {
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
}
