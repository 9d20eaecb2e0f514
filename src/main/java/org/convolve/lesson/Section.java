package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A block of the lesson page, in page order. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReadingSection.class, name = "reading"),
        @JsonSubTypes.Type(value = CalloutSection.class, name = "callout"),
        @JsonSubTypes.Type(value = ActivitySection.class, name = "activity")
})
public sealed interface Section permits ReadingSection, CalloutSection, ActivitySection {

    /** Unique within the lesson; the page uses it as an anchor. */
    String id();
}
