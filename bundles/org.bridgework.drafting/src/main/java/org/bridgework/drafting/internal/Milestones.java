package org.bridgework.drafting.internal;

/** Small text helpers shared by the milestone and review commands. */
public final class Milestones {

    private Milestones() {
    }

    /** One line of at most 80 characters, whitespace collapsed. */
    public static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 77).strip() + "...";
    }
}
