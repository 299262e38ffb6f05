package org.bridgework.cli.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A sub-command of {@code bridgework}, registered as an OSGi service.
 * <p>
 * {@link #create()} returns a fresh picocli command object (annotated with
 * {@code @picocli.CommandLine.Command}, usually implementing
 * {@code Callable<Integer>}) for every invocation, because picocli keeps the
 * parsed options in the object's fields.
 */
@ConsumerType
public interface CommandContribution {

    /** The sub-command's name as typed, for example {@code validate}. */
    String name();

    /** A new, unparsed picocli command object. */
    Object create();
}
