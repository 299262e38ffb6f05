package org.bridgework.ui.api;

/**
 * The stacks (tabbed folders) views are placed in, around the editor area:
 * <pre>
 * +--------+------------------------+--------+
 * |  LEFT  |      EDITOR_AREA       | RIGHT  |
 * |        +------------------------+        |
 * |        |         BOTTOM         |        |
 * +--------+------------------------+--------+
 * </pre>
 * Users move views between stacks (tab menu <i>Move to</i>), minimise, maximise and close them; the workbench
 * remembers that per perspective and per user.
 */
public final class Stacks {
    /** The left column: navigation (Project Explorer, Sources). */
    public static final String LEFT = "left";
    /** The right column: Outline, details. */
    public static final String RIGHT = "right";
    /** Below the editor area: Properties, Problems, lists of results. */
    public static final String BOTTOM = "bottom";
    /** The editor area itself: editors, and views that want the room (Welcome). */
    public static final String EDITOR_AREA = "editor";

    private Stacks() {
    }
}
