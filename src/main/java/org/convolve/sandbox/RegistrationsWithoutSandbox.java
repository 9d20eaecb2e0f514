package org.convolve.sandbox;

import java.util.List;
import java.util.Optional;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.lti.registration.PlatformRepository;

/**
 * The registrations of a tool whose sandbox is off. A database that once ran with the sandbox on
 * (an admin's first try of the tool, before production) keeps the sandbox's registration; while the
 * sandbox is off its launches are refused as a platform never registered would be.
 */
public final class RegistrationsWithoutSandbox implements PlatformRepository {
    private final PlatformRepository stored;

    public RegistrationsWithoutSandbox(PlatformRepository stored) {
        this.stored = stored;
    }

    /** The sandbox's own registration, at this or any earlier public URL. */
    private static boolean isSandbox(String issuer, String clientId) {
        return SandboxPlatform.CLIENT_ID.equals(clientId) && issuer.endsWith(SandboxPlatform.PATH);
    }

    @Override
    public Optional<Platform> find(String issuer, String clientId) {
        return isSandbox(issuer, clientId) ? Optional.empty() : stored.find(issuer, clientId);
    }

    @Override
    public List<Platform> findByIssuer(String issuer) {
        return withoutSandbox(stored.findByIssuer(issuer));
    }

    @Override
    public List<Platform> all() {
        return withoutSandbox(stored.all());
    }

    @Override
    public void save(Platform platform) {
        stored.save(platform);
    }

    @Override
    public boolean addDeployment(PlatformKey platform, String deploymentId) {
        return stored.addDeployment(platform, deploymentId);
    }

    private static List<Platform> withoutSandbox(List<Platform> platforms) {
        return platforms.stream().filter(platform -> !isSandbox(platform.issuer(), platform.clientId())).toList();
    }
}
