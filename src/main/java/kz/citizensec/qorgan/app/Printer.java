package kz.citizensec.qorgan.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.PlainFiles;
import kz.citizensec.qorgan.core.QorganException;

/**
 * Sends a printable page to the default printer. Print systems (CUPS's {@code lp} and
 * {@code lpr}) do not lay out HTML: they would print its source as text. So a browser of the
 * Chromium family, headless, makes a PDF of the page first, as a person's Ctrl+P would, and
 * {@code lp} (else {@code lpr}) sends that. The browser runs with a fresh profile and its
 * background networking off; the page itself may load nothing (its Content-Security-Policy).
 * The page and the PDF live in a folder readable by the owner only, deleted once the job is
 * handed over. Windows is not supported: there the page is printed from a browser.
 */
final class Printer {

    private static final List<String> BROWSERS =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge");
    private static final Path MAC_CHROME = Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    private static final long BROWSER_SECONDS = 90;
    private static final long SPOOLER_SECONDS = 30;
    /** The job's name in the printer's queue: never the visitor's. */
    private static final String JOB_TITLE = "qorgan";

    private final Path browser;
    private final Path spooler;
    private final Optional<Path> lpstat;
    private final Map<String, String> env;
    private final Messages messages;

    private Printer(Path browser, Path spooler, Optional<Path> lpstat, Map<String, String> env, Messages messages) {
        this.browser = browser;
        this.spooler = spooler;
        this.lpstat = lpstat;
        this.env = env;
        this.messages = messages;
    }

    /**
     * The printer of this computer, or a bad command line (exit 2) saying what is missing, so
     * that the volunteer hears it before the first visitor rather than after.
     */
    static Printer find(Environment environment, Messages messages) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            throw new QorganException(ExitStatus.USAGE, messages.get("print.windows"));
        }
        Map<String, String> env = environment.env();
        Path spooler = onPath(env, List.of("lp", "lpr"))
                .orElseThrow(() -> new QorganException(ExitStatus.USAGE, messages.get("print.noSpooler")));
        Path browser = onPath(env, BROWSERS)
                .or(() -> Optional.of(MAC_CHROME).filter(Files::isExecutable))
                .orElseThrow(() -> new QorganException(ExitStatus.USAGE, messages.get("print.noBrowser")));
        return new Printer(browser, spooler, onPath(env, List.of("lpstat")), env, messages);
    }

    private static Optional<Path> onPath(Map<String, String> env, List<String> names) {
        for (String name : names) {
            for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name));
                }
            }
        }
        return Optional.empty();
    }

    /** Prints the page; a failure is exit 4's kind ({@link ExitStatus#OUTPUT_FAILED}), saying why. */
    void print(String html) {
        Path work = null;
        try {
            work = Files.createTempDirectory(
                    "qorgan-print-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path page = work.resolve("print.html");
            PlainFiles.write(page, html.getBytes(StandardCharsets.UTF_8));
            Path pdf = work.resolve("print.pdf");
            List<String> makePdf = new ArrayList<>(List.of(
                    browser.toString(),
                    "--headless",
                    "--disable-gpu",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-extensions",
                    "--user-data-dir=" + work.resolve("profile"),
                    "--print-to-pdf=" + pdf,
                    "--no-pdf-header-footer"));
            if ("root".equals(System.getProperty("user.name"))) {
                // Chromium refuses to run as root inside its sandbox.
                makePdf.add("--no-sandbox");
            }
            makePdf.add(page.toUri().toString());
            run(makePdf, work.resolve("browser.log"), BROWSER_SECONDS);
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw failed(messages.get("print.noPdf", browser.getFileName()));
            }
            boolean lp = spooler.getFileName().toString().equals("lp");
            try {
                run(
                        List.of(spooler.toString(), lp ? "-t" : "-T", JOB_TITLE, pdf.toString()),
                        work.resolve("spooler.log"),
                        SPOOLER_SECONDS);
            } catch (QorganException e) {
                throw diagnosis(work).orElse(e);
            }
        } catch (IOException e) {
            throw failed(e.getMessage());
        } finally {
            deleteQuietly(work);
        }
    }

    private void run(List<String> command, Path log, long seconds) throws IOException {
        run(command, log, seconds, Map.of());
    }

    private void run(List<String> command, Path log, long seconds, Map<String, String> locale) throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().putAll(locale);
        Process process = builder.start();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failed(
                        messages.get("print.timeout", Path.of(command.get(0)).getFileName(), seconds));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw failed(messages.get("print.timeout", Path.of(command.get(0)).getFileName(), seconds));
        }
        if (process.exitValue() != 0) {
            List<String> said = new String(PlainFiles.readAllBytes(log), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
            String reason = said.isEmpty()
                    ? "exit " + process.exitValue()
                    : said.get(said.size() - 1).strip();
            throw failed(Path.of(command.get(0)).getFileName() + ": " + reason);
        }
    }

    /**
     * Why the spooler failed, in the volunteer's words, where CUPS's lpstat can tell: {@code lp}
     * says "No default destination" both when no queue is set and when the scheduler is down.
     */
    private Optional<QorganException> diagnosis(Path work) {
        if (lpstat.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (said(List.of("-r"), work).contains("not running")) {
                return Optional.of(failed(messages.get("print.schedulerStopped")));
            }
            if (said(List.of("-d"), work).contains("no system default destination")) {
                return Optional.of(failed(messages.get("print.noQueue")));
            }
        } catch (IOException | QorganException e) {
            // No diagnosis: the spooler's own words are reported.
        }
        return Optional.empty();
    }

    /** What lpstat says, in English whatever the locale, so that it can be recognised. */
    private String said(List<String> arguments, Path work) throws IOException {
        List<String> command = new ArrayList<>(List.of(lpstat.orElseThrow().toString()));
        command.addAll(arguments);
        Path log = work.resolve("lpstat.log");
        run(command, log, SPOOLER_SECONDS, Map.of("LC_ALL", "C", "LANG", "C"));
        return new String(PlainFiles.readAllBytes(log), StandardCharsets.UTF_8);
    }

    private QorganException failed(String reason) {
        return new QorganException(ExitStatus.OUTPUT_FAILED, messages.get("print.failed", reason));
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: the page and the PDF sit in a folder only the owner can read.
        }
    }
}
