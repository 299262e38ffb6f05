package org.bridgework.ui.criteria.internal;

import org.bridgework.model.AssessmentResult;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.ui.api.Messages;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The colours of consensus and assessment: pale fills with dark text of the same hue (readable, contrast above
 * 4.5:1), always shown with a text as well, never colour alone. Colours come from the part's resource manager.
 */
final class Palette {

    private static final Messages MESSAGES = Messages.of(Palette.class);
    static final RGB GREEN_FILL = new RGB(198, 239, 206);
    static final RGB GREEN_TEXT = new RGB(0, 97, 0);
    static final RGB AMBER_FILL = new RGB(255, 235, 156);
    static final RGB AMBER_TEXT = new RGB(126, 70, 0);
    static final RGB RED_FILL = new RGB(255, 199, 206);
    static final RGB RED_TEXT = new RGB(156, 0, 6);
    static final RGB GREY_FILL = new RGB(234, 234, 234);
    static final RGB GREY_TEXT = new RGB(70, 70, 70);
    /** Bars: the agreeing end, the middle, the disagreeing end. */
    static final RGB AGREE_BAR = new RGB(46, 125, 50);
    static final RGB NEUTRAL_BAR = new RGB(158, 158, 158);
    static final RGB DISAGREE_BAR = new RGB(198, 40, 40);
    static final RGB THRESHOLD = new RGB(21, 101, 192);

    private final ResourceManager resources;

    Palette(ResourceManager resources) {
        this.resources = resources;
    }

    Color color(RGB rgb) {
        return resources.create(ColorDescriptor.createFrom(rgb));
    }

    Color fill(AssessmentResult r) {
        return color(switch (r) {
            case MET -> GREEN_FILL;
            case PARTLY_MET -> AMBER_FILL;
            case NOT_MET -> RED_FILL;
            case UNKNOWN -> GREY_FILL;
        });
    }

    Color text(AssessmentResult r) {
        return color(switch (r) {
            case MET -> GREEN_TEXT;
            case PARTLY_MET -> AMBER_TEXT;
            case NOT_MET -> RED_TEXT;
            case UNKNOWN -> GREY_TEXT;
        });
    }

    Color fill(ConsensusStatus s) {
        return color(switch (s) {
            case INCLUDE -> GREEN_FILL;
            case EXCLUDE -> RED_FILL;
            case NO_CONSENSUS -> AMBER_FILL;
            case NOT_RATED -> GREY_FILL;
        });
    }

    Color text(ConsensusStatus s) {
        return color(switch (s) {
            case INCLUDE -> GREEN_TEXT;
            case EXCLUDE -> RED_TEXT;
            case NO_CONSENSUS -> AMBER_TEXT;
            case NOT_RATED -> GREY_TEXT;
        });
    }

    /** Fill for a score: +1 agreeing end, -1 disagreeing end, 0 middle. */
    Color scoreFill(int side) {
        return color(side > 0 ? GREEN_FILL : side < 0 ? RED_FILL : AMBER_FILL);
    }

    static String label(ConsensusStatus s) {
        return MESSAGES.get("status." + s.getLiteral());
    }

    static String label(AssessmentResult r) {
        return MESSAGES.get("result." + r.getLiteral());
    }
}
