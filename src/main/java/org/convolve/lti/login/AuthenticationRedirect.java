package org.convolve.lti.login;

import java.net.URI;

/** Where to send the browser next, and the state it is bound to. */
public record AuthenticationRedirect(URI uri, PendingLogin login) {
}
