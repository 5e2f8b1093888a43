package kz.citizensec.qorgan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.util.Set;

/**
 * qorgan never opens a socket, not even the three that the JDK's network library opens to probe
 * the system when it is loaded: a {@code FileChannel} loads it, and every {@code java.nio.file}
 * method that reads or writes a file's content opens one. Files go through
 * {@code core.PlainFiles} instead. {@code cli.SocketsIT} watches the real runs with strace.
 */
@AnalyzeClasses(packages = "kz.citizensec.qorgan", importOptions = ImportOption.DoNotIncludeTests.class)
class NoNetworkTest {

    /** The methods of {@link Files} that open a channel on the file (createFile and createTempFile close one at once). */
    private static final Set<String> OPENING_A_CHANNEL = Set.of(
            "newInputStream",
            "newOutputStream",
            "newByteChannel",
            "newBufferedReader",
            "newBufferedWriter",
            "readAllBytes",
            "readString",
            "readAllLines",
            "lines",
            "write",
            "writeString",
            "createFile",
            "createTempFile",
            "copy",
            "mismatch");

    @ArchTest
    static final ArchRule noFileChannels = noClasses()
            .should()
            .callMethodWhere(DescribedPredicate.describe(
                    "a method of java.nio.file.Files that opens a FileChannel",
                    (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(Files.class)
                            && OPENING_A_CHANNEL.contains(call.getName())))
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.nio.channels..")
            // A file's URI, for the browser that prints, is only a name.
            .orShould()
            .dependOnClassesThat()
            .haveNameMatching("java\\.net\\.(?!URI\\b).*")
            .because("a FileChannel loads the JDK's network library, which opens sockets to probe the system;"
                    + " read and write files with core.PlainFiles");
}
