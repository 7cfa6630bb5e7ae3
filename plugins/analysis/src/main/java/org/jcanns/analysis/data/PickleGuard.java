package org.jcanns.analysis.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses numpy object arrays (pickles, which can run code when loaded) by reading only their headers, before
 * any array is read: canns keeps grid spikes as a pickled dict inside its npz files.
 */
final class PickleGuard {
    /** Where the conversion snippet for canns' pickled files is documented. */
    static final String CONVERSION_HINT = "convert it once with the python snippet in README.md, section "
            + "'Grid-cell recordings'";
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");

    private PickleGuard() {
    }

    /** Fails with a one-line error naming the array if the {@code .npy} or {@code .npz} file holds an object array. */
    static void refuse(Path file, boolean npz) throws IOException {
        if (!npz) {
            try (InputStream in = Files.newInputStream(file)) {
                check(in, file, file.getFileName().toString());
            }
            return;
        }
        try (ZipFile zip = openOrNull(file)) {
            if (zip == null) {
                return; // not a zip: the .npz reader says so in its own words
            }
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().endsWith(".npy")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        check(in, file, e.getName().substring(0, e.getName().length() - 4));
                    }
                }
            }
        }
    }

    private static ZipFile openOrNull(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (java.util.zip.ZipException e) {
            return null;
        }
    }

    private static void check(InputStream in, Path file, String key) throws IOException {
        String head = new String(in.readNBytes(1024), StandardCharsets.ISO_8859_1);
        Matcher m = DESCR.matcher(head);
        if (m.find() && m.group(1).endsWith("O")) {
            throw new IllegalArgumentException(file + ": array '" + key + "' is a pickled object array (canns' "
                    + "layout); jcanns never unpickles: " + CONVERSION_HINT);
        }
    }
}
