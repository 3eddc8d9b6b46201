package io.cairn.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of the design, checked on the compiled classes of every module. */
@AnalyzeClasses(
        packages = "io.cairn",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Test fixtures shipped in a module's test jar are not part of the architecture. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** A class compiled into the given module, whether from target/classes or from the module's jar. */
    static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe(
                "in module " + module,
                c -> c.getSource()
                        .map(s -> s.getUri()
                                .toString()
                                .matches(".*/" + module + "(/target/classes/|-[0-9][^/]*\\.jar!/).*"))
                        .orElse(false));
    }

    static DescribedPredicate<JavaClass> inAnyModule(String... modules) {
        DescribedPredicate<JavaClass> any = DescribedPredicate.alwaysFalse();
        for (String m : modules) {
            any = any.or(inModule(m));
        }
        return any;
    }

    @ArchTest
    static final ArchRule coreShouldDependOnNoAdapter = noClasses()
            .that(inModule("cairn-core"))
            .should()
            .dependOnClassesThat(inAnyModule("cairn-stix", "cairn-store", "cairn-ingest", "cairn-web", "cairn-app")
                    .or(JavaClass.Predicates.resideInAnyPackage(
                            "java.sql..", "org.flywaydb..", "io.javalin..", "com.fasterxml..", "picocli..")))
            .because("core holds the domain and its ports; adapters plug into it, never the reverse");

    @ArchTest
    static final ArchRule stixShouldDependOnlyOnCore = noClasses()
            .that(inModule("cairn-stix"))
            .should()
            .dependOnClassesThat(inAnyModule("cairn-store", "cairn-ingest", "cairn-web", "cairn-app"))
            .because("the STIX model is shared by ingest and web and must not pull in either");

    @ArchTest
    static final ArchRule ingestShouldReachTheStoreOnlyThroughCorePorts = noClasses()
            .that(inModule("cairn-ingest"))
            .should()
            .dependOnClassesThat(inAnyModule("cairn-store", "cairn-web", "cairn-app")
                    .or(JavaClass.Predicates.resideInAnyPackage("java.sql..", "org.flywaydb..")))
            .because("importers produce domain records; how they are stored is the store adapter's business");

    @ArchTest
    static final ArchRule storeShouldNotKnowTheEdges = noClasses()
            .that(inModule("cairn-store"))
            .should()
            .dependOnClassesThat(inAnyModule("cairn-web", "cairn-app", "cairn-stix", "cairn-ingest"))
            .because("the store adapter implements core's ports and nothing above them");

    @ArchTest
    static final ArchRule webShouldNeverTouchStoreInternals = noClasses()
            .that(inModule("cairn-web"))
            .should()
            .dependOnClassesThat(inAnyModule("cairn-store", "cairn-ingest", "cairn-app")
                    .or(JavaClass.Predicates.resideInAnyPackage("java.sql..", "org.flywaydb..")))
            .because("web talks to core services and ports; SQL stays behind the store adapter");

    @ArchTest
    static final ArchRule demoShouldWriteFilesOnly = noClasses()
            .that(inModule("cairn-demo"))
            .should()
            .dependOnClassesThat(inAnyModule("cairn-stix", "cairn-store", "cairn-ingest", "cairn-web", "cairn-app")
                    .or(JavaClass.Predicates.resideInAnyPackage("java.sql..", "org.flywaydb..")))
            .because("the demo world is files in published formats, so importing it tests the importers for real");

    @ArchTest
    static final ArchRule featurePackagesShouldBeFreeOfCycles = slices().matching("io.cairn.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a cycle between features makes neither of them understandable alone");
}
