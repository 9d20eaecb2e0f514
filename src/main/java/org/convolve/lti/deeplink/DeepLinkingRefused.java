package org.convolve.lti.deeplink;

/** The platform's deep-linking settings do not allow what the instructor picked. */
public final class DeepLinkingRefused extends Exception {
    public DeepLinkingRefused(String message) {
        super(message);
    }
}
