package org.convolve.lti.launch;

/**
 * One role value read as where it is held and its name: "membership/Instructor#TeachingAssistant"
 * is a course role, Instructor.
 */
record RoleName(Scope scope, String name) {
    private static final String LIS_V2 = "http://purl.imsglobal.org/vocab/lis/v2/";

    enum Scope {
        COURSE("course"), INSTITUTION("institution"), SYSTEM("system"), UNKNOWN("unknown");

        private final String word;

        Scope(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }
    }

    /** @return null for a blank value */
    static RoleName parse(String value) {
        String role = value == null ? "" : value.trim();
        if (role.isEmpty()) {
            return null;
        }
        if (role.startsWith(LIS_V2)) {
            return fromVocabulary(role.substring(LIS_V2.length()));
        }
        if (role.startsWith("urn:lti:role:ims/lis/")) {
            return principal(Scope.COURSE, role.substring("urn:lti:role:ims/lis/".length()));
        }
        if (role.startsWith("urn:lti:instrole:ims/lis/")) {
            return principal(Scope.INSTITUTION, role.substring("urn:lti:instrole:ims/lis/".length()));
        }
        if (role.startsWith("urn:lti:sysrole:ims/lis/")) {
            return principal(Scope.SYSTEM, role.substring("urn:lti:sysrole:ims/lis/".length()));
        }
        // LTI 1.3 lets a platform send a course role by its name alone.
        if (role.chars().noneMatch(c -> c == ':' || c == '/' || c == '#')) {
            return new RoleName(Scope.COURSE, role);
        }
        return new RoleName(Scope.UNKNOWN, afterLast(role));
    }

    private static RoleName fromVocabulary(String path) {
        if (path.startsWith("membership#")) {
            String name = path.substring("membership#".length());
            return new RoleName(Scope.COURSE, name.contains("#") ? name.substring(0, name.indexOf('#')) : name);
        }
        if (path.startsWith("membership/") && path.indexOf('#') > 0) {
            // A sub-role is a kind of its principal role: "Learner#Instructor" is a learner.
            return new RoleName(Scope.COURSE, path.substring("membership/".length(), path.indexOf('#')));
        }
        if (path.startsWith("institution/person#")) {
            return new RoleName(Scope.INSTITUTION, path.substring("institution/person#".length()));
        }
        if (path.startsWith("system/person#")) {
            return new RoleName(Scope.SYSTEM, path.substring("system/person#".length()));
        }
        return new RoleName(Scope.UNKNOWN, afterLast(path));
    }

    /** LTI 1.1's "Instructor/TeachingAssistant" names the principal role first. */
    private static RoleName principal(Scope scope, String path) {
        int slash = path.indexOf('/');
        return new RoleName(scope, slash < 0 ? path : path.substring(0, slash));
    }

    private static String afterLast(String role) {
        return role.substring(Math.max(role.lastIndexOf('#'), role.lastIndexOf('/')) + 1);
    }
}
