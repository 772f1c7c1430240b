package com.voicepact.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * The dependency rules of ARCHITECTURE.md, for any root package: {@code com.voicepact} for the
 * product, and a fixture root for the test that proves each rule can fail.
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    private String pkg(String relative) {
        return root + "." + relative + "..";
    }

    /** A layer inside any application subdomain, e.g. {@code application.escrow.port.in}. */
    private String subdomainLayer(String layer) {
        return root + ".application.*." + layer + "..";
    }

    List<ArchRule> all() {
        return List.of(
                onionShape(),
                domainDependsOnJdkAndPhoneNumbersOnly(),
                applicationDependsOnDomainOnly(),
                adaptersAreIndependent(),
                micronautStaysInItsAdapters(),
                jdbcStaysInPersistence(),
                httpStaysInWeb(),
                jacksonAndResilienceStayInAfricasTalking(),
                incomingPortsDoNotDependOnOutgoingPorts(),
                incomingPortsAreUseCases(),
                outgoingPortsArePortsOrCollections(),
                useCasesAreImplementedByServices(),
                applicationIsGroupedBySubdomain(),
                useCasesHaveOneOperation(),
                servicesDoNotCallSiblingServices(),
                handlerValuesSayWhereTheyComeFrom(),
                noCycles(),
                productionCodeDoesNotUseTheSandbox());
    }

    ArchRule onionShape() {
        return onionArchitecture()
                .domainModels(pkg("domain"))
                .applicationServices(pkg("application"))
                .adapter("africastalking", pkg("adapter.out.africastalking"))
                .adapter("mpesa", pkg("adapter.out.mpesa"))
                .adapter("persistence", pkg("adapter.out.persistence"))
                .adapter("transcription", pkg("adapter.out.transcription"))
                .adapter("web", pkg("adapter.in.web"))
                .adapter("sandbox", pkg("sandbox"))
                .withOptionalLayers(true)
                .ignoreDependency(
                        JavaClass.Predicates.resideInAPackage(pkg("bootstrap")), DescribedPredicate.alwaysTrue())
                .as("onion shape: domain <- application <- adapters");
    }

    ArchRule domainDependsOnJdkAndPhoneNumbersOnly() {
        return classes()
                .that()
                .resideInAPackage(pkg("domain"))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(pkg("domain"), "java..", "javax.crypto..", "com.google.i18n.phonenumbers..")
                .as("domain depends on the JDK and libphonenumber only");
    }

    ArchRule applicationDependsOnDomainOnly() {
        return classes()
                .that()
                .resideInAPackage(pkg("application"))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(pkg("application"), pkg("domain"), "java..", "jakarta.validation..")
                .as("application depends on the JDK, jakarta.validation and the domain only");
    }

    ArchRule adaptersAreIndependent() {
        return slices().matching(root + ".adapter.(*).(*)..")
                .should()
                .notDependOnEachOther()
                .as("no adapter depends on another adapter");
    }

    /**
     * The local sandboxes ({@code adapter-sandbox}) play the providers on the embedded default and in tests: an adapter
     * speaks its provider's wire to them over HTTP, as to the provider, and bootstrap alone starts them.
     */
    ArchRule productionCodeDoesNotUseTheSandbox() {
        return noClasses()
                .that()
                .resideInAnyPackage(pkg("adapter"), pkg("application"), pkg("domain"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(pkg("sandbox"))
                .as("no production adapter (nor the application or domain) depends on the local sandboxes");
    }

    ArchRule micronautStaysInItsAdapters() {
        return noClasses()
                .that()
                .resideOutsideOfPackages(pkg("adapter.in.web"), pkg("adapter.out.persistence"), pkg("bootstrap"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micronaut..")
                .as("Micronaut types stay in the web and persistence adapters and bootstrap");
    }

    ArchRule jdbcStaysInPersistence() {
        return noClasses()
                .that()
                .resideOutsideOfPackages(pkg("adapter.out.persistence"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..", "org.flywaydb..")
                .as("JDBC and Micronaut Data stay in the persistence adapter");
    }

    ArchRule httpStaysInWeb() {
        return noClasses()
                .that()
                .resideOutsideOfPackages(pkg("adapter.in.web"), pkg("bootstrap"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micronaut.http..")
                .as("Micronaut HTTP stays in the web adapter");
    }

    ArchRule jacksonAndResilienceStayInAfricasTalking() {
        return noClasses()
                .that()
                .resideOutsideOfPackages(
                        pkg("adapter.out.africastalking"),
                        pkg("adapter.out.mpesa"),
                        pkg("adapter.out.transcription"),
                        pkg("sandbox"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("io.github.resilience4j..")
                .as(
                        "Jackson stays in the outgoing HTTP adapters (Africa's Talking, M-Pesa, transcription) and the local sandboxes, "
                                + "resilience4j in them too");
    }

    /**
     * A driving adapter sees only the incoming ports: a use case, its command or its result that named an
     * outgoing port's type would hand it the application's own plumbing. Values both directions speak live
     * in {@code application.port.shared}.
     */
    ArchRule incomingPortsDoNotDependOnOutgoingPorts() {
        return noClasses()
                .that()
                .resideInAPackage(subdomainLayer("port.in"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(subdomainLayer("port.out"))
                .as("incoming ports (port.in) do not depend on outgoing ports (port.out)");
    }

    /** Ports are top-level interfaces; a sealed interface nested in one is the shape of a value (an answer, a verdict). */
    ArchRule incomingPortsAreUseCases() {
        return classes()
                .that()
                .resideInAPackage(subdomainLayer("port.in"))
                .and()
                .areInterfaces()
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("UseCase")
                .as("incoming ports are <Verb><Noun>UseCase interfaces");
    }

    ArchRule outgoingPortsArePortsOrCollections() {
        return classes()
                .that()
                .resideInAPackage(subdomainLayer("port.out"))
                .and()
                .areInterfaces()
                .and()
                .areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("end in Port or read as a collection (Contracts, AuditLog)") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String name = item.getSimpleName();
                        boolean sumType = item.reflect().isSealed(); // a value with a closed set of shapes, not a port
                        boolean ok = sumType || name.endsWith("Port") || name.endsWith("s") || name.endsWith("Log");
                        events.add(new SimpleConditionEvent(item, ok, item.getName() + " is named " + name));
                    }
                })
                .as("outgoing ports end in Port or read as a collection");
    }

    /**
     * The application is grouped by subdomain (contract, escrow, phone, voice, audit, operations, shared), each
     * with its own {@code port.in}, {@code port.out}, {@code port.shared} and {@code service}: a reader finds a
     * rule's use case, ports and service side by side, as in SvenWoltmann/hexagonal-architecture-java.
     */
    ArchRule applicationIsGroupedBySubdomain() {
        return noClasses()
                .should()
                .resideInAnyPackage(root + ".application", pkg("application.port"), pkg("application.service"))
                .as(
                        "application classes live in a subdomain package (application.<subdomain>...), not in a flat port or service package");
    }

    ArchRule useCasesAreImplementedByServices() {
        DescribedPredicate<JavaClass> implementsUseCase = new DescribedPredicate<>("implement an incoming port") {
            @Override
            public boolean test(JavaClass javaClass) {
                return !javaClass.isInterface()
                        && javaClass.getAllRawInterfaces().stream()
                                .anyMatch(i -> i.getPackageName()
                                                .matches(java.util.regex.Pattern.quote(root)
                                                        + "\\.application(\\.\\w+)?\\.port\\.in(\\..*)?")
                                        && i.isTopLevelClass());
            }
        };
        return classes()
                .that(implementsUseCase)
                .should()
                .resideInAPackage(subdomainLayer("service"))
                .andShould()
                .haveSimpleNameEndingWith("Service")
                .as("use cases are implemented by application services named *Service");
    }

    /** One use case per interface: a top-level incoming port declares exactly one operation (one input shape). */
    ArchRule useCasesHaveOneOperation() {
        return classes()
                .that()
                .resideInAPackage(subdomainLayer("port.in"))
                .and()
                .areInterfaces()
                .and()
                .areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("declare exactly one abstract method") {
                    @Override
                    public void check(JavaClass port, ConditionEvents events) {
                        long operations = port.getMethods().stream()
                                .filter(m -> m.getModifiers()
                                        .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                                .count();
                        events.add(new SimpleConditionEvent(
                                port, operations == 1, port.getName() + " declares " + operations + " operations"));
                    }
                })
                .as("each use case interface declares one operation");
    }

    /**
     * A service does not reach into a sibling service (its constructor, its methods, its static helpers): what two
     * services share is a domain policy, an outgoing port, an incoming port (a use case) or a helper that is no service.
     */
    ArchRule servicesDoNotCallSiblingServices() {
        return classes()
                .that()
                .resideInAPackage(pkg("application"))
                .and()
                .haveSimpleNameEndingWith("Service")
                .should(new ArchCondition<JavaClass>("not depend on another *Service of the application") {
                    @Override
                    public void check(JavaClass service, ConditionEvents events) {
                        service.getDirectDependenciesFromSelf().stream()
                                .filter(d -> isSiblingService(
                                        service, d.getTargetClass().getBaseComponentType()))
                                .forEach(d -> events.add(SimpleConditionEvent.violated(service, d.getDescription())));
                    }
                })
                .as("services do not depend on sibling services");
    }

    private boolean isSiblingService(JavaClass service, JavaClass target) {
        JavaClass top = target;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return !top.equals(service)
                && top.getPackageName().startsWith(root + ".application")
                && top.getSimpleName().endsWith("Service");
    }

    /**
     * An unannotated String on a form route is looked up in the form body, which consumed the first TCP
     * segment of AT's callbacks before {@code @Body} saw it. So every simple value a handler takes must
     * say where it comes from: path, query, header or body.
     */
    ArchRule handlerValuesSayWhereTheyComeFrom() {
        return methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(pkg("adapter.in.web"))
                .and(new DescribedPredicate<JavaMethod>("handle HTTP requests") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return method.getAnnotations().stream()
                                .anyMatch(a -> HANDLER_ANNOTATIONS.contains(
                                        a.getRawType().getName()));
                    }
                })
                .should(new ArchCondition<JavaMethod>("annotate each simple parameter with its source") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaParameter parameter : method.getParameters()) {
                            boolean simple = parameter.getRawType().isPrimitive()
                                    || SIMPLE.contains(parameter.getRawType().getName());
                            boolean sourced = parameter.getAnnotations().stream()
                                    .anyMatch(a ->
                                            a.getRawType().getPackageName().equals("io.micronaut.http.annotation"));
                            events.add(new SimpleConditionEvent(
                                    method,
                                    !simple || sourced,
                                    method.getFullName() + " parameter " + parameter.getIndex() + " ("
                                            + parameter.getRawType().getSimpleName() + ") has no source annotation"));
                        }
                    }
                })
                .as(
                        "handler parameters of simple types say where they come from (@PathVariable, @QueryValue, @Header, @Body, @Part)");
    }

    private static final Set<String> HANDLER_ANNOTATIONS = Set.of(
            "io.micronaut.http.annotation.Get",
            "io.micronaut.http.annotation.Post",
            "io.micronaut.http.annotation.Put",
            "io.micronaut.http.annotation.Delete",
            "io.micronaut.http.annotation.Patch");
    private static final Set<String> SIMPLE = Set.of(
            "java.lang.String",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Boolean",
            "java.math.BigDecimal",
            "java.time.LocalDate");

    ArchRule noCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().as("no package cycles");
    }
}
