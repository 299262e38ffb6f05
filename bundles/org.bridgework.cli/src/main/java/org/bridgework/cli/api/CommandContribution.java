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

    /**
     * The service property that names the sub-command, as {@link #name()} does. Declare it
     * ({@code @Component(property = CommandContribution.NAME_PROPERTY + "=validate")}) and the component is
     * activated only when its command runs or help lists all commands, not at every start of the product.
     */
    String NAME_PROPERTY = "bridgework.command";

    /**
     * The service property with the sentence that lists the command in {@code bridgework --help}: the first sentence
     * of its description. Declared beside {@link #NAME_PROPERTY}, from the same constant as the description
     * ({@code SUMMARY_PROPERTY + "=" + SUMMARY} and {@code @Command(description = {SUMMARY, ...})}), it lets the list
     * of commands be printed without activating any of them; a command without it is activated to be listed.
     */
    String SUMMARY_PROPERTY = "bridgework.command.summary";

    /** The sub-command's name as typed, for example {@code validate}. */
    String name();

    /** A new, unparsed picocli command object. */
    Object create();
}
