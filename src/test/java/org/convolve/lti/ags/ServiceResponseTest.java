package org.convolve.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceResponseTest {
    private static ServiceResponse answer(String body) {
        return new ServiceResponse(503, body, HttpHeaders.of(Map.of(), (name, value) -> true));
    }

    @Test
    void aPlatformsErrorPageBecomesOneLine() {
        String page = "<html>\n<body>\r\n  <h1>Busy</h1>\n[main] ERROR forged\u0000</body>\n";

        assertEquals("<html> <body> <h1>Busy</h1> [main] ERROR forged?</body>", answer(page).shortBody(500));
    }

    @Test
    void aLongBodyIsCutToTheLengthAskedFor() {
        assertEquals("abcde…", answer("abcdefghij").shortBody(5));
        assertEquals("", answer(null).shortBody(5));
    }
}
