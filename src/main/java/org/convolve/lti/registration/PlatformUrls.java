package org.convolve.lti.registration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rules a platform URL met during dynamic registration must follow: absolute, https, no
 * fragment. Plain http is allowed for localhost and 127.0.0.1 only, so tests and the sandbox work.
 */
final class PlatformUrls {
    private PlatformUrls() {
    }

    static URI check(String value, String what) throws RegistrationFailed {
        if (value == null || value.isBlank()) {
            throw new RegistrationFailed("The platform did not give its " + what + ".");
        }
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new RegistrationFailed("The platform's " + what + " is not a valid URL: " + value);
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new RegistrationFailed("The platform's " + what + " must be a full URL with a host (it is '" + value + "').");
        }
        if (uri.getRawFragment() != null) {
            throw new RegistrationFailed("The platform's " + what + " must not have a #fragment (it is '" + value + "').");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri))) {
            throw new RegistrationFailed("The platform's " + what + " must use https (it is '" + value + "').");
        }
        return uri;
    }

    /**
     * LTI Dynamic Registration 3.5.1: the issuer must match the URL the configuration came from,
     * so that a configuration served elsewhere cannot claim to be this platform.
     */
    static URI checkIssuer(String issuer, URI configurationUrl) throws RegistrationFailed {
        URI uri = check(issuer, "issuer");
        if (!uri.getScheme().equalsIgnoreCase(configurationUrl.getScheme())
                || !uri.getHost().equalsIgnoreCase(configurationUrl.getHost())) {
            throw new RegistrationFailed("The platform's configuration names the issuer '" + issuer
                    + "', which is not on the host it was fetched from (" + configurationUrl.getHost()
                    + "). The tool only registers with a platform whose issuer matches its configuration URL.");
        }
        return uri;
    }

    static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        return "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host);
    }
}
