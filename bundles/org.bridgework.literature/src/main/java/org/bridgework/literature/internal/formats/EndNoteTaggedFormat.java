package org.bridgework.literature.internal.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.model.Source;
import org.osgi.service.component.annotations.Component;

/** EndNote's tagged export (.enw), as EndNote, Google Scholar and many publishers' "cite this" links write it. */
@Component(service = ReferenceFormat.class, property = "service.ranking:Integer=0")
public class EndNoteTaggedFormat extends PercentTaggedFormat {

    @Override
    public String id() {
        return "enw";
    }

    @Override
    public String name() {
        return "EndNote tagged";
    }

    @Override
    public String extension() {
        return "enw";
    }

    @Override
    public boolean accepts(Path file, String head) {
        return tagged(head, Boolean.TRUE);
    }

    @Override
    public void write(List<Source> sources, Writer out) throws IOException {
        write(sources, out, true);
    }
}
