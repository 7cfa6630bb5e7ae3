package org.jcanns.plot.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jcanns.core.io.AtomicFiles;

/** Writes PNG files atomically, with the resolution (pHYs chunk) set from the dpi. */
public final class Png {
    private static final String FORMAT = "javax_imageio_png_1.0";

    private Png() {
    }

    /** Writes {@code image} to {@code out} (temporary name, then moved into place), tagged with {@code dpi}. */
    public static Path write(BufferedImage image, double dpi, Path out) throws IOException {
        return AtomicFiles.write(out, os -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(os)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                        param);
                IIOMetadataNode phys = new IIOMetadataNode("pHYs");
                String perMetre = Long.toString(Math.round(dpi / 0.0254));
                phys.setAttribute("pixelsPerUnitXAxis", perMetre);
                phys.setAttribute("pixelsPerUnitYAxis", perMetre);
                phys.setAttribute("unitSpecifier", "meter");
                IIOMetadataNode root = new IIOMetadataNode(FORMAT);
                root.appendChild(phys);
                meta.mergeTree(FORMAT, root);
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, meta), param);
            } finally {
                writer.dispose();
            }
        });
    }
}
