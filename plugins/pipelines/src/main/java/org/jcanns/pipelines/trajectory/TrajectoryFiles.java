package org.jcanns.pipelines.trajectory;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;

/**
 * Reads trajectories: {@code .npz} with {@code positions} (n, 2) and optionally {@code times} (n) — the layout of
 * canns' external_trajectory.npz; canns' navigation data, with {@code position} (n, 2), is read too — or {@code .csv} with a header naming the x, y and (optional) time columns
 * (canns' {@code load_trajectory_from_csv}, without pandas). Shapes are checked here; values (finite, increasing
 * times, n >= 2) by the task that imports them.
 */
public final class TrajectoryFiles {
    private TrajectoryFiles() {
    }

    /** The trajectory in {@code file} (.npz or .csv; CSV columns named xCol, yCol, timeCol). */
    public static Trajectory read(Path file, String xCol, String yCol, String timeCol) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "trajectory file not found");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npz")) {
            return npz(file);
        }
        if (name.endsWith(".csv")) {
            return csv(file, xCol, yCol, timeCol);
        }
        throw new IllegalArgumentException("trajectory " + file + ": expected a .npz (positions, times) or .csv "
                + "(x, y, time columns) file");
    }

    private static Trajectory npz(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(file, arena);
            String key = z.containsKey("positions") || !z.containsKey("position") ? "positions" : "position";
            NpyArray p = z.get(key);
            if (p == null) {
                throw new IllegalArgumentException("trajectory " + file + ": no array 'positions' (n, 2); it has "
                        + z.keySet());
            }
            int[] s = p.shape();
            if (s.length != 2 || s[1] != 2) {
                throw new IllegalArgumentException("trajectory " + file + ": '" + key + "' must have shape (n, 2), "
                        + "got " + Arrays.toString(s));
            }
            double[] flat = p.toDoubles();
            double[][] rows = new double[s[0]][];
            for (int i = 0; i < s[0]; i++) {
                rows[i] = new double[] {flat[2 * i], flat[2 * i + 1]};
            }
            NpyArray t = z.get("times");
            if (t != null && t.shape().length != 1) {
                throw new IllegalArgumentException("trajectory " + file + ": 'times' must have shape (n,), got "
                        + Arrays.toString(t.shape()));
            }
            return new Trajectory(rows, t == null ? null : t.toDoubles(), file.toString());
        }
    }

    private static Trajectory csv(Path file, String xCol, String yCol, String timeCol) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw new IllegalArgumentException("trajectory " + file + ": empty; expected a header line naming "
                        + "the columns " + xCol + ", " + yCol + " (and " + timeCol + ")");
            }
            List<String> names = Arrays.stream(header.split(",", -1)).map(TrajectoryFiles::unquote).toList();
            int xi = column(names, xCol, file);
            int yi = column(names, yCol, file);
            int ti = timeCol == null || timeCol.isEmpty() ? -1 : names.indexOf(timeCol);
            List<double[]> rows = new ArrayList<>();
            List<Double> times = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != names.size()) {
                    throw new IllegalArgumentException("trajectory " + file + ", line " + number + ": expected "
                            + names.size() + " comma-separated values (as the header), got " + cells.length);
                }
                rows.add(new double[] {number(cells[xi], file, number), number(cells[yi], file, number)});
                if (ti >= 0) {
                    times.add(number(cells[ti], file, number));
                }
            }
            double[] t = ti < 0 ? null : times.stream().mapToDouble(Double::doubleValue).toArray();
            return new Trajectory(rows.toArray(double[][]::new), t, file.toString());
        }
    }

    private static int column(List<String> names, String col, Path file) {
        int i = names.indexOf(col);
        if (i < 0) {
            throw new IllegalArgumentException("trajectory " + file + ": no column '" + col + "' in the header "
                    + names + " (choose the columns with --x-col, --y-col, --time-col)");
        }
        return i;
    }

    private static String unquote(String s) {
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static double number(String cell, Path file, int line) {
        String t = unquote(cell).toLowerCase(Locale.ROOT);
        // What numpy and pandas write for non-finite values; the import refuses them with its own message.
        switch (t) {
            case "nan" -> {
                return Double.NaN;
            }
            case "inf", "infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> { }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("trajectory " + file + ", line " + line + ": '" + cell.trim()
                    + "' is not a number");
        }
    }
}
