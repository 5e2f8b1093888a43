package kz.citizensec.qorgan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The stages of DESIGN.md as packages, data flowing one way: playbook → answers → interview, and
 * playbook → plan → render → check, and playbook → stats (the anonymous counts); startup (the
 * start-up machinery) after render, used by cli alone; only cli sees them all (and injects the
 * terminal), and only Main ends the process.
 */
@AnalyzeClasses(packages = "kz.citizensec.qorgan", importOptions = ImportOption.DoNotIncludeTests.class)
class StagesTest {

    @ArchTest
    static final ArchRule stagesDependOnlyOnEarlierStages = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core")
            .definedBy("kz.citizensec.qorgan.core..")
            .layer("playbook")
            .definedBy("kz.citizensec.qorgan.playbook..")
            .layer("answers")
            .definedBy("kz.citizensec.qorgan.answers..")
            .layer("interview")
            .definedBy("kz.citizensec.qorgan.interview..")
            .layer("plan")
            .definedBy("kz.citizensec.qorgan.plan..")
            .layer("render")
            .definedBy("kz.citizensec.qorgan.render..")
            .layer("check")
            .definedBy("kz.citizensec.qorgan.check..")
            .layer("stats")
            .definedBy("kz.citizensec.qorgan.stats..")
            .layer("startup")
            .definedBy("kz.citizensec.qorgan.startup..")
            .layer("cli")
            .definedBy("kz.citizensec.qorgan.cli..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("check")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("stats")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("startup")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("render")
            .mayOnlyBeAccessedByLayers("check", "startup", "cli")
            .whereLayer("plan")
            .mayOnlyBeAccessedByLayers("render", "check", "startup", "cli")
            .whereLayer("interview")
            .mayOnlyBeAccessedByLayers("startup", "cli")
            .whereLayer("answers")
            .mayOnlyBeAccessedByLayers("interview", "check", "startup", "cli")
            .whereLayer("playbook")
            .mayOnlyBeAccessedByLayers("answers", "interview", "plan", "render", "check", "stats", "startup", "cli")
            .whereLayer("core")
            .mayOnlyBeAccessedByLayers(
                    "playbook", "answers", "interview", "plan", "render", "check", "stats", "startup", "cli");

    @ArchTest
    static final ArchRule onlyMainEndsTheProcess = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("kz.citizensec.qorgan.cli.Main")
            .should()
            .callMethod(System.class, "exit", int.class)
            .because("commands return exit codes; only Main calls System.exit");

    @ArchTest
    static final ArchRule noStageBelowCliKnowsPicocli = noClasses()
            .that()
            .resideOutsideOfPackage("kz.citizensec.qorgan.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("picocli..")
            .because("the engine does not know the command line exists");

    @ArchTest
    static final ArchRule onlyTheInterviewFrontAndTheWiringKnowJLine = noClasses()
            .that()
            .resideOutsideOfPackages("kz.citizensec.qorgan.interview.terminal..", "kz.citizensec.qorgan.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.jline..")
            .because("the interview engine is free of any UI");
}
