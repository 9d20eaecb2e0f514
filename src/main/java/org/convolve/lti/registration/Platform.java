package org.convolve.lti.registration;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * One registration of the tool with a platform. Canvas uses one issuer for all its customers,
 * so a registration is identified by issuer and client id together, never by issuer alone.
 */
public record Platform(
        String issuer,
        String clientId,
        String name,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        URI jwksUri,
        Set<String> deploymentIds,
        DeploymentPolicy deploymentPolicy) {

    public Platform {
        requireText(issuer, "issuer");
        requireText(clientId, "client id");
        Objects.requireNonNull(authorizationEndpoint, "authorization endpoint");
        Objects.requireNonNull(tokenEndpoint, "token endpoint");
        Objects.requireNonNull(jwksUri, "JWKS URL");
        deploymentIds = Set.copyOf(deploymentIds == null ? Set.of() : deploymentIds);
        deploymentPolicy = deploymentPolicy == null ? DeploymentPolicy.ACCEPT_NEW : deploymentPolicy;
        name = name == null || name.isBlank() ? issuer : name;
    }

    public PlatformKey key() {
        return new PlatformKey(issuer, clientId);
    }

    public boolean knowsDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }

    /** A deployment this registration lets launch: one it knows, or any when it records new ones. */
    public boolean acceptsDeployment(String deploymentId) {
        return knowsDeployment(deploymentId) || deploymentPolicy == DeploymentPolicy.ACCEPT_NEW;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A platform registration needs a " + what);
        }
    }
}
