package org.convolve.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
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

    @Test
    void anAdministratorEnrolledAsALearnerSeesWhatLearnersSee() {
        Roles roles = new Roles(List.of(MEMBERSHIP + "Learner",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"));
        assertFalse(roles.isInstructor());
        assertTrue(roles.isLearner());
    }

    @Test
    void understandsLti11Urns() {
        assertTrue(new Roles(List.of("urn:lti:role:ims/lis/Instructor")).isInstructor());
        assertTrue(new Roles(List.of("urn:lti:role:ims/lis/Learner/NonCreditLearner")).isLearner());
        assertFalse(new Roles(List.of(MEMBERSHIP + "Learner", "urn:lti:instrole:ims/lis/Instructor")).isInstructor(),
                "faculty of the institution, a learner in this course");
        assertFalse(new Roles(List.of("urn:lti:instrole:ims/lis/Instructor")).isInstructor());
        assertFalse(new Roles(List.of(MEMBERSHIP + "Learner", "urn:lti:sysrole:ims/lis/Administrator")).isInstructor());
        assertTrue(new Roles(List.of("urn:lti:sysrole:ims/lis/SysAdmin")).isInstructor(),
                "a system administrator with no role in the course oversees it");
    }

    @Test
    void anObserverWhoAdministersTheSystemIsStillAnObserverHere() {
        assertFalse(new Roles(List.of(MEMBERSHIP + "Mentor",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin")).isInstructor());
    }

    @Test
    void namesRolesWithWhereTheyAreHeld() {
        assertEquals(Set.of("Learner", "Administrator (institution)", "Instructor"), new Roles(List.of(
                MEMBERSHIP + "Learner", "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
                "http://example.com/roles#Whatever")).shortNames());
    }
}
