package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.citizensec.qorgan.interview.terminal.FakeTerminal;
import kz.citizensec.qorgan.testing.Cli.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code desk --print} through a real CUPS queue: the desk serves one visitor (on a fake
 * terminal, through {@link Main}), real headless Chromium makes the PDF and the real {@code lp}
 * hands it to the cups-pdf queue, which writes its own PDF where cups-pdf.conf says ({@code Out},
 * {@code ~/PDF} by default). The queue must list the job as completed, and its PDF must be A4 with
 * as many pages as the PDF the desk handed over. A thin {@code lp} in front of the real one only
 * keeps a copy of what it was given, to count those pages.
 *
 * <p>The job goes to the cups-pdf queue by {@code LPDEST}, never to a paper printer that happens to
 * be the default. Needs a reachable CUPS scheduler with a cups-pdf queue, chromium and poppler-utils;
 * .ci/run sets them up. Skipped where they are missing, except in CI (CI=true), where that fails.
 */
class CupsPrintIT {

    private static final Pattern REQUEST_ID = Pattern.compile("request id is (\\S+)");
    private static final Pattern A4 = Pattern.compile("Page size:\\s+(59[45](\\.\\d+)?) x (84[12](\\.\\d+)?) pts");
    private static final long WAIT_SECONDS = 90;

    @TempDir
    Path dir;

    @Test
    void aVisitorsDocumentsGoThroughTheQueueAndComeOutAsAnA4PdfOfTheSamePages() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Optional<Path> lp = onPath("lp");
        Optional<Path> chromium =
                onPath("chromium").or(() -> onPath("chromium-browser")).or(() -> onPath("google-chrome"));
        String scheduler = lp.isPresent() && onPath("lpstat").isPresent() ? said("lpstat", "-r") : "no lpstat";
        boolean reachable = scheduler.strip().equals("scheduler is running");
        boolean tools = chromium.isPresent() && onPath("pdfinfo").isPresent();
        Optional<String> queue = reachable ? cupsPdfQueue() : Optional.empty();
        if (ci) {
            assertThat(reachable)
                    .as("a CUPS scheduler, which .ci/run starts (lpstat -r: " + scheduler.strip() + ")")
                    .isTrue();
            assertThat(tools)
                    .as("chromium and poppler-utils, which .ci/run installs")
                    .isTrue();
            assertThat(queue)
                    .as("a cups-pdf queue, which .ci/run adds with lpadmin")
                    .isPresent();
        }
        Assumptions.assumeTrue(reachable, "no CUPS scheduler is reachable (lpstat -r: " + scheduler.strip() + ")");
        Assumptions.assumeTrue(tools, "chromium or poppler-utils (pdfinfo) not installed");
        Assumptions.assumeTrue(
                queue.isPresent(),
                "no cups-pdf queue: apt-get install printer-driver-cups-pdf, then "
                        + "lpadmin -p PDF -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd -E");

        Path out = outputFolder();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path spool = Files.createDirectories(dir.resolve("spool"));
        Path keep = Files.writeString(bin.resolve("lp"), """
                #!/bin/sh
                for a in "$@"; do last="$a"; done
                cp "$last" "$SPOOL/handed.pdf"
                %s "$@" > "$SPOOL/lp.out" 2>&1
                status=$?
                cat "$SPOOL/lp.out"
                exit $status
                """.formatted(lp.orElseThrow()), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(keep, PosixFilePermissions.fromString("rwx------"));
        long start = System.currentTimeMillis() - 1000;

        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", bin + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("LANG", "en_US.UTF-8");
        env.put("LPDEST", queue.orElseThrow());
        env.put("SPOOL", spool.toString());
        FakeTerminal fake = FakeTerminal.xterm("\r" + String.join("\r", DeskCommandTest.FIRST) + "\r" + "q\r");
        Path desk = dir.resolve("desk");
        Run run = cli().env(env).terminal(fake).run("desk", "--out", desk.toString(), "--print");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(fake.raw()).contains("Sent to the printer.").doesNotContain("Printing failed");
        assertThat(desk.resolve("visitor-001/plan.html")).exists();
        String lpSaid = Files.readString(spool.resolve("lp.out"), StandardCharsets.UTF_8);
        Matcher id = REQUEST_ID.matcher(lpSaid);
        assertThat(id.find()).as("lp said: " + lpSaid).isTrue();
        String job = id.group(1);
        assertThat(job).startsWith(queue.orElseThrow() + "-");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!completed(job) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(completed(job))
                .as("the queue lists job " + job + " as completed")
                .isTrue();
        Path printed = newestPdf(out, start, deadline);
        try {
            int handedPages = pages(spool.resolve("handed.pdf"));
            assertThat(handedPages).as("a plan and a report").isGreaterThanOrEqualTo(4);
            assertThat(pages(printed)).as("pages of " + printed).isEqualTo(handedPages);
            String info = said("pdfinfo", printed.toString());
            assertThat(A4.matcher(info).find()).as("A4: " + info).isTrue();
        } finally {
            // It holds the test visitor's made-up name: cups-pdf's folder is not the test's to fill.
            Files.deleteIfExists(printed);
        }
    }

    /** The first queue whose device is cups-pdf ({@code lpstat -v}: "device for PDF: cups-pdf:/"). */
    private static Optional<String> cupsPdfQueue() throws IOException, InterruptedException {
        Matcher device = Pattern.compile("device for (\\S+): cups-pdf:").matcher(said("lpstat", "-v"));
        return device.find() ? Optional.of(device.group(1)) : Optional.empty();
    }

    private static boolean completed(String job) throws IOException, InterruptedException {
        return said("lpstat", "-W", "completed", "-o").lines().anyMatch(l -> l.startsWith(job + " "));
    }

    /** cups-pdf.conf's {@code Out}, with the default of Debian's package; ${HOME} is the job's owner's. */
    private static Path outputFolder() throws IOException {
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        String out = "${HOME}/PDF";
        if (Files.isReadable(conf)) {
            out = Files.readAllLines(conf, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(l -> l.startsWith("Out "))
                    .map(l -> l.substring(4).strip())
                    .findFirst()
                    .orElse(out);
        }
        return Path.of(out.replace("${HOME}", System.getProperty("user.home")));
    }

    /** The PDF cups-pdf wrote since the test began, once its size holds still. */
    private static Path newestPdf(Path folder, long since, long deadline) throws IOException, InterruptedException {
        long last = -1;
        while (System.nanoTime() < deadline) {
            Optional<Path> newest = Optional.empty();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    newest = files.filter(f -> f.toString().endsWith(".pdf"))
                            .filter(f -> modified(f) >= since)
                            .max((a, b) -> Long.compare(modified(a), modified(b)));
                }
            }
            if (newest.isPresent()) {
                long size = Files.size(newest.get());
                if (size > 0 && size == last) {
                    return newest.get();
                }
                last = size;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no PDF from cups-pdf in " + folder + " within " + WAIT_SECONDS + " s");
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private static int pages(Path pdf) throws IOException, InterruptedException {
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(said("pdfinfo", pdf.toString()));
        assertThat(pages.find()).as("pdfinfo reads " + pdf).isTrue();
        return Integer.parseInt(pages.group(1));
    }

    private static String said(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        return new String(output, StandardCharsets.UTF_8);
    }

    private static Optional<Path> onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, command);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
