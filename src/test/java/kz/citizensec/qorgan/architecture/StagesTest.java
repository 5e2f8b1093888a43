package kz.citizensec.qorgan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.Callable;

/**
 * The stages of DESIGN.md as packages, data flowing one way: playbook → answers → interview, and
 * playbook → plan → render → check, and playbook → stats (the anonymous counts); app's flows join
 * them (and inject the terminal), cli's thin commands call the flows, and only Main ends the
 * process. startup (the bundled guide's snapshot, the warm-up thread, the system clock) serves cli
 * alone: it takes a command's first steps ahead through the stages and app.
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
            .layer("app")
            .definedBy("kz.citizensec.qorgan.app..")
            .layer("cli")
            .definedBy("kz.citizensec.qorgan.cli..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("app")
            .mayOnlyBeAccessedByLayers("startup", "cli")
            .whereLayer("check")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("stats")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("startup")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("render")
            .mayOnlyBeAccessedByLayers("check", "app", "startup")
            .whereLayer("plan")
            .mayOnlyBeAccessedByLayers("render", "check", "app")
            .whereLayer("interview")
            .mayOnlyBeAccessedByLayers("app", "startup", "cli")
            .whereLayer("answers")
            .mayOnlyBeAccessedByLayers("interview", "check", "app", "startup")
            .whereLayer("playbook")
            .mayOnlyBeAccessedByLayers(
                    "answers", "interview", "plan", "render", "check", "stats", "startup", "app", "cli")
            .whereLayer("core")
            .mayOnlyBeAccessedByLayers(
                    "playbook", "answers", "interview", "plan", "render", "check", "stats", "startup", "app", "cli");

    @ArchTest
    static final ArchRule commandsReachTheStagesThroughApp = noClasses()
            .that()
            .resideInAPackage("kz.citizensec.qorgan.cli")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "kz.citizensec.qorgan.answers..",
                    "kz.citizensec.qorgan.interview",
                    "kz.citizensec.qorgan.plan..",
                    "kz.citizensec.qorgan.render..",
                    "kz.citizensec.qorgan.check..",
                    "kz.citizensec.qorgan.stats..")
            .because("a command parses, calls a flow of app and maps its result to an exit code");

    @ArchTest
    static final ArchRule cliHoldsCommandsAndTheirFewHelpersOnly = classes()
            .that()
            .resideInAPackage("kz.citizensec.qorgan.cli")
            .and()
            .doNotHaveSimpleName("Main")
            .and()
            .doNotHaveSimpleName("Specs")
            .and()
            .doNotHaveSimpleName("EarlyArguments")
            .and()
            .doNotHaveSimpleName("InterviewOptions")
            .and()
            .doNotHaveSimpleName("VersionProvider")
            .and()
            .doNotHaveSimpleName("Rehearsal")
            .should()
            .haveSimpleNameEndingWith("Command")
            .andShould()
            .implement(Callable.class)
            .because("a flow (an interview's end, the help desk, printing, files, counts) lives in app,"
                    + " where cli calls it; besides the commands, cli holds only the entry points (Main, and"
                    + " Rehearsal, which runs Main for the launcher's archives) and the option helpers");

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
