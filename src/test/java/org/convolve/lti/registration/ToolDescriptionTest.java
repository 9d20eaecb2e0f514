package org.convolve.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tool asks platforms for the person's name and email only when it says what it does with them. */
class ToolDescriptionTest {
    private static ToolDescription using(String nameUse, String emailUse) {
        return ToolDescription.at(URI.create("https://tool.example.edu"), "Tool", "A tool.",
                new ToolDescription.Wording("quiz", null, nameUse, emailUse));
    }

    @Test
    void aToolThatUsesTheNameOnlyAsksForTheNameOnly() {
        ToolDescription tool = using("Shown to instructors.", null);

        assertEquals(List.of("iss", "sub", "name", "given_name", "family_name"), tool.claims());
        assertEquals("name_only", tool.canvasPrivacyLevel());
        assertEquals(new MoodleSettings.Field("Share launcher's email with tool", "Never", "Tool does not use it."),
                field(tool, "Share launcher's email with tool"));
        assertEquals("Always", field(tool, "Share launcher's name with tool").value());
    }

    @Test
    void eachOtherChoiceHasItsOwnPrivacyLevel() {
        assertEquals("public", using("Shown.", "Mailed.").canvasPrivacyLevel());
        assertEquals(List.of("iss", "sub", "name", "given_name", "family_name", "email"),
                using("Shown.", "Mailed.").claims());
        assertEquals("email_only", using(null, "Mailed.").canvasPrivacyLevel());
        assertEquals("anonymous", using(null, null).canvasPrivacyLevel());
        assertEquals(List.of("iss", "sub"), using(null, null).claims());
    }

    private static MoodleSettings.Field field(ToolDescription tool, String label) {
        return MoodleSettings.of(tool).stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }
}
