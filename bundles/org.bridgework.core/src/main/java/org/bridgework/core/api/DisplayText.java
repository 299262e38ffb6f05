package org.bridgework.core.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/**
 * How values are shown to people, one way in the command line, the workbench and the documents: dates in the en-GB
 * long form ("7 December 2026"), enumeration values by their words ("in progress", not {@code IN_PROGRESS} or
 * {@code in-progress}).
 *
 * @since 1.2
 */
public final class DisplayText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DisplayText() {
    }

    /** "7 December 2026"; an empty string for no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An enumeration value in words: its literal with hyphens as spaces ({@code nhs-trust} becomes "nhs trust"). */
    public static String words(Enumerator value) {
        return value == null ? "" : value.getLiteral().replace('-', ' ').replace('_', ' ');
    }
}
