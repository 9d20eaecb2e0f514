package org.convolve.settings;

/** A setting the tool cannot run with; its message names the setting and what it must be. */
public final class InvalidSetting extends IllegalArgumentException {
    public InvalidSetting(String message) {
        super(message);
    }
}
