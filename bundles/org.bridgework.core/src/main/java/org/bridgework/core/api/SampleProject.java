package org.bridgework.core.api;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A sample project shipped inside a bundle (whiteboard service). {@code --sample} on any command means the
 * default one, copied to a working folder first so the shipped copy is never modified.
 */
@ConsumerType
public interface SampleProject {

    /** Service property marking the sample that {@code --sample} opens. */
    String DEFAULT_PROPERTY = "bridgework.sample.default";

    /** A short id, for example {@code he-nhs-partnerships}. */
    String id();

    /** The project's title as shown to users. */
    String title();

    /** The project's file name, for example {@code he-nhs-partnerships.guidance}. */
    String fileName();

    /** The .guidance file's bytes. */
    InputStream open() throws IOException;
}
