package kz.citizensec.qorgan.startup;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.CRC32;
import kz.citizensec.qorgan.playbook.Guide;

/**
 * The bundled guide as loaded at build time, in a small binary form read at start-up instead of
 * its YAML: the bundled guide is read by every run of {@code assess} and {@code plan}, and its
 * YAML costs Jackson's start-up each time. {@link SnapshotWriter} writes it and
 * {@link SnapshotReader} reads it back, in the same order.
 *
 * <p>Why a hand-written form and not Java serialization: it loads several times faster than Java
 * serialization of the same records, whose reflective machinery starts up on every run, and than
 * the YAML (bench/README.md has the figures). The form needs no compatibility: the build writes it
 * and the same jar reads it; it starts with a magic number, a version and a CRC-32 of the rest.
 *
 * <p>It is a cache and nothing more: a missing or unreadable snapshot means the YAML is read (and
 * validated). The build writes it only for a guide without errors ({@link GuideSnapshotWriter}).
 * A test checks that the snapshot equals the guide loaded from the YAML.
 */
final class GuideSnapshot {

    private static final int MAGIC = 0x51_47_53_4e; // "QGSN"
    private static final int VERSION = 5;
    /** Magic number, version and the CRC-32 of the rest. */
    private static final int HEADER = 16;

    private GuideSnapshot() {}

    /** The resource holding the snapshot of a bundled guide, beside the guide's folder. */
    static String resource(String guideId) {
        return "/guides/" + guideId + ".snapshot";
    }

    /** The bundled guide's snapshot, or empty when it is missing or cannot be read. */
    static Optional<Guide> bundled(String guideId) {
        return from(GuideSnapshot.class.getResourceAsStream(resource(guideId)));
    }

    /** The guide in a snapshot's bytes, or empty when there are none ({@code null}) or they are not a snapshot. */
    static Optional<Guide> from(InputStream snapshot) {
        if (snapshot == null) {
            return Optional.empty();
        }
        try (InputStream in = snapshot) {
            return Optional.of(read(in.readAllBytes()));
        } catch (IOException | RuntimeException e) {
            // A damaged snapshot is no error: the YAML it was made from is there to be read.
            return Optional.empty();
        }
    }

    static byte[] write(Guide guide) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(128 * 1024);
        try (DataOutputStream out = new DataOutputStream(payload)) {
            new SnapshotWriter(out).guide(guide);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRC32 crc = new CRC32();
        crc.update(payload.toByteArray());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.size() + HEADER);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(crc.getValue());
            payload.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException if the bytes are not a whole, undamaged snapshot of this version */
    static Guide read(byte[] bytes) throws IOException {
        SnapshotReader in = new SnapshotReader(bytes);
        if (bytes.length < HEADER || in.integer() != MAGIC || in.integer() != VERSION) {
            throw new IOException("not a guide snapshot of version " + VERSION);
        }
        long expected = in.longInteger();
        CRC32 crc = new CRC32();
        crc.update(bytes, HEADER, bytes.length - HEADER);
        if (crc.getValue() != expected) {
            throw new IOException("damaged guide snapshot");
        }
        Guide guide = in.guide();
        if (!in.atEnd()) {
            throw new IOException("trailing bytes in guide snapshot");
        }
        return guide;
    }
}
