package org.bridgework.assembly.pdf.internal;

import java.awt.Shape;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import org.bridgework.assembly.api.Pictures;
import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws the print HTML's SVG figures ({@code <object type="image/svg+xml" data="data:image/svg+xml;base64,...">}) as
 * vectors on the PDF page: JSVG renders the SVG onto the Graphics2D that openhtmltopdf's PDFBox output lends
 * (pdfbox-graphics2d, a form XObject), so the figure stays sharp at any zoom and no raster image is embedded. The
 * object is a replaced element, tagged as a Figure with the object's {@code alt} text. No Batik.
 */
final class SvgObjectDrawer implements FSObjectDrawer {

    static final String TYPE = "image/svg+xml";
    private static final String DATA_PREFIX = "data:image/svg+xml;base64,";

    /** The factory openhtmltopdf asks for each {@code object}: SVG figures only. */
    static DefaultObjectDrawerFactory factory() {
        DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
        factory.registerDrawer(TYPE, new SvgObjectDrawer());
        return factory;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice device,
            RenderingContext ctx, int dotsPerPixel) {
        String data = e.getAttribute("data");
        if (data == null || !data.startsWith(DATA_PREFIX)) {
            return null;
        }
        byte[] svg;
        try {
            svg = Base64.getDecoder().decode(data.substring(DATA_PREFIX.length()).strip());
        } catch (IllegalArgumentException bad) {
            return null;
        }
        device.drawWithGraphics((float) x, (float) y, (float) (width / dotsPerPixel), (float) (height / dotsPerPixel), g -> {
            try {
                Pictures.drawSvg(svg, g, width / dotsPerPixel, height / dotsPerPixel);
            } catch (IOException unreadable) {
                // the builder checked the picture; an unreadable one leaves the space blank, the alt text stays in the tags
            }
        });
        return null;
    }
}
