package org.convolve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebOriginTest {

    @Test
    void writesTheOriginAsABrowserReportsIt() {
        assertEquals(Optional.of("https://moodle.example.edu"),
                WebOrigin.of(URI.create("HTTPS://Moodle.Example.EDU:443/mod/lti/auth.php?x=1")));
        assertEquals(Optional.of("http://localhost"), WebOrigin.of(URI.create("http://localhost:80/auth")));
    }

    @Test
    void keepsAPortThatIsNotTheSchemesDefault() {
        assertEquals(Optional.of("https://canvas.test:8443"), WebOrigin.of(URI.create("https://canvas.test:8443/login")));
        assertEquals(Optional.of("http://localhost:443"), WebOrigin.of(URI.create("http://localhost:443/")));
    }

    @Test
    void hasNoOriginForARelativeOrOpaqueUrl() {
        assertEquals(Optional.empty(), WebOrigin.of(URI.create("/relative/path")));
        assertEquals(Optional.empty(), WebOrigin.of(URI.create("mailto:someone@example.edu")));
    }
}
