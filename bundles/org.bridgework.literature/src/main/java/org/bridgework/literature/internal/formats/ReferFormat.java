package org.bridgework.literature.internal.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.model.Source;
import org.osgi.service.component.annotations.Component;

/** refer/BibIX (Unix troff's bibliography format): EndNote's tags without the {@code %0} type line. */
@Component(service = ReferenceFormat.class, property = "service.ranking:Integer=0")
public class ReferFormat extends PercentTaggedFormat {

    @Override
    public String id() {
        return "refer";
    }

    @Override
    public String name() {
        return "refer";
    }

    @Override
    public String extension() {
        return "refer";
    }

    @Override
    public boolean accepts(Path file, String head) {
        return tagged(head, Boolean.FALSE);
    }

    @Override
    public void write(List<Source> sources, Writer out) throws IOException {
        write(sources, out, false);
    }
}
