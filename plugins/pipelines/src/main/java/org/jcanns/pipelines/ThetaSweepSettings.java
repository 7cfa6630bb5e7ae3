package org.jcanns.pipelines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/**
 * The settings of a theta-sweep run, with canns' defaults (canns-reference §6): the environment size and time
 * step, the parameters of the direction-cell and grid-cell networks (as NAME=VALUE lists their providers check),
 * the theta modulation, which outputs to draw, and the seed.
 *
 * <p>{@code theta_units}: canns computes the theta phase at step i from t = i·dt with the trajectory's dt while
 * the networks step with dt = 1, so a cycle of {@code theta_cycle_len} = 100 takes 10⁵ steps and theta barely
 * moves; {@code network} (the default, as canns later did) advances the phase by one per network step, one cycle
 * every theta_cycle_len steps; {@code seed} keeps canns' behaviour.
 */
public record ThetaSweepSettings(double envSize, double dt, boolean seedThetaUnits, Map<String, String> dc,
                                 Map<String, String> gc, double thetaStrengthHd, double thetaStrengthGc,
                                 double thetaCycleLen, boolean savePlots, boolean saveAnimation, double fps,
                                 double dpi, long seed, String plotBackend) {
    /** canns' direction-cell defaults in the pipeline. */
    public static final String DC_DEFAULTS = "num=100,adaptation_strength=15,noise_strength=0";
    /** canns' grid-cell defaults in the pipeline (num_dc is always the direction-cell count). */
    public static final String GC_DEFAULTS = "num_gc_x=100,adaptation_strength=8,mapping_ratio=5,noise_strength=0";
    /** canns' theta defaults. */
    public static final String THETA_DEFAULTS = "theta_strength_hd=1,theta_strength_gc=0.5,theta_cycle_len=100";

    private static final ParameterSpec THETA = ParameterSpec.of("parameter 'theta' of pipeline 'theta-sweep'",
            Param.real("theta_strength_hd", 1.0, "theta modulation depth of the direction-cell input"),
            Param.real("theta_strength_gc", 0.5, "theta modulation depth of the grid-cell input"),
            Param.real("theta_cycle_len", 100.0, "length of a theta cycle, in network steps").positive());

    /** The parameters with canns' defaults (the trajectory comes separately). */
    static List<Param> params() {
        return List.of(
                Param.real("env_size", 2.0, "side of the square environment, m").positive(),
                Param.real("dt", 0.001, "time step of the trajectory, s").positive(),
                Param.choice("theta_units", "network", List.of("network", "seed"),
                        "theta phase per network step (network) or per trajectory dt as canns' seed (seed)"),
                Param.text("dc", DC_DEFAULTS, "direction-cell-network parameters NAME=VALUE,... (see jcanns plugins)"),
                Param.text("gc", GC_DEFAULTS, "grid-cell-network parameters NAME=VALUE,... (num_dc follows dc num)"),
                Param.text("theta", THETA_DEFAULTS, "theta parameters NAME=VALUE,...: theta_strength_hd, "
                        + "theta_strength_gc, theta_cycle_len"),
                Param.bool("save_plots", true, "write trajectory_analysis.png and population_activity.png"),
                Param.bool("save_animation", true, "write theta_sweep_animation.gif"),
                Param.real("animation_fps", 10.0, "frames per second of the animation").positive().atMost(100),
                Param.real("animation_dpi", 120.0, "dots per inch of the animation").positive().atMost(600),
                Param.integer("seed", 0, "seed of the networks' noise (none with noise_strength 0)"),
                Param.text("plot_backend", "java2d", "plot backend drawing the figures"));
    }

    /** The settings of validated {@code p}; the NAME=VALUE lists merge over canns' defaults. */
    static ThetaSweepSettings of(Params p) {
        Map<String, String> theta = pairs(THETA_DEFAULTS, "theta", p.spec().owner());
        theta.putAll(pairs(p.getString("theta"), "theta", p.spec().owner()));
        Params t = THETA.parse(theta);
        Map<String, String> dc = pairs(DC_DEFAULTS, "dc", p.spec().owner());
        dc.putAll(pairs(p.getString("dc"), "dc", p.spec().owner()));
        Map<String, String> gc = pairs(GC_DEFAULTS, "gc", p.spec().owner());
        gc.putAll(pairs(p.getString("gc"), "gc", p.spec().owner()));
        if (gc.containsKey("num_dc")) {
            throw new ParameterException("gc", "parameter 'gc' of " + p.spec().owner() + ": num_dc is set from dc's "
                    + "num; set dc num instead");
        }
        return new ThetaSweepSettings(p.getDouble("env_size"), p.getDouble("dt"),
                p.getString("theta_units").equals("seed"), Map.copyOf(dc), Map.copyOf(gc),
                t.getDouble("theta_strength_hd"), t.getDouble("theta_strength_gc"), t.getDouble("theta_cycle_len"),
                p.getBoolean("save_plots"), p.getBoolean("save_animation"), p.getDouble("animation_fps"),
                p.getDouble("animation_dpi"), p.getInt("seed"), p.getString("plot_backend"));
    }

    /** The settings of {@code values} (text, as on a command line) over canns' defaults. */
    public static ThetaSweepSettings parse(Map<String, String> values) {
        return of(new ParameterSpec("pipeline 'theta-sweep'", params()).parse(values));
    }

    /** "NAME=VALUE,NAME=VALUE" as an ordered map; fails naming {@code param} on a malformed pair. */
    static Map<String, String> pairs(String text, String param, String owner) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String item : text.split(",", -1)) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(param, "parameter '" + param + "' of " + owner + ": expected NAME=VALUE "
                        + "pairs separated by commas, got '" + item.trim() + "'");
            }
            out.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
        }
        return out;
    }

    /**
     * canns' {@code calculate_theta_modulation} at network step {@code step}: the phase
     * {@code 2π·(t mod cycle)/cycle − π} with t = step (network units) or step·dt (seed), and the gains
     * {@code 1 + strength_hd·(0.5 + angular gain)·cos(phase)}, {@code 1 + strength_gc·(0.5 + linear gain)·cos(phase)}.
     */
    double[] thetaModulation(int step, double linearGain, double angularGain) {
        double t = step * (seedThetaUnits ? dt : 1.0);
        double m = t % thetaCycleLen;
        double phase = (m < 0 ? m + thetaCycleLen : m) / thetaCycleLen * 2 * Math.PI - Math.PI;
        double cos = Math.cos(phase);
        return new double[] {phase, 1 + thetaStrengthHd * (0.5 + angularGain) * cos,
            1 + thetaStrengthGc * (0.5 + linearGain) * cos};
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "theta-sweep env_size=%s dt=%s theta_units=%s dc=%s gc=%s", envSize, dt,
                seedThetaUnits ? "seed" : "network", dc, gc);
    }
}
