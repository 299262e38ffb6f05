package org.bridgework.ui.team.internal;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.bridgework.team.api.ElementChange;
import org.bridgework.team.api.ModelMerge;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.compare.ProjectComparer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The workbench's Compare (file changed on disk) with the team's element-by-element diff, the one merges use. */
@Component(service = ProjectComparer.class)
public class ElementComparer implements ProjectComparer {

    private static final Messages MESSAGES = Messages.of(ElementComparer.class);

    private final ModelMerge merge;

    @Activate
    public ElementComparer(@Reference ModelMerge merge) {
        this.merge = merge;
    }

    @Override
    public List<String> differences(GuidanceProject onDisk, GuidanceProject mine) {
        return merge.diff(onDisk, mine).stream().map(ElementComparer::line).toList();
    }

    private static String line(ElementChange change) {
        String where = change.section() == null ? ""
                : MESSAGES.format("compare.inSection", change.sectionTitle() == null ? change.section() : change.sectionTitle());
        return ElementChange.phrase(change) + where;
    }
}
