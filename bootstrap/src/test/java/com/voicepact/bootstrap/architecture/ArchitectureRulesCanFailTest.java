package com.voicepact.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule, applied to a deliberately bad class set (package {@code archfixture}), reports the class
 * that breaks it: the architecture test is not one that cannot fail.
 */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURE_ROOT = "com.voicepact.bootstrap.architecture.archfixture";
    private static final JavaClasses BAD = new ClassFileImporter().importPackages(FIXTURE_ROOT);
    private static final ArchitectureRules RULES = new ArchitectureRules(FIXTURE_ROOT);

    static Stream<Arguments> violations() {
        return Stream.of(
                violation("onion shape", ArchitectureRules::onionShape, "DomainCallingAService"),
                violation(
                        "domain deps", ArchitectureRules::domainDependsOnJdkAndPhoneNumbersOnly, "DomainWithInjection"),
                violation("application deps", ArchitectureRules::applicationDependsOnDomainOnly, "AnnotatedService"),
                violation(
                        "adapter independence",
                        ArchitectureRules::adaptersAreIndependent,
                        "RepositoryCallingController"),
                violation(
                        "no production adapter on the sandbox",
                        ArchitectureRules::productionCodeDoesNotUseTheSandbox,
                        "GatewayOnTheSandbox"),
                violation("micronaut placement", ArchitectureRules::micronautStaysInItsAdapters, "AnnotatedService"),
                violation("jdbc placement", ArchitectureRules::jdbcStaysInPersistence, "DomainWithSql"),
                violation("http placement", ArchitectureRules::httpStaysInWeb, "HttpInPersistence"),
                violation(
                        "jackson placement",
                        ArchitectureRules::jacksonAndResilienceStayInAfricasTalking,
                        "JacksonInWeb"),
                violation(
                        "incoming ports apart from outgoing ones",
                        ArchitectureRules::incomingPortsDoNotDependOnOutgoingPorts,
                        "LeakyCommand"),
                violation("use case naming", ArchitectureRules::incomingPortsAreUseCases, "ThingCreator"),
                violation("port naming", ArchitectureRules::outgoingPortsArePortsOrCollections, "SmsSender"),
                violation("service naming", ArchitectureRules::useCasesAreImplementedByServices, "ThingCreatorImpl"),
                violation("subdomain layout", ArchitectureRules::applicationIsGroupedBySubdomain, "FlatLayoutService"),
                violation(
                        "one operation per use case", ArchitectureRules::useCasesHaveOneOperation, "TwoThingsUseCase"),
                violation(
                        "no sibling services",
                        ArchitectureRules::servicesDoNotCallSiblingServices,
                        "SiblingCallingService"),
                violation(
                        "handler parameter sources",
                        ArchitectureRules::handlerValuesSayWhereTheyComeFrom,
                        "UnsourcedTokenController"),
                violation("cycles", ArchitectureRules::noCycles, "CycleA"));
    }

    private static Arguments violation(String name, Function<ArchitectureRules, ArchRule> rule, String offender) {
        return Arguments.of(name, rule, offender);
    }

    @ParameterizedTest(name = "{0} reports {2}")
    @MethodSource("violations")
    void givenBadClasses_whenRuleEvaluated_thenTheOffenderIsReported(
            String name, Function<ArchitectureRules, ArchRule> rule, String offender) {
        EvaluationResult result = rule.apply(RULES).evaluate(BAD);
        assertThat(result.hasViolation())
                .as(name + " must fail on the bad class set")
                .isTrue();
        assertThat(result.getFailureReport().toString()).contains(offender);
    }
}
