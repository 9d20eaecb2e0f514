package org.convolve.lti.launch;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The Assignment and Grade Services claim: what the tool may do with the gradebook for this link. */
public record AgsEndpoint(List<String> scopes, Optional<URI> lineItems, Optional<URI> lineItem) {
    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    public AgsEndpoint {
        scopes = List.copyOf(scopes);
    }

    public boolean grants(String scope) {
        return scopes.contains(scope);
    }
}
