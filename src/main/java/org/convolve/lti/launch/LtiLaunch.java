package org.convolve.lti.launch;

import java.util.Map;
import java.util.Optional;
import org.convolve.lti.registration.PlatformKey;

/** A validated launch: everything the tool may rely on, typed. */
public record LtiLaunch(
        PlatformKey platform,
        String deploymentId,
        String messageType,
        String subject,
        Optional<String> name,
        Optional<String> email,
        Roles roles,
        Optional<LaunchContext> context,
        Optional<ResourceLink> resourceLink,
        Optional<String> targetLinkUri,
        Optional<AgsEndpoint> ags,
        Optional<NrpsEndpoint> nrps,
        Optional<DeepLinkingSettings> deepLinking,
        Map<String, String> custom) {

    public record LaunchContext(String id, Optional<String> title) {
    }

    public record ResourceLink(String id, Optional<String> title) {
    }
}
