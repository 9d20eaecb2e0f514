package org.convolve.lti.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RolesTest {
    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    @Test
    void understandsFullMembershipRoleUris() {
        assertTrue(new Roles(List.of(MEMBERSHIP + "Instructor")).isInstructor());
        assertTrue(new Roles(List.of(MEMBERSHIP + "Learner")).isLearner());
    }

    @Test
    void understandsShortRoleNames() {
        assertTrue(new Roles(List.of("Instructor")).isInstructor());
        assertTrue(new Roles(List.of("Learner")).isLearner());
    }

    @Test
    void treatsTeachingAssistantsAsInstructors() {
        assertTrue(new Roles(List.of(MEMBERSHIP + "Instructor#TeachingAssistant")).isInstructor());
    }

    @Test
    void aSubRoleCountsAsItsPrincipalRole() {
        String lis = "http://purl.imsglobal.org/vocab/lis/v2/membership/";

        assertTrue(new Roles(List.of(lis + "Instructor#TeachingAssistant")).isInstructor());
        Roles learnerSubRole = new Roles(List.of(lis + "Learner#Instructor"));
        assertFalse(learnerSubRole.isInstructor(), "a kind of learner, whatever its sub-role is called");
        assertTrue(learnerSubRole.isLearner());
    }

    @Test
    void anObserverIsNoInstructor() {
        // Canvas sends its observer enrolments (parents) as Mentor.
        assertFalse(new Roles(List.of(MEMBERSHIP + "Mentor")).isInstructor());
    }

    @Test
    void grantsNothingForAnUnknownRoleOrNoRole() {
        assertFalse(new Roles(List.of("http://purl.imsglobal.org/vocab/lis/v2/unknown/unknown#Helper")).isInstructor());
        assertFalse(new Roles(List.of("")).isInstructor());
        assertFalse(new Roles(List.of()).isInstructor());
    }

    @Test
    void doesNotMakeAnInstitutionFacultyMemberACourseInstructor() {
        assertFalse(new Roles(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor")).isInstructor());
    }

    @Test
    void treatsAnInstitutionAdministratorAsInstructor() {
        assertTrue(new Roles(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator")).isInstructor());
    }
}
