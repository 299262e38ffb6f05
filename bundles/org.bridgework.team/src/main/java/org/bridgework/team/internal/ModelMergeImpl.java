package org.bridgework.team.internal;

import org.bridgework.model.GuidanceProject;
import org.bridgework.team.api.MergeResult;
import org.bridgework.team.api.ModelMerge;
import org.osgi.service.component.annotations.Component;

/** The model merge as a service (the merge driver, sync and the workbench use the same one). */
@Component
public class ModelMergeImpl implements ModelMerge {

    @Override
    public MergeResult merge(GuidanceProject base, GuidanceProject ours, GuidanceProject theirs, String oursLabel, String theirsLabel) {
        if (base == ours || base == theirs || ours == theirs) {
            throw new IllegalArgumentException("the three versions of a merge must be three separate models");
        }
        return new ModelMerger(base, ours, theirs, oursLabel, theirsLabel).merge();
    }

    @Override
    public java.util.List<org.bridgework.team.api.ElementChange> diff(GuidanceProject older, GuidanceProject newer) {
        return ModelDiffer.diff(older, newer, false);
    }
}
