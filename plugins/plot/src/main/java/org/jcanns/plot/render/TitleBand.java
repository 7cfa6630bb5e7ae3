package org.jcanns.plot.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.function.Function;

/**
 * The band above an animation's axes holding its title and a time label. canns draws the time inside the axes,
 * where it hides the data whenever they pass under it; here the two share the band when they fit side by side
 * (title centred, or moved left), else the time label takes a row of its own under the title.
 */
public final class TitleBand {
    private final Axes axes;
    private final String title;
    private final double titleCentre;
    private final double titleTop;
    private final double timeTop;

    private TitleBand(Axes axes, String title, double titleCentre, double titleTop, double timeTop) {
        this.axes = axes;
        this.title = title;
        this.titleCentre = titleCentre;
        this.titleTop = titleTop;
        this.timeTop = timeTop;
    }

    /**
     * Lays out {@code title} and a time label as wide as {@code widestTime} above axes made by {@code axesIn}
     * (given the canvas region left below the band; it must not draw a title of its own).
     */
    public static TitleBand fit(Canvas c, String title, String widestTime,
                                Function<Rectangle2D.Double, Axes> axesIn) {
        Graphics2D g = c.g();
        double gap = c.px(8);
        double titleH = Text.height(g, c.font(Axes.TITLE_PT, false));
        double timeH = Text.height(g, c.font(Axes.LABEL_PT, false)) + c.px(3);
        double titleW = Text.width(g, c.font(Axes.TITLE_PT, false), title);
        double timeW = Text.width(g, c.font(Axes.LABEL_PT, false), widestTime) + c.px(6);
        Rectangle2D.Double probe = axesIn.apply(new Rectangle2D.Double(0, titleH, c.width(), c.height() - titleH))
                .box();
        boolean hasTitle = !title.isEmpty();
        boolean oneRow = !hasTitle || titleW + gap + timeW <= probe.width;
        double band = oneRow ? Math.max(hasTitle ? titleH : 0, timeH) : titleH + c.px(2) + timeH;
        Axes ax = axesIn.apply(new Rectangle2D.Double(0, band, c.width(), c.height() - band));
        Rectangle2D.Double b = ax.box();
        double top = b.y - c.px(6) - band;
        double timeTop = oneRow ? top + (band - timeH) / 2 : top + titleH + c.px(2);
        double centre = !oneRow || b.getCenterX() + titleW / 2 + gap <= b.x + b.width - timeW
                ? b.getCenterX() : Double.NaN;
        return new TitleBand(ax, title, centre, top, timeTop);
    }

    /** The axes under the band. */
    public Axes axes() {
        return axes;
    }

    /** Draws the title (static part of every frame). */
    public void paintTitle(Canvas c) {
        if (title.isEmpty()) {
            return;
        }
        Graphics2D g = c.g();
        g.setColor(Color.BLACK);
        g.setFont(c.font(Axes.TITLE_PT, false));
        if (Double.isNaN(titleCentre)) {
            Text.draw(g, title, axes.box().x, titleTop, 0, 0);
        } else {
            Text.draw(g, title, titleCentre, titleTop, 0.5, 0);
        }
    }

    /** Draws {@code time} right-aligned over the axes in a box filled with {@code fill}. */
    public void paintTime(Canvas c, String time, Color fill) {
        Graphics2D g = c.g();
        g.setFont(c.font(Axes.LABEL_PT, false));
        Rectangle2D.Double b = axes.box();
        double pad = c.px(3);
        double w = Text.width(g, g.getFont(), time) + 2 * pad;
        double h = Text.height(g, g.getFont()) + pad;
        double x = b.x + b.width - w;
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(x, timeTop, w, h, pad, pad);
        g.setColor(fill);
        g.fill(box);
        g.setColor(Color.BLACK);
        Text.draw(g, time, x + pad, timeTop + h / 2, 0, 0.5);
    }
}
