package org.convolve.lti.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random values for state, nonce and browser binding, and the hash under which a binding is stored. */
public final class BrowserBinding {
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserBinding() {
    }

    public static String newRandomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The key under which the login page keeps the binding in the platform's storage. It holds the
     * state, as Canvas advises, so that two launches in one browser never overwrite each other.
     */
    public static String storageKey(String state) {
        return "convolve_binding_" + state;
    }

    public static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compares in constant time so that the comparison does not leak how much of a hash matched. */
    public static boolean matches(String value, String expectedHash) {
        if (value == null || expectedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(value).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
