package kz.citizensec.qorgan.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.citizensec.qorgan.core.PlainFiles;

/**
 * Reads a counts file line by line, never holding more than one line of it (at most
 * {@link CountLine#MAX_LENGTH} characters), and keeps the lines it refuses with their numbers.
 */
public final class CountsReader {

    /** A refused line: its number (1-based) and why. */
    public record RefusedLine(int number, CountLine.Refused refused) {}

    /** What the file holds: the counts, and every line that was not one. */
    public record Contents(List<VisitorCount> counts, List<RefusedLine> refused) {
        public Contents {
            counts = List.copyOf(counts);
            refused = List.copyOf(refused);
        }
    }

    private CountsReader() {}

    /** @throws java.nio.file.NoSuchFileException or another IOException when it cannot be read */
    public static Contents read(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException(file + ": not a regular file");
        }
        List<VisitorCount> counts = new ArrayList<>();
        List<RefusedLine> refused = new ArrayList<>();
        try (Reader in = new BufferedReader(new InputStreamReader(PlainFiles.open(file), StandardCharsets.UTF_8))) {
            int number = 0;
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            int c;
            do {
                c = in.read();
                if (c != -1 && c != '\n') {
                    if (line.length() <= CountLine.MAX_LENGTH) {
                        line.append((char) c);
                    } else {
                        tooLong = true;
                    }
                    continue;
                }
                if (c == -1 && line.isEmpty() && !tooLong) {
                    break;
                }
                number++;
                String text = line.toString().strip();
                if (tooLong) {
                    refused.add(new RefusedLine(number, new CountLine.Refused(CountLine.Reason.TOO_LONG, "")));
                } else if (!text.isEmpty()) {
                    CountLine.Read read = CountLine.read(text);
                    if (read instanceof CountLine.Counted counted) {
                        counts.add(counted.count());
                    } else {
                        refused.add(new RefusedLine(number, (CountLine.Refused) read));
                    }
                }
                line.setLength(0);
                tooLong = false;
            } while (c != -1);
        }
        return new Contents(counts, refused);
    }
}
