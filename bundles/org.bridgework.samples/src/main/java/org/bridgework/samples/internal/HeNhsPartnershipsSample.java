package org.bridgework.samples.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

import org.bridgework.core.api.SampleProject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The default sample: a first-draft guidance project on HE–NHS partnerships for student mental health,
 * built only from the project brief. The shipped file is read-only; callers copy it before editing.
 */
@Component(service = SampleProject.class, property = SampleProject.DEFAULT_PROPERTY + ":Boolean=true")
public class HeNhsPartnershipsSample implements SampleProject {

    /** Id of this sample. */
    public static final String ID = "he-nhs-partnerships";
    /** File name of this sample. */
    public static final String FILE_NAME = ID + ".guidance";
    /** Where the file sits inside the bundle. */
    public static final String RESOURCE = "/samples/" + FILE_NAME;

    @Activate
    public HeNhsPartnershipsSample() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "HE–NHS partnerships for student mental health (sample)";
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public InputStream open() throws IOException {
        InputStream in = HeNhsPartnershipsSample.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new FileNotFoundException("The sample project " + RESOURCE + " is missing from bundle org.bridgework.samples");
        }
        return in;
    }
}
