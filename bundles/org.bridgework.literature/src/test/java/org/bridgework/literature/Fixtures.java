package org.bridgework.literature;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.literature.internal.formats.BibTexFormat;
import org.bridgework.literature.internal.formats.CslJsonFormat;
import org.bridgework.literature.internal.formats.EndNoteTaggedFormat;
import org.bridgework.literature.internal.formats.MedlineFormat;
import org.bridgework.literature.internal.formats.ReferFormat;
import org.bridgework.literature.internal.formats.RisFormat;
import org.bridgework.literature.internal.imports.LiteratureExporterImpl;
import org.bridgework.literature.internal.imports.LiteratureImporterImpl;

/** The hand-made exports under src/test/resources/fixtures and the services over them. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }

    public static List<ReferenceFormat> formats() {
        return List.of(new RisFormat(), new BibTexFormat(), new CslJsonFormat(), new EndNoteTaggedFormat(), new ReferFormat(), new MedlineFormat());
    }

    public static LiteratureImporterImpl importer() {
        return new LiteratureImporterImpl(formats());
    }

    public static LiteratureExporterImpl exporter() {
        return new LiteratureExporterImpl(formats());
    }
}
