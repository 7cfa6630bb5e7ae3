package org.jcanns.analysis.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.analysis.NumericArray;

/** canns' {@code get_data_summary}: summary statistics of ROI data or of a grid-cell recording, by canns' keys. */
public final class DataSummary {
    private DataSummary() {
    }

    /** ROI data: type, shape, size, dtype, min, max, mean, std (population), has_nan, has_inf. */
    public static Map<String, Object> of(NumericArray data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "roi_data");
        s.put("shape", Arrays.toString(data.shape()));
        s.put("size", data.size());
        s.put("dtype", "float64");
        double[] v = data.values();
        s.put("min", Arrays.stream(v).min().orElse(Double.NaN));
        s.put("max", Arrays.stream(v).max().orElse(Double.NaN));
        double mean = mean(v);
        s.put("mean", mean);
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        s.put("std", Math.sqrt(ss / v.length));
        s.put("has_nan", Arrays.stream(v).anyMatch(Double::isNaN));
        s.put("has_inf", Arrays.stream(v).anyMatch(Double::isInfinite));
        return s;
    }

    /** A grid recording: keys, n_neurons, spike_counts (min, max, mean, total), time_data, x_data, y_data. */
    public static Map<String, Object> of(GridRecording r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "grid_data");
        s.put("keys", r.hasPositions() ? List.of("spike", "t", "x", "y") : List.of("spike", "t"));
        s.put("n_neurons", r.cells());
        long[] c = r.spikeCounts();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("min", Arrays.stream(c).min().orElse(0));
        counts.put("max", Arrays.stream(c).max().orElse(0));
        counts.put("mean", Arrays.stream(c).average().orElse(Double.NaN));
        counts.put("total", Arrays.stream(c).sum());
        s.put("spike_counts", counts);
        double[] t = r.t();
        Map<String, Object> time = new LinkedHashMap<>();
        time.put("length", t.length);
        time.put("duration", Arrays.stream(t).max().orElse(0) - Arrays.stream(t).min().orElse(0));
        // canns: 1 / mean(diff(t)), i.e. (n − 1)/(t_last − t_first).
        time.put("sampling_rate", t.length > 1 ? (t.length - 1) / (t[t.length - 1] - t[0]) : null);
        s.put("time_data", time);
        if (r.hasPositions()) {
            s.put("x_data", range(r.x()));
            s.put("y_data", range(r.y()));
        }
        return s;
    }

    private static Map<String, Object> range(double[] v) {
        double min = Arrays.stream(v).min().orElse(Double.NaN);
        double max = Arrays.stream(v).max().orElse(Double.NaN);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", min);
        m.put("max", max);
        m.put("range", max - min);
        return m;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
