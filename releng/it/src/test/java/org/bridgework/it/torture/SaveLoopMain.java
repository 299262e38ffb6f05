package org.bridgework.it.torture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.Term;

/**
 * The process the save torture kills: opens a project for editing with the product's project service (taking over
 * the lock a killed predecessor left), says how many stray temporary files are beside it after the open, then saves it
 * again and again, a counter in its title going up by one each time, saying each save done, until it is killed.
 * With {@code --open-only} it stops after the open. The first time, it grows the project to about 400 KB so a
 * save takes long enough to be killed in the middle.
 */
public final class SaveLoopMain {
    static final String TITLE = "Torture ";

    private SaveLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean openOnly = args.length > 1 && "--open-only".equals(args[1]);
        ProjectServiceImpl service = new ProjectServiceImpl();
        Project project;
        try {
            project = service.openForEditing(file, "save torture", Duration.ofSeconds(20));
        } catch (ProjectLoadException e) {
            System.out.println("corrupt " + e.getMessage().replace('\n', ' '));
            System.exit(3);
            return;
        }
        System.out.println("opened strays=" + strays(file));
        System.out.flush();
        if (openOnly) {
            project.close();
            return;
        }
        String title = project.root().getTitle();
        long count = title != null && title.startsWith(TITLE) ? Long.parseLong(title.substring(TITLE.length())) : grow(project);
        while (true) {
            count++;
            project.root().setTitle(TITLE + count);
            service.save(project);
            System.out.println("saved " + count);
            System.out.flush();
        }
    }

    private static long grow(Project project) {
        for (int i = 0; i < 800; i++) {
            Term term = GuidanceFactory.eINSTANCE.createTerm();
            term.setId("torture-term-" + i);
            term.setTerm("Torture term " + i);
            term.setDefinition("A term that makes the project large enough for a save to take a while: " + "words ".repeat(60) + i);
            project.root().getTerms().add(term);
        }
        return 0;
    }

    /** Hidden temporary files of a save beside the project ({@code .NAME.xxxxxxxx[.bak].tmp}). */
    static long strays(Path file) throws IOException {
        String prefix = "." + file.getFileName() + ".";
        try (Stream<Path> files = Files.list(file.toAbsolutePath().getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.endsWith(".tmp")).count();
        }
    }
}
