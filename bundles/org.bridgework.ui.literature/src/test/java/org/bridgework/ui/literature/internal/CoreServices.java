package org.bridgework.ui.literature.internal;

import java.util.List;

import org.bridgework.literature.internal.formats.BibTexFormat;
import org.bridgework.literature.internal.formats.CslJsonFormat;
import org.bridgework.literature.internal.formats.RisFormat;
import org.bridgework.literature.internal.imports.LiteratureImporterImpl;

/** The core's literature services constructed directly, as DS would wire them (no OSGi in UI tests). */
final class CoreServices {
    private CoreServices() {
    }

    static org.bridgework.literature.internal.imports.LiteratureExporterImpl exporter() {
        return new org.bridgework.literature.internal.imports.LiteratureExporterImpl(List.of(new RisFormat(), new BibTexFormat(), new CslJsonFormat()));
    }

    static LiteratureImporterImpl importer() {
        return new LiteratureImporterImpl(List.of(new RisFormat(), new BibTexFormat(), new CslJsonFormat()));
    }
}
