package org.jcanns.analysis.bump;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.spi.analysis.NumericArray;

/**
 * What {@link BumpFits#fit} returns, as canns: {@code fits} (ΣB, 4) rows {@code [t, pos, ampli, kappa]};
 * {@code nbump} (T, n_roi + 2) rows {@code [t, n, pred_0 .. pred_{n_roi−1}]}; {@code centrbump} (ΣB·n_roi, 2) rows
 * {@code [wrapped(pos_b − x_j), data_tj/ampli_b]} on the raw data; all from the best chain. Plus the convergence
 * summary of all chains.
 */
public record BumpFitsResult(NumericArray fits, NumericArray nbump, NumericArray centrbump, Convergence convergence) {

    /** The arrays under canns' names first, then the convergence summary's. */
    public Map<String, NumericArray> arrays() {
        Map<String, NumericArray> m = new LinkedHashMap<>();
        m.put("fits", fits);
        m.put("nbump", nbump);
        m.put("centrbump", centrbump);
        Convergence c = convergence;
        m.put("chain_loglik", NumericArray.of(c.finalLogLikelihood().clone()));
        m.put("acceptance", NumericArray.of(c.acceptance().clone()));
        int k = c.traces()[0].length;
        double[] traces = new double[c.traces().length * k];
        for (int i = 0; i < c.traces().length; i++) {
            System.arraycopy(c.traces()[i], 0, traces, i * k, k);
        }
        m.put("loglik_trace", NumericArray.of(traces, c.traces().length, k));
        m.put("rhat_loglik", NumericArray.scalar(c.rhat()));
        m.put("position_disagreement", NumericArray.of(c.positionDisagreement().clone()));
        m.put("best_chain", NumericArray.scalar(c.bestChain()));
        return m;
    }
}
