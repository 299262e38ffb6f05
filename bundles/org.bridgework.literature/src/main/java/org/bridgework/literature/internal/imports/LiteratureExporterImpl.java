package org.bridgework.literature.internal.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.literature.api.LiteratureExporter;
import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Writes sources in any installed {@link ReferenceFormat}. */
@Component(service = LiteratureExporter.class)
public class LiteratureExporterImpl implements LiteratureExporter {

    private final List<ReferenceFormat> formats = new CopyOnWriteArrayList<>();

    public LiteratureExporterImpl() {
    }

    /** For tests and tools outside OSGi. */
    public LiteratureExporterImpl(List<ReferenceFormat> formats) {
        this.formats.addAll(formats);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFormat(ReferenceFormat format) {
        formats.add(format);
    }

    void removeFormat(ReferenceFormat format) {
        formats.remove(format);
    }

    @Override
    public List<String> formats() {
        List<ReferenceFormat> copy = new ArrayList<>(formats);
        copy.sort(Comparator.comparing(ReferenceFormat::id));
        return copy.stream().map(ReferenceFormat::id).toList();
    }

    private ReferenceFormat format(String id) {
        for (ReferenceFormat f : List.copyOf(formats)) {
            if (f.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown reference format '" + id + "'; known formats: " + String.join(", ", formats()));
    }

    @Override
    public void export(GuidanceProject project, String format, OutputStream out) throws IOException {
        ReferenceFormat f = format(format);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        f.write(List.copyOf(project.getSources()), w);
        w.flush();
    }

    @Override
    public void export(List<Source> sources, String format, Writer out) throws IOException {
        format(format).write(sources, out);
        out.flush();
    }
}
