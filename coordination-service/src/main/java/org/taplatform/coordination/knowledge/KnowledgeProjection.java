package org.taplatform.coordination.knowledge;

import java.util.LinkedHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.events.registry.EvaluationRecorded;
import org.taplatform.events.registry.ToolChanged;

/** Tools and lessons into their read models; an older version than the one held changes nothing. */
@ApplicationScoped
public class KnowledgeProjection {

    @Transactional(TxType.MANDATORY)
    public void apply(ToolChanged changed) {
        ToolReadModel tool = ToolReadModel.findById(changed.toolId());
        boolean isNew = tool == null;
        if (!isNew && tool.version > changed.version()) {
            return;
        }
        if (isNew) {
            tool = new ToolReadModel();
            tool.id = changed.toolId();
        }
        tool.publisher = changed.publisher();
        tool.kind = changed.kind();
        tool.titles = new LinkedHashMap<>(changed.titles());
        tool.links = new LinkedHashMap<>(changed.links());
        tool.taSubtypes = changed.taSubtypes().toArray(String[]::new);
        tool.instruments = changed.instruments().toArray(String[]::new);
        tool.articles = changed.articles().toArray(String[]::new);
        tool.withdrawn = "WITHDRAWN".equals(changed.change());
        tool.version = changed.version();
        if (isNew) {
            tool.persist();
        }
    }

    @Transactional(TxType.MANDATORY)
    public void apply(EvaluationRecorded recorded) {
        LessonReadModel lesson = LessonReadModel.findById(recorded.activityId());
        boolean isNew = lesson == null;
        if (!isNew && lesson.version > recorded.version()) {
            return;
        }
        if (isNew) {
            lesson = new LessonReadModel();
            lesson.activityId = recorded.activityId();
        }
        lesson.iatiIdentifier = recorded.iatiIdentifier();
        lesson.reportingOrganisation = recorded.reportingOrganisation();
        lesson.recipientCountries = recorded.recipientCountries().toArray(String[]::new);
        lesson.taSubtypes = recorded.taSubtypes().toArray(String[]::new);
        lesson.rating = recorded.rating();
        lesson.lessons = recorded.lessons();
        lesson.language = recorded.language();
        lesson.documentUrl = recorded.documentUrl();
        lesson.evaluatedOn = recorded.evaluatedOn();
        lesson.version = recorded.version();
        if (isNew) {
            lesson.persist();
        }
    }
}
