package org.convolve.lti.launch;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** What the platform asked for in a deep-linking request. */
public record DeepLinkingSettings(
        URI returnUrl,
        List<String> acceptTypes,
        List<String> acceptPresentationDocumentTargets,
        boolean acceptMultiple,
        boolean acceptLineItem,
        Optional<String> data,
        Optional<String> title) {

    public DeepLinkingSettings {
        acceptTypes = List.copyOf(acceptTypes);
        acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
    }
}
