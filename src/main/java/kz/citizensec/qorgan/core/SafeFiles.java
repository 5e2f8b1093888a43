package kz.citizensec.qorgan.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * Writes output files whole: each to a temporary file beside it, readable by the owner only, then
 * renamed into place; if any fails, none is left behind. An existing file is replaced only when
 * {@code overwrite} is set. A failure is a {@link QorganException} with
 * {@link ExitStatus#OUTPUT_FAILED} and a one-line message in {@code lang}.
 */
public final class SafeFiles {

    private SafeFiles() {}

    public static void writeAll(Map<Path, String> contents, boolean overwrite, String lang) {
        throw new UnsupportedOperationException("being written: " + contents.keySet() + overwrite + lang);
    }
}
