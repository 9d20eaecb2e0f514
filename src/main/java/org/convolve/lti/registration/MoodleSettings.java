package org.convolve.lti.registration;

import java.util.List;

/**
 * Every value Moodle's "Configure a tool manually" form asks for, in the form's order
 * (Site administration > Plugins > Activity modules > External tool > Manage tools).
 */
public final class MoodleSettings {

    /** One field of the form: its label in Moodle, what to enter, and a note when the choice matters. */
    public record Field(String label, String value, String note) {
    }

    private MoodleSettings() {
    }

    public static List<Field> of(ToolDescription tool) {
        return List.of(
                new Field("Tool name", tool.name(), null),
                new Field("Tool URL", tool.launchUrl().toString(), null),
                new Field("Tool description", tool.description(), null),
                new Field("LTI version", "LTI 1.3", null),
                new Field("Public key type", "Keyset URL", null),
                new Field("Public keyset", tool.jwksUrl().toString(), null),
                new Field("Initiate login URL", tool.loginUrl().toString(), null),
                new Field("Redirection URI(s)", tool.launchUrl().toString(), null),
                new Field("Custom parameters", "(leave empty)", tool.wording().customFields()),
                new Field("Tool configuration usage", "Show in activity chooser and as a preconfigured tool", null),
                new Field("Default launch container", "Embed, without blocks", null),
                new Field("Supports Deep Linking (Content-Item Message)", "Yes", null),
                new Field("Content Selection URL", tool.deepLinkingUrl().toString(), null),
                new Field("IMS LTI Assignment and Grade Services", "Use this service for grade sync and column management",
                        "\"Grade sync only\" also works, but then " + tool.name()
                                + " cannot create gradebook columns of its own."),
                new Field("IMS LTI Names and Role Provisioning",
                        "Use this service to retrieve members' information as per privacy settings", null),
                new Field("Tool Settings", "Do not use this service", null),
                shared(tool, "name", tool.wording().nameUse()),
                shared(tool, "email", tool.wording().emailUse()),
                new Field("Accept grades from the tool", "Always", null),
                new Field("Force SSL", "Yes when " + tool.name() + " is served over https", null));
    }

    /** Moodle's sharing settings follow what the tool does with the data: no use, no sharing. */
    private static Field shared(ToolDescription tool, String what, String use) {
        return use == null
                ? new Field("Share launcher's " + what + " with tool", "Never", tool.name() + " does not use it.")
                : new Field("Share launcher's " + what + " with tool", "Always", use);
    }
}
