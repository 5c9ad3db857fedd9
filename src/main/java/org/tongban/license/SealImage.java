package org.tongban.license;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * The red round seal of a department (公章), drawn in code: a double rim, the department's name set along
 * the upper arc from left to right, a five-pointed star in the middle and the seal's purpose (电子证照专用章)
 * in a line beneath. Transparent outside the ink, so it sits over the issuer's name as a stamp does.
 */
final class SealImage {

    static final int SIZE = 320;
    private static final Color INK = new Color(0xD0, 0x14, 0x1E);

    private SealImage() {
    }

    /** The seal as PNG bytes; {@code font} gives the face at a size (the document font). */
    static byte[] png(String department, String purpose, Function<Float, Font> font) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(INK);
            double centre = SIZE / 2.0;
            g.setStroke(new BasicStroke(9f));
            g.drawOval(8, 8, SIZE - 16, SIZE - 16);
            g.setStroke(new BasicStroke(2f));
            g.drawOval(20, 20, SIZE - 40, SIZE - 40);
            g.fill(star(centre, centre, 52, 20));
            rim(g, department, font, centre);
            Font line = font.apply(24f);
            g.setFont(line);
            int width = g.getFontMetrics().stringWidth(purpose);
            g.drawString(purpose, (int) (centre - width / 2.0), (int) (centre + 92));
        } finally {
            g.dispose();
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each character upright toward the centre, spread over an arc that grows with the name (up to 250°). */
    private static void rim(Graphics2D g, String text, Function<Float, Font> font, double centre) {
        int count = text.codePointCount(0, text.length());
        float size = count <= 10 ? 34f : count <= 16 ? 28f : 23f;
        Font face = font.apply(size);
        FontRenderContext context = g.getFontRenderContext();
        double radius = centre - 30 - size * 0.85;
        double span = Math.toRadians(Math.min(250, 20 + count * 15.0));
        double step = count > 1 ? span / (count - 1) : 0;
        double angle = -Math.PI / 2 - span / 2;
        int[] codePoints = text.codePoints().toArray();
        for (int codePoint : codePoints) {
            GlyphVector glyph = face.createGlyphVector(context, Character.toString(codePoint));
            double width = glyph.getLogicalBounds().getWidth();
            AffineTransform at = new AffineTransform();
            at.translate(centre + radius * Math.cos(angle), centre + radius * Math.sin(angle));
            at.rotate(angle + Math.PI / 2);
            at.translate(-width / 2, size * 0.4);
            g.fill(at.createTransformedShape(glyph.getOutline()));
            angle += step;
        }
    }

    private static Path2D star(double x, double y, double outer, double inner) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                path.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                path.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        path.closePath();
        return path;
    }
}
