package com.voicepact.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of ARCHITECTURE.md over every main class of every module. */
class ArchitectureTest {

    /** Main classes only: not test classes, and not the modules' test-jars that share the package names. */
    static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("com.voicepact");

    static Stream<ArchRule> rules() {
        return new ArchitectureRules("com.voicepact").all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productFollows(ArchRule rule) {
        rule.check(PRODUCT);
    }
}
