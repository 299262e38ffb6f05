package org.bridgework.drafting.api;

import org.bridgework.core.api.Problem.Severity;

/**
 * One kind of check, for people: its stable code (used in settings and in {@link org.bridgework.core.api.Problem#code()}),
 * a short title, its default severity, why it matters and the published guidance it follows (one line each).
 *
 * @param owner the bundle that implements it when not the drafting bundle (for example the core's
 *              {@code section-over-budget}), else {@code null}
 */
public record CheckInfo(String code, String title, Severity severity, String explanation, String source, String owner) {
}
