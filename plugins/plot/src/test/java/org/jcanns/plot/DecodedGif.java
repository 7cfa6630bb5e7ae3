package org.jcanns.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** A GIF decoded by the JDK's own reader (independent of jcanns' encoder): frames, delays, loop block. */
record DecodedGif(int width, int height, List<BufferedImage> frames, List<Integer> delays, boolean loopsForever) {

    static DecodedGif read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in, false);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            boolean loops = false;
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                IIOMetadata meta = reader.getImageMetadata(i);
                Node root = meta.getAsTree("javax_imageio_gif_image_1.0");
                for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c.getNodeName().equals("GraphicControlExtension")) {
                        delays.add(Integer.parseInt(c.getAttributes().getNamedItem("delayTime").getNodeValue()));
                    }
                    if (c.getNodeName().equals("ApplicationExtensions")) {
                        for (Node a = c.getFirstChild(); a != null; a = a.getNextSibling()) {
                            String id = a.getAttributes().getNamedItem("applicationID").getNodeValue();
                            byte[] data = (byte[]) ((javax.imageio.metadata.IIOMetadataNode) a).getUserObject();
                            loops |= id.equals("NETSCAPE") && data.length >= 3 && data[0] == 1 && data[1] == 0
                                    && data[2] == 0;
                        }
                    }
                }
            }
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            reader.dispose();
            return new DecodedGif(w, h, frames, delays, loops);
        }
    }
}
