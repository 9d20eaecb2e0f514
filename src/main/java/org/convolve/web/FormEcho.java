package org.convolve.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convolve.progress.Part;

/**
 * A submission that could not be graded, sent back into the page: every value as the learner
 * typed it, and a message for each field (or for the whole form) that needs fixing.
 */
record FormEcho(String activityId, Part part, Map<String, String> values, Map<String, String> fieldErrors,
                List<String> formErrors) {

    FormEcho {
        values = Map.copyOf(values);
        // In page order, so the first one named at the top of a returned page is the first met below.
        fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        formErrors = List.copyOf(formErrors);
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }

    String error(String field) {
        return fieldErrors.get(field);
    }

    /** What went wrong first: the form's own message, else the first field's. */
    String firstProblem() {
        return formErrors.isEmpty() ? fieldErrors.values().stream().findFirst().orElse("") : formErrors.get(0);
    }

    int problemCount() {
        return formErrors.size() + fieldErrors.size();
    }

    /** The form-level messages as one paragraph, or null. */
    String formError() {
        return formErrors.isEmpty() ? null : String.join(" ", formErrors);
    }
}
