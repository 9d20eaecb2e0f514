package org.convolve.lti.registration;

import java.util.List;
import java.util.Optional;

/** Where registrations live; the tool supplies a database-backed one. */
public interface PlatformRepository {

    Optional<Platform> find(String issuer, String clientId);

    List<Platform> findByIssuer(String issuer);

    List<Platform> all();

    /** Adds the registration, or replaces the one with the same issuer and client id. */
    void save(Platform platform);

    /** Records a deployment id under a registration; true when it was new. */
    boolean addDeployment(PlatformKey platform, String deploymentId);
}
