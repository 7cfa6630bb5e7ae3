package org.jcanns.analysis.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.spi.analysis.NumericArray;

/**
 * Whitespace-separated numbers as {@code np.loadtxt} reads them: one row per line, {@code #} starts a comment,
 * blank lines are skipped, every row has the same number of values; a single row or a single column gives a
 * 1-D array (numpy squeezes them too).
 */
public final class TextArrays {
    private TextArrays() {
    }

    /** The numbers of {@code file}. */
    public static NumericArray read(Path file) throws IOException {
        // Every number takes at least two bytes with its separator and becomes eight: at most 4x the file.
        MemoryLimit.require(MemoryLimit.times(Files.size(file), 4), file + ": the numbers of "
                + Files.size(file) + " bytes of text");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new org.jcanns.core.io.MalformedFileException(file.toString(), "not a text file of numbers (not "
                    + "UTF-8)");
        }
    }

    private static NumericArray parse(BufferedReader in, Path file) throws IOException {
        double[] values = new double[1024];
        int count = 0;
        int rows = 0;
        int columns = -1;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] fields = text.split("\\s+", -1);
            if (columns < 0) {
                columns = fields.length;
            } else if (fields.length != columns) {
                throw new IllegalArgumentException(file + ": line " + lineNumber + " has " + fields.length
                        + " values, the first row has " + columns);
            }
            if (count + fields.length > values.length) {
                values = Arrays.copyOf(values, Math.max(count + fields.length, values.length * 2));
            }
            for (String f : fields) {
                values[count++] = parse(f, file, lineNumber);
            }
            rows++;
        }
        double[] v = Arrays.copyOf(values, count);
        if (rows == 0) {
            return NumericArray.of(v, 0);
        }
        return rows == 1 || columns == 1 ? NumericArray.of(v) : NumericArray.of(v, rows, columns);
    }

    private static double parse(String field, Path file, int line) {
        // numpy writes and reads non-finite values as nan, inf, -inf (any case); Java spells them differently.
        switch (field.toLowerCase(java.util.Locale.ROOT)) {
            case "nan", "+nan", "-nan" -> {
                return Double.NaN;
            }
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
            }
        }
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": line " + line + ": '" + field + "' is not a number");
        }
    }
}
