package org.convolve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules on who may depend on whom, checked against the compiled main classes.
 * Add one test per rule; each names the packages it allows.
 */
class ArchitectureTest {

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.convolve");
    }

    @Test
    void convolutionMathDependsOnNothingButTheJdk() {
        ArchRule rule = classes().that().resideInAPackage("org.convolve.conv..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.convolve.conv..")
                .because("the convolution math must stay pure and reusable");

        rule.check(mainClasses);
    }

    @Test
    void gradingDependsOnlyOnTheJdkAndTheConvolutionMath() {
        ArchRule rule = classes().that().resideInAPackage("org.convolve.grading..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.convolve.conv..", "org.convolve.grading..")
                .because("graders must stay pure: no web, no storage, no framework");

        rule.check(mainClasses);
    }

    @Test
    void theLtiLibraryKnowsNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.convolve.lti..")
                .should().dependOnClassesThat(resideInAPackage("org.convolve..").and(resideOutsideOfPackage("org.convolve.lti..")))
                .because("the LTI protocol layer is a library that knows nothing of lessons")
                .check(mainClasses);
    }

    /** Names, descriptions and notes for platforms come from the product (see ConvolveTool). */
    @Test
    void theLtiLibrarySaysNothingOfTheProductOrItsLessons() throws IOException {
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/convolve/lti"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                literal.matcher(Files.readString(source)).results().map(m -> m.group(1))
                        .filter(text -> text.contains("Convolve") || text.toLowerCase(Locale.ROOT).contains("lesson"))
                        .forEach(text -> found.add(source.getFileName() + ": \"" + text + "\""));
            }
        }
        assertTrue(found.isEmpty(), "product text in the LTI library: " + found);
        assertTrue(Files.exists(Path.of("src/main/java/org/convolve/lti/registration/MoodleSettings.java")),
                "the sources were found where the rule looks");
    }

    @Test
    void theLessonModelKnowsNothingOfTheWebOrStorage() {
        noClasses().that().resideInAPackage("org.convolve.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.convolve.web..", "org.convolve.storage..", "org.convolve.lti..", "io.javalin..", "org.jdbi..")
                .check(mainClasses);
    }

    @Test
    void theImportFindsTheDomainPackages() {
        // A rule over an empty import would pass without checking anything.
        assertTrue(mainClasses.containPackage("org.convolve.conv"), "org.convolve.conv was not imported");
        assertTrue(mainClasses.containPackage("org.convolve.grading"), "org.convolve.grading was not imported");
        assertTrue(mainClasses.containPackage("org.convolve.lti.launch"), "org.convolve.lti.launch was not imported");
    }
}
